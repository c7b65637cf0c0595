/**
 * Secrets go nowhere the user did not send them. A whole session in a real
 * Chromium against the built app — load, type secrets, sign, copy the share
 * link, reload, fire one request to the provider — with every request the page
 * makes recorded: they go only to the app's own origin and to the URL the user
 * fired, and no secret appears in a URL, in localStorage (unless "Remember
 * secrets" is on), in the share link, or on the console.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_TOKEN } from '../../server/demoTokens.ts';
import { startE2eSession, type E2eSession } from './support/app.ts';
import { STEP4, card, send } from './support/flowPage.ts';

let session: E2eSession;
beforeAll(async () => {
  session = await startE2eSession();
});
afterAll(() => session.close());

/** Distinctive values no page, asset or answer would contain by chance. */
const SECRETS = {
  consumerSecret: 'cs-SECRET-5f0c2d9e',
  tokenSecret: 'ts-SECRET-81b7a4c3',
  privateKey: '-----BEGIN PRIVATE KEY-----\npk-SECRET-0e6d5a17\n-----END PRIVATE KEY-----',
  flowConsumerSecret: 'fcs-SECRET-3c9e72b0',
  flowTokenSecret: 'fts-SECRET-a47f1e68',
};
const MARKERS = ['cs-SECRET-5f0c2d9e', 'ts-SECRET-81b7a4c3', 'pk-SECRET-0e6d5a17', 'fcs-SECRET-3c9e72b0', 'fts-SECRET-a47f1e68'];

/** Which markers occur in `text`, also percent-encoded or base64-encoded (as a careless leak would carry them). */
function leaked(text: string): string[] {
  const forms = (m: string) => [m, encodeURIComponent(m), Buffer.from(m).toString('base64').slice(0, 16), Buffer.from(m).toString('base64url').slice(0, 16)];
  return MARKERS.filter((m) => forms(m).some((f) => text.includes(f)));
}

interface Recorded {
  readonly requests: { url: string; method: string; headers: Record<string, string>; body: string }[];
}

/** Every request any page of the context makes (the app, popups, workers), as it goes out. */
function record(context: BrowserContext): Recorded {
  const recorded: Recorded = { requests: [] };
  context.on('request', (r: Request) => {
    recorded.requests.push({ url: r.url(), method: r.method(), headers: r.headers(), body: r.postData() ?? '' });
  });
  return recorded;
}

async function storageDump(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookies: document.cookie }));
}

async function typeSignSecrets(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Consumer key' }).fill('sigstep-demo-key');
  await page.getByLabel('Consumer secret', { exact: true }).fill(SECRETS.consumerSecret);
  await page.getByLabel('Token secret', { exact: true }).fill(SECRETS.tokenSecret);
  // The RSA key field shows for RSA methods only; the key stays in the inputs after switching back.
  await page.getByLabel('Signature method').selectOption('RSA-SHA1');
  await page.getByLabel('RSA private key (PEM)').fill(SECRETS.privateKey);
  await page.getByLabel('Signature method').selectOption('HMAC-SHA1');
}

async function signature(page: Page): Promise<string> {
  const out = page.getByRole('group', { name: 'Signature (base64)' }).locator('pre');
  await expect.poll(async () => (await out.textContent()) ?? '').toMatch(/^[A-Za-z0-9+/]{27}=$/);
  return (await out.textContent()) ?? '';
}

async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect.poll(async () => page.getByText('Link copied (no secrets in it)').count()).toBe(1);
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('a whole session with "Remember secrets" off', () => {
  it('sends requests only to its own origin and the URL fired, and leaves no secret in a URL, storage, the share link or the console', async () => {
    const { page, context, console: consoleLines, pageErrors } = await session.newPage();
    const recorded = record(context);
    const appOrigin = new URL(session.appUrl).origin;

    await page.goto(session.appUrl);
    await typeSignSecrets(page);
    const signed = await signature(page);
    // the secrets did sign: the same request with other secrets signs differently
    await page.getByLabel('Token secret', { exact: true }).fill(`${SECRETS.tokenSecret}x`);
    expect(await signature(page)).not.toBe(signed);
    await page.getByLabel('Token secret', { exact: true }).fill(SECRETS.tokenSecret);

    const link = await copyShareLink(page);
    expect(link.startsWith(`${session.appUrl}/#s=`)).toBe(true);
    const shared = Buffer.from(link.slice(link.indexOf('#s=') + 3), 'base64url').toString('utf8');
    expect(leaked(link)).toEqual([]);
    expect(leaked(shared)).toEqual([]);
    expect(shared).toContain('sigstep-demo-key');
    expect(leaked(await storageDump(page))).toEqual([]);

    await page.reload();
    await expect.poll(async () => page.getByLabel('Consumer secret', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('textbox', { name: 'Consumer key' }).inputValue()).toBe('sigstep-demo-key');

    // Fire one request: the Flow tab's protected resource on the app's own provider, signed with secrets of its own.
    await page.getByRole('tab', { name: 'Flow', exact: true }).click();
    await page.getByRole('button', { name: 'Use the built-in test provider' }).click();
    await page.getByLabel('Consumer secret', { exact: true }).fill(SECRETS.flowConsumerSecret);
    await page.getByLabel('Access token', { exact: true }).fill(DEMO_ACCESS_TOKEN.token);
    await page.getByLabel('Access token secret', { exact: true }).fill(SECRETS.flowTokenSecret);
    const firedUrl = await page.getByRole('textbox', { name: 'Protected resource URL', exact: true }).inputValue();
    expect(firedUrl).toBe(`${session.appUrl}/provider/api/me`);
    // The provider does not know these secrets, so it refuses the signature; what matters is what was sent.
    expect(await send(card(page, STEP4), 'protected resource request')).toContain('HTTP 401');

    const fired = recorded.requests.filter((r) => r.url.split('?')[0] === firedUrl);
    expect(fired.length).toBeGreaterThanOrEqual(1);
    for (const r of recorded.requests) {
      const url = new URL(r.url);
      expect(url.origin === appOrigin || r.url.startsWith(firedUrl), `a request to ${r.url}`).toBe(true);
      if (url.pathname.startsWith('/provider/')) expect(r.url.split('?')[0], 'the provider, beyond the URL fired').toBe(firedUrl);
      expect(leaked(r.url), `a secret in ${r.url}`).toEqual([]);
      expect(leaked(JSON.stringify(r.headers) + r.body), `a secret sent to ${r.url}`).toEqual([]);
    }
    expect(leaked(await storageDump(page))).toEqual([]);
    expect(leaked(consoleLines.join('\n'))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('with "Remember secrets" on', () => {
  it('keeps the secrets in localStorage across a reload, and still out of the share link', async () => {
    const { page, context, console: consoleLines } = await session.newPage();
    const recorded = record(context);
    await page.goto(session.appUrl);
    await typeSignSecrets(page);
    await page.getByRole('switch', { name: 'Remember secrets on this device' }).click();
    await signature(page);
    await expect.poll(async () => leaked(await storageDump(page))).toEqual(expect.arrayContaining(['cs-SECRET-5f0c2d9e', 'ts-SECRET-81b7a4c3', 'pk-SECRET-0e6d5a17']));

    await page.reload();
    await expect.poll(async () => page.getByLabel('Consumer secret', { exact: true }).inputValue()).toBe(SECRETS.consumerSecret);
    expect(await page.getByLabel('Token secret', { exact: true }).inputValue()).toBe(SECRETS.tokenSecret);

    const link = await copyShareLink(page);
    expect(leaked(link)).toEqual([]);
    expect(leaked(Buffer.from(link.slice(link.indexOf('#s=') + 3), 'base64url').toString('utf8'))).toEqual([]);
    for (const r of recorded.requests) expect(leaked(r.url + JSON.stringify(r.headers) + r.body), r.url).toEqual([]);
    expect(leaked(consoleLines.join('\n'))).toEqual([]);

    // Turning it off forgets them at once, not at the next reload.
    await page.getByRole('switch', { name: 'Remember secrets on this device' }).click();
    await expect.poll(async () => leaked(await storageDump(page))).toEqual([]);
    await context.close();
  });
});
