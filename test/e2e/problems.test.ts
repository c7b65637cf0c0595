/**
 * What the flow says when the provider refuses: a wrong secret is explained
 * with the provider's base string beside ours, a stale timestamp with the clock
 * skew, and a reused nonce before and after it is sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eSession, type E2eSession } from './support/app.ts';
import { STEP1, STEP4, card, openTab, send, seriousAxeViolations, setUpBuiltinFlow } from './support/flowPage.ts';

let session: E2eSession;
beforeAll(async () => {
  session = await startE2eSession();
});
afterAll(() => session.close());

describe('refusals, explained', () => {
  it('explains signature_invalid from a wrong consumer secret with the server’s base string', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'query');
    await page.getByLabel('Consumer secret').fill('not-the-demo-secret');
    const step1 = card(page, STEP1);
    expect(await send(step1, 'temporary credentials request')).toContain('HTTP 401');
    const problem = step1.getByRole('group', { name: 'What the provider said' });
    expect(await problem.textContent()).toContain('The provider refused: signature_invalid.');
    const compared = problem.getByRole('group', { name: 'Base strings compared' });
    expect(await compared.textContent()).toContain('The provider’s base string is the same as ours: the difference is in the key');
    const theirs = await compared.getByRole('group', { name: 'Provider’s base string' }).locator('pre').textContent();
    expect(theirs).toMatch(/^POST&http%3A%2F%2F127\.0\.0\.1%3A\d+%2Fprovider%2Foauth%2Finitiate&oauth_callback%3D/);
    await context.close();
  });

  it('shows the clock skew when the provider refuses a timestamp kept fixed in the past', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    const step1 = card(page, STEP1);
    await step1.getByText('Nonce and timestamp', { exact: true }).click();
    const stale = Math.floor(Date.now() / 1000) - 3600;
    await step1.getByLabel('Temporary credentials Timestamp').fill(String(stale));
    expect(await send(step1, 'temporary credentials request')).toContain('HTTP 401');
    expect(await step1.getByRole('group', { name: 'What the provider said' }).textContent()).toContain('timestamp_refused');
    const skew = await step1.getByRole('group', { name: 'Clock skew' }).textContent();
    expect(skew).toMatch(/The provider’s clock is 60 minutes \(360\d s\) ahead of the request’s oauth_timestamp/);
    expect(skew).toContain('The provider accepts timestamps from');
    await context.close();
  });

  it('shows the skew from the Date header on every answer', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    const step1 = card(page, STEP1);
    expect(await send(step1, 'temporary credentials request')).toContain('HTTP 200');
    expect(await step1.getByRole('group', { name: 'Clock skew' }).textContent()).toMatch(/oauth_timestamp was \d+/);
    await context.close();
  });

  it('warns about a nonce kept fixed and sent twice, and the provider answers nonce_used', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    const step1 = card(page, STEP1);
    await step1.getByText('Nonce and timestamp', { exact: true }).click();
    await step1.getByRole('checkbox', { name: 'Keep fixed' }).check();
    expect(await send(step1, 'temporary credentials request')).toContain('HTTP 200');
    await expect.poll(() => step1.getByText(/was already sent in this session/).count()).toBe(1);
    expect(await send(step1, 'temporary credentials request')).toContain('HTTP 401');
    expect(await step1.getByText(/This request reused the nonce/).count()).toBe(1);
    expect(await step1.getByRole('group', { name: 'What the provider said' }).textContent()).toContain('nonce_used');
    await context.close();
  });

  it('has no serious accessibility violation with answers, refusals and failures on screen', async () => {
    const { page, context } = await session.newPage();
    await openTab(page, session.appUrl, 'Flow');
    await setUpBuiltinFlow(page, 'HMAC-SHA1', 'header');
    await page.getByLabel('Consumer secret').fill('wrong');
    await send(card(page, STEP1), 'temporary credentials request');
    await page.getByRole('radio', { name: 'Form body' }).check();
    await send(card(page, STEP4), 'protected resource request');
    await card(page, STEP1).getByText(/^Response headers \(/).click();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: 'OAuth 2', exact: true }).click();
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'Built-in test provider: OAuth 2.0 client credentials' });
    await page.getByRole('button', { name: 'Load preset' }).click();
    await send(card(page, '2. Token request'), 'token request');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${session.appUrl}/callback?oauth_token=a&oauth_verifier=b`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  });
});
