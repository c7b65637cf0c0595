/**
 * A provider that sends no CORS headers (most real ones): a direct Send is
 * named as blocked by CORS, with what to do instead, and the whole flow runs
 * through the relay built into the app's server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProvider } from '../../server/provider/index.ts';
import { startE2eSession, type E2eSession } from './support/app.ts';
import { STEP1, STEP3, STEP4, answerFields, approveInNewTab, card, openTab, send, setUpBuiltinFlow } from './support/flowPage.ts';

let session: E2eSession;
let noCors: { url: string; close(): Promise<void> };
beforeAll(async () => {
  [session, noCors] = await Promise.all([startE2eSession(), startProvider({ port: 0, cors: false })]);
});
afterAll(async () => {
  await session.close();
  await noCors.close();
});

describe('a provider without CORS, through the relay', () => {
  it('names the direct failure as CORS and runs the whole flow via the relay', async () => {
    const { page, context, pageErrors } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    await page.getByLabel('Temporary credentials URL', { exact: true }).fill(`${noCors.url}/oauth/initiate`);
    await page.getByLabel('Authorize URL').fill(`${noCors.url}/oauth/authorize`);
    await page.getByLabel('Token credentials URL', { exact: true }).fill(`${noCors.url}/oauth/token`);
    await page.getByLabel('Protected resource URL', { exact: true }).fill(`${noCors.url}/api/me`);

    const step1 = card(page, STEP1);
    const direct = await send(step1, 'temporary credentials request');
    expect(direct).toContain('Blocked by CORS.');
    expect(direct).toContain('Send it through the relay, or copy the curl command and run it in a terminal.');

    expect(await send(step1, 'temporary credentials request', 'relay')).toMatch(/HTTP 200 OK\s*· through the relay/);
    await approveInNewTab(page, context);
    expect(await send(card(page, STEP3), 'token credentials request', 'relay')).toContain('HTTP 200');
    expect(await send(card(page, STEP4), 'protected resource request', 'relay')).toContain('HTTP 200');
    expect(await answerFields(card(page, STEP4))).toMatchObject({ signature_method: 'HMAC-SHA1', oauth_parameters_in: 'header' });
    // the app fetched the relay's token itself
    expect(await page.getByLabel('Relay token').inputValue()).toMatch(/.{16,}/);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says the relay refused when its token is wrong and it cannot hand out a new one', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    await page.getByText('Relay settings').click();
    await page.getByLabel('Relay URL').fill(`${session.appUrl}/nowhere`);
    const answer = await send(card(page, STEP1), 'temporary credentials request', 'relay');
    expect(answer).toContain('The relay refused.');
    await context.close();
  });
});
