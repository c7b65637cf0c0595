/**
 * The built app runs under its Content-Security-Policy (server/contentSecurityPolicy.ts,
 * put into dist/index.html by the build) without a single violation, on every
 * tab and through the things each tab does: sign, paste, fire requests, run the
 * flow's callback route, export. A violation fails the test, whether the page
 * reports it as a `securitypolicyviolation` event or on the console.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/contentSecurityPolicy.ts';
import { startE2eSession, type E2eSession } from './support/app.ts';
import { STEP1, card, send, setUpBuiltinFlow } from './support/flowPage.ts';

let session: E2eSession;
beforeAll(async () => {
  session = await startE2eSession();
});
afterAll(() => session.close());

/** The test's own listener, installed before any page script runs; the app itself has none. */
const LISTEN = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  });
`;

async function openWatched(path = '/') {
  const opened = await session.newPage();
  await opened.page.addInitScript({ content: LISTEN });
  await opened.page.goto(`${session.appUrl}${path}`);
  const violations = async (): Promise<string[]> => {
    const events = await opened.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    const console = opened.console.filter((line) => /Content[ -]Security[ -]Policy/i.test(line));
    return [...events, ...console];
  };
  return { ...opened, violations };
}

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect.poll(async () => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
}

describe('the Content-Security-Policy', () => {
  it('is in the built index.html, before any script, and has no inline script to allow', async () => {
    const html = await (await fetch(session.appUrl)).text();
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(-1);
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    const { page, context } = await openWatched();
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    await context.close();
  });

  it('is enforced: an inline script and a style attribute are blocked and reported (the listener works)', async () => {
    const { page, context, violations } = await openWatched();
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
    });
    const ran = await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan === true);
    expect(ran).toBe(false);
    // style-src 'self' blocks style attributes written as HTML, but not the CSSOM that React's style prop uses.
    const colours = await page.evaluate(() => {
      const viaAttribute = document.createElement('div');
      viaAttribute.setAttribute('style', 'color: rgb(255, 0, 0)');
      const viaCssom = document.createElement('div');
      viaCssom.style.color = 'rgb(0, 128, 0)';
      document.body.append(viaAttribute, viaCssom);
      return [getComputedStyle(viaAttribute).color, getComputedStyle(viaCssom).color];
    });
    expect(colours[1]).toBe('rgb(0, 128, 0)');
    expect(colours[0]).not.toBe('rgb(255, 0, 0)');
    await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringContaining('script-src'), expect.stringContaining('style-src')]));
    await context.close();
  });

  it('lets the app run every tab without a violation: sign, check a paste, the flow with its requests, OAuth 2, export', async () => {
    const { page, context, violations, pageErrors } = await openWatched();

    // Sign: live signing, presets, show secrets, the export menu.
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Load preset' }).click();
    await tab(page, 'Sign');
    await page.getByRole('switch', { name: 'Show secrets' }).check();
    await expect.poll(async () => (await page.getByRole('group', { name: /^Signature/ }).locator('pre').textContent()) ?? '').not.toBe('');
    await page.getByText('Export as test vector').click();
    await page.getByRole('button', { name: 'Copy JSON' }).click();
    await page.getByRole('button', { name: 'Copy share link' }).click();

    // Check: a pasted curl command through the lazily loaded parsers.
    await tab(page, 'Check');
    await page.getByLabel('Paste a request').fill(
      "curl -X POST 'https://api.7digital.com/1.2/oauth/requesttoken' -d 'oauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1426071532&oauth_version=1.0&oauth_signature=qX5UNhYyuqZVx%2BZOXHQbWMpuKvE%3D'",
    );
    await expect.poll(async () => page.getByRole('tabpanel').textContent()).toContain('oauth_nonce');

    // Flow: a real request to the provider (connect-src), direct and through the relay.
    await tab(page, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    expect(await send(card(page, STEP1), 'temporary credentials request')).toContain('HTTP 200');
    expect(await send(card(page, STEP1), 'temporary credentials request', 'relay')).toContain('HTTP 200');

    // OAuth 2: the client-credentials token request.
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Built-in test provider: OAuth 2.0 client credentials' });
    await page.getByRole('button', { name: 'Load preset' }).click();
    await expect.poll(async () => page.getByRole('tab', { name: 'OAuth 2' }).getAttribute('aria-selected')).toBe('true');
    expect(await send(card(page, '2. Token request'), 'token request')).toContain('HTTP 200');

    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('lets the callback route run without a violation', async () => {
    const { page, context, violations, pageErrors } = await openWatched('/callback?oauth_token=t&oauth_verifier=v');
    await expect.poll(async () => page.getByRole('status').first().textContent()).toBeTruthy();
    expect(await violations()).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
