/**
 * OAuth 2.0 client credentials in Chromium against the reference provider:
 * the Basic steps, the token answer with its countdown, then the Bearer request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';
import { startE2eSession, type E2eSession } from './support/app.ts';
import { answerFields, card, send } from './support/flowPage.ts';

let session: E2eSession;
beforeAll(async () => {
  session = await startE2eSession();
});
afterAll(() => session.close());

const BUILTIN = 'Built-in test provider: OAuth 2.0 client credentials';

describe('OAuth 2.0 client credentials in Chromium', () => {
  it('gets a token with Basic credentials, counts expires_in down, and calls the resource with Bearer', async () => {
    const { page, context, pageErrors } = await session.newPage();
    await page.goto(session.appUrl);
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: BUILTIN });
    await page.getByRole('button', { name: 'Load preset' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'OAuth 2' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('switch', { name: 'Show secrets' }).check();

    const basic = card(page, '1. Basic credentials');
    const joined = await basic.getByRole('group', { name: 'ID and secret joined' }).locator('pre').textContent();
    // RFC 6749 §2.3.1: form-encoded before joining
    expect(joined).toBe('sigstep-demo-client:sigstep+demo+secret%3Awith%2Freserved%26chars');
    const header = await basic.getByRole('group', { name: 'Basic Authorization header' }).locator('pre').textContent();
    expect(header).toBe(`Authorization: Basic ${Buffer.from(joined ?? '').toString('base64')}`);

    const token = card(page, '2. Token request');
    expect(await token.getByRole('group', { name: 'Token body' }).locator('pre').textContent()).toBe('grant_type=client_credentials');
    expect(await send(token, 'token request')).toContain('HTTP 200');
    const fields = await answerFields(token);
    expect(fields).toMatchObject({ token_type: 'Bearer', expires_in: '299' });
    const timer = token.getByRole('timer', { name: 'Time left' });
    await expect.poll(() => timer.textContent()).toMatch(/^4:5\d$/);
    const first = await timer.textContent();
    await expect.poll(() => timer.textContent(), { timeout: 3000 }).not.toBe(first);
    const issued = await token.locator('time').getAttribute('datetime');
    expect(Math.abs(Date.parse(issued ?? '') - Date.now())).toBeLessThan(60_000);

    const bearer = card(page, '3. Bearer request');
    expect(await bearer.getByLabel('Access token').inputValue()).toBe(fields.access_token);
    expect(await bearer.getByRole('group', { name: 'Bearer headers' }).locator('pre').textContent()).toBe(`Authorization: Bearer ${fields.access_token}`);
    expect(await send(bearer, 'Bearer request')).toContain('HTTP 200');
    expect(await answerFields(bearer)).toMatchObject({ client_id: DEMO_OAUTH2.clientId, message: 'The Bearer token was accepted.' });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('sends the raw ID and secret when the §2.3.1 switch is off, and names a wrong secret as invalid_client', async () => {
    const { page, context } = await session.newPage();
    await page.goto(session.appUrl);
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: BUILTIN });
    await page.getByRole('button', { name: 'Load preset' }).click();
    await page.getByRole('switch', { name: /Form-encode the ID and secret/ }).uncheck();
    await page.getByRole('switch', { name: 'Show secrets' }).check();
    const joined = await card(page, '1. Basic credentials').getByRole('group', { name: 'ID and secret joined' }).locator('pre').textContent();
    expect(joined).toBe(`${DEMO_OAUTH2.clientId}:${DEMO_OAUTH2.clientSecret}`);
    const token = card(page, '2. Token request');
    expect(await send(token, 'token request')).toContain('HTTP 200');
    await token.getByText(/^Response headers \(/).click();
    expect(await token.locator('table', { hasText: 'x-sigstep-client-auth' }).textContent()).toContain('basic-raw');

    await page.getByLabel('Client secret').fill('not the secret');
    expect(await send(token, 'token request')).toContain('HTTP 401');
    const problem = token.getByRole('group', { name: 'What the provider said' });
    expect(await problem.textContent()).toContain('The provider refused: invalid_client.');
    await context.close();
  });
});
