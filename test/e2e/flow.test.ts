/**
 * The three-legged flow in a real Chromium against the built app and the
 * reference provider: initiate → the authorize page in a new tab → Approve →
 * the callback route hands the verifier back → token → a protected resource.
 * Every placement and every signature method the provider accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eSession, type E2eSession } from './support/app.ts';
import {
  STEP1, STEP3, STEP4, answerFields, approveInNewTab, card, openTab, send, setUpBuiltinFlow, type Method, type Placement,
} from './support/flowPage.ts';

let session: E2eSession;
beforeAll(async () => {
  session = await startE2eSession();
});
afterAll(() => session.close());

const MATRIX: readonly [Placement, Method][] = [
  ['header', 'HMAC-SHA1'],
  ['query', 'PLAINTEXT'],
  ['body', 'RSA-SHA1'],
  ['header', 'RSA-SHA1'],
  ['query', 'HMAC-SHA1'],
  ['body', 'PLAINTEXT'],
  ['header', 'PLAINTEXT'],
  ['query', 'RSA-SHA1'],
  ['body', 'HMAC-SHA1'],
  ['header', 'HMAC-SHA256'],
  ['query', 'HMAC-SHA512'],
  ['body', 'RSA-SHA256'],
];

describe('the three-legged flow in Chromium', () => {
  it.each(MATRIX)('runs initiate → authorize → token → resource with the oauth parameters in the %s, signed %s', async (placement, method) => {
    const { page, context, pageErrors } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, method, placement);

    expect(await send(card(page, STEP1), 'temporary credentials request')).toContain('HTTP 200');
    const carried = card(page, STEP1).getByRole('group', { name: 'Request token carried forward' });
    await expect.poll(() => carried.textContent()).toContain('Carried to steps 2 and 3');

    await approveInNewTab(page, context);
    await expect.poll(() => page.getByText('The callback handed back the verifier').count()).toBe(1);

    expect(await send(card(page, STEP3), 'token credentials request')).toContain('HTTP 200');
    const accessToken = await page.getByRole('textbox', { name: 'Access token', exact: true }).inputValue();
    expect(accessToken).not.toBe('');

    expect(await send(card(page, STEP4), 'protected resource request')).toContain('HTTP 200');
    const me = await answerFields(card(page, STEP4));
    expect(me).toMatchObject({ signature_method: method, oauth_parameters_in: placement, token: accessToken });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the exact request, its curl command and a shell script for each step', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    const step1 = card(page, STEP1);
    const header = await step1.getByRole('group', { name: 'Temporary credentials Authorization header' }).locator('pre').textContent();
    expect(header).toMatch(/^Authorization: OAuth oauth_consumer_key="sigstep-demo-key", /);
    for (const part of ['oauth_signature_method="HMAC-SHA1"', 'oauth_version="1.0"', `oauth_callback="${encodeURIComponent(`${session.appUrl}/callback`)}"`]) {
      expect(header).toContain(part);
    }
    expect(header).toMatch(/oauth_nonce="\w+", .*oauth_signature="[^"]+"$/);
    const curl = await step1.getByRole('group', { name: 'Temporary credentials curl command' }).locator('pre').textContent();
    expect(curl).toMatch(/^curl -X POST -H 'Authorization: OAuth /);
    await step1.getByText('Shell script: a fresh nonce').click();
    const script = await step1.getByRole('group', { name: 'Temporary credentials shell script' }).locator('pre').textContent();
    expect(script).toContain('#!/bin/sh');
    expect(script).toContain('CONSUMER_SECRET=••••••••');
    await step1.getByRole('button', { name: 'Copy temporary credentials curl command' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^curl -X POST -H 'Authorization: OAuth /);
    await context.close();
  });

  it('takes a verifier pasted by hand when the callback is oob', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    const callback = page.getByRole('textbox', { name: 'Callback (oauth_callback)' });
    await callback.fill('oob');
    expect(await send(card(page, STEP1), 'temporary credentials request')).toContain('HTTP 200');
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Open the authorize page' }).click(),
    ]);
    await popup.getByRole('button', { name: 'Approve' }).click();
    const verifier = (await popup.locator('#oauth_verifier').textContent()) ?? '';
    expect(verifier).not.toBe('');
    await popup.close();
    await page.getByRole('textbox', { name: 'Verifier' }).fill(verifier);
    expect(await send(card(page, STEP3), 'token credentials request')).toContain('HTTP 200');
    await context.close();
  });
});
