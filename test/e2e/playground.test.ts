/**
 * The playground (issue 3) in the real built app, in Chromium: the RFC preset's
 * published signature, live recomputation, paste-to-check with Akana's own
 * sample header, what a reload keeps, and the copy button.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2eSession, type E2eSession } from './support/app.ts';

const RFC_PRESET = 'RFC 5849 §1.2 example (photos.example.net)';
const RFC_SIGNATURE = 'MdpQcU8iPSUjWoN/UDMsK2sui9I=';

/** Akana's sample request headers, as their page prints them (wrapped, `scope=Scope1` unquoted). */
function akanaSampleHeader(): string {
  const page = readFileSync(new URL('../../../shared/providers/akana-oauth10-token.txt', import.meta.url), 'utf8');
  const start = page.indexOf('Authorization: OAuth');
  const end = page.indexOf('\n\n', start);
  if (start === -1 || end === -1) throw new Error('no Authorization header in akana-oauth10-token.txt');
  return page.slice(start, end);
}

let session: E2eSession;
beforeAll(async () => {
  session = await startE2eSession();
});
afterAll(() => session.close());

/** The text of an output box, found by its label as a person reads it. */
const output = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true }).locator('pre');

async function loadPreset(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label });
  await page.getByRole('button', { name: 'Load preset' }).click();
}

describe('the playground in Chromium', () => {
  it('shows the RFC 5849 published signature when the RFC preset is loaded', async () => {
    const { page, context, pageErrors } = await session.newPage();
    await page.goto(session.appUrl);
    await loadPreset(page, RFC_PRESET);
    await expect.poll(() => output(page, 'Signature (base64)').textContent()).toBe(RFC_SIGNATURE);
    expect(await output(page, 'Authorization header').textContent()).toContain('oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"');
    expect(await page.getByText(RFC_SIGNATURE, { exact: true }).count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('recomputes the base string and the signature as a parameter is typed', async () => {
    const { page, context, pageErrors } = await session.newPage();
    await page.goto(session.appUrl);
    await loadPreset(page, RFC_PRESET);
    const base = output(page, 'Base string');
    const before = await base.textContent();
    expect(before).toContain('size%3Doriginal');
    const value = page.getByRole('textbox', { name: 'Parameter 2 value' });
    await value.click();
    await value.press('End');
    await page.keyboard.type(' x&y');
    // encoded once in the normalized string, once more in the base string
    await expect.poll(() => base.textContent()).toContain('size%3Doriginal%2520x%2526y');
    expect(await output(page, 'Normalized parameters').textContent()).toContain('size=original%20x%26y');
    expect(await output(page, 'Signature (base64)').textContent()).not.toBe(RFC_SIGNATURE);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('fills the fields from Akana’s sample header and gives a verdict once a secret is entered', async () => {
    const { page, context, pageErrors } = await session.newPage();
    await page.goto(session.appUrl);
    await page.getByRole('tab', { name: 'Check', exact: true }).click();
    const paste = page.getByRole('textbox', { name: 'Paste a request' });
    await paste.fill(akanaSampleHeader());
    await expect.poll(() => page.locator('#paste-kind').textContent()).toContain('Recognised an Authorization header');
    const verdict = page.getByRole('status', { name: 'Verdict' });

    // A bare header has no URL: the check asks for it, then for the secrets.
    await page.getByRole('textbox', { name: 'Request URL' }).fill('https://api.example.com/oauth/oauth10/token');
    await expect.poll(() => verdict.textContent()).toContain('Enter the secrets');
    expect(await verdict.textContent()).not.toMatch(/Signature (does not )?match/);
    await page.getByLabel('Consumer secret').fill('not-akanas-secret');
    await expect.poll(() => verdict.textContent()).toContain('Signature does not match');
    expect(await output(page, 'Signature in the request').textContent()).toBe('XupDUJuzrHqq2fCGO/VDXBZxFsA=');

    // The pasted request is now in the Sign tab's fields too.
    await page.getByRole('tab', { name: 'Sign', exact: true }).click();
    expect(await page.getByRole('textbox', { name: 'Consumer key' }).inputValue()).toBe('acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v');
    expect(await page.getByRole('textbox', { name: 'Token', exact: true }).inputValue()).toBe('45c8npv52e48');
    expect(await page.getByRole('textbox', { name: 'Nonce' }).inputValue()).toBe('2367428168');
    expect(await page.getByRole('textbox', { name: 'Timestamp' }).inputValue()).toBe('1444076361');
    expect(await page.getByRole('textbox', { name: 'Verifier (oauth_verifier)' }).inputValue()).toBe('z1CcnUbEVbQQvY635MG2svirqVDJaXsI3GUEQQ');
    expect(await page.getByRole('radio', { name: 'Authorization header' }).isChecked()).toBe(true);
    const names = await page.getByRole('textbox', { name: /^Parameter \d+ name$/ }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const scope = names.indexOf('scope');
    expect(scope, `parameter names: ${names.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(await page.getByRole('textbox', { name: `Parameter ${scope + 1} value` }).inputValue()).toBe('Scope1');
    expect(await page.getByRole('combobox', { name: `Parameter ${scope + 1} source` }).inputValue()).toBe('header');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('keeps the URL across a reload but not the consumer secret', async () => {
    const { page, context, pageErrors } = await session.newPage();
    await page.goto(session.appUrl);
    const url = page.getByRole('textbox', { name: 'URL', exact: true });
    await url.fill('https://api.example.org/reload-check?x=1');
    await page.getByLabel('Consumer secret').fill('s3cret-that-must-not-stay');
    await expect.poll(() => output(page, 'Base string').textContent()).toContain('reload-check');
    await page.reload();
    await expect.poll(() => url.inputValue()).toBe('https://api.example.org/reload-check?x=1');
    expect(await page.getByLabel('Consumer secret').inputValue()).toBe('');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain('reload-check');
    expect(stored).not.toContain('s3cret-that-must-not-stay');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('copies the signature to the clipboard', async () => {
    const { page, context, pageErrors } = await session.newPage();
    await page.goto(session.appUrl);
    await loadPreset(page, RFC_PRESET);
    await expect.poll(() => output(page, 'Signature (base64)').textContent()).toBe(RFC_SIGNATURE);
    await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
    const group = page.getByRole('group', { name: 'Signature (base64)', exact: true });
    await group.getByRole('button', { name: 'Copy signature (base64)' }).click();
    await expect.poll(() => group.getByRole('status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(RFC_SIGNATURE);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
