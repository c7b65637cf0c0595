/**
 * Driving the Flow and OAuth 2 tabs the way a person does: by the names on
 * screen. Shared by the e2e files so each test reads as the steps it takes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export type Placement = 'header' | 'query' | 'body';
export type Method = 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT' | 'RSA-SHA1' | 'RSA-SHA256';

const PLACEMENT_LABELS: Readonly<Record<Placement, string>> = {
  header: 'Authorization header',
  query: 'Query string',
  body: 'Form body',
};

export const card = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });
export const STEP1 = '1. Temporary credentials';
export const STEP2 = '2. Authorize';
export const STEP3 = '3. Token credentials';
export const STEP4 = '4. Protected resource';

export async function openTab(page: Page, appUrl: string, tab: 'Flow' | 'OAuth 2'): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

/** Method and placement first: "Use the built-in test provider" picks the demo client that fits the method. */
export async function setUpBuiltinFlow(page: Page, method: Method, placement: Placement): Promise<void> {
  await page.getByLabel('Signature method').selectOption(method);
  await page.getByRole('button', { name: 'Use the built-in test provider' }).click();
  await page.getByRole('radio', { name: PLACEMENT_LABELS[placement] }).check();
  if (placement === 'body') {
    // A form body needs POST; the resource defaults to GET.
    await page.getByRole('combobox', { name: 'Protected resource Method', exact: true }).selectOption('POST');
  }
}

/** The status line of a card's answer, once it has one. */
export async function answerStatus(region: Locator): Promise<string> {
  const line = region.locator('.status-line, .send-failure').first();
  await line.waitFor({ timeout: 20_000 });
  return (await line.textContent()) ?? '';
}

export async function send(region: Locator, what: string, via: 'direct' | 'relay' = 'direct'): Promise<string> {
  const answer = region.getByRole('group', { name: /answer$/ });
  // The click signs before the run starts, so until then the previous answer is still on screen: wait for a new run.
  const previousRun = (await answer.count()) > 0 ? await answer.getAttribute('data-run') : null;
  await region.getByRole('button', { name: via === 'relay' ? `Send via relay: the ${what}` : `Send the ${what}`, exact: true }).click();
  await expect.poll(async () => {
    const [run, busy] = [await answer.getAttribute('data-run'), await answer.getAttribute('aria-busy')];
    return run !== previousRun && busy === 'false';
  }, { timeout: 20_000 }).toBe(true);
  return answerStatus(region);
}

/** Step 2: the authorize page in a new tab, Approve, and the callback route hands the verifier back. */
export async function approveInNewTab(page: Page, context: BrowserContext): Promise<void> {
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    card(page, STEP2).getByRole('link', { name: 'Open the authorize page' }).click(),
  ]);
  await popup.waitForLoadState();
  await popup.getByRole('button', { name: 'Approve' }).click();
  await popup.waitForURL(/\/callback\?/);
  await expect.poll(async () => popup.getByRole('status').textContent()).toContain('You can close this tab');
  await expect.poll(async () => card(page, STEP2).getByRole('textbox', { name: 'Verifier' }).inputValue()).not.toBe('');
  await popup.close();
}

/** The fields table of a card's answer, as name → value. */
export async function answerFields(region: Locator): Promise<Record<string, string>> {
  const rows = await region.locator('table.fields-table').first().locator('tbody tr').all();
  const out: Record<string, string> = {};
  for (const row of rows) {
    const name = (await row.locator('th').textContent()) ?? '';
    out[name] = (await row.locator('td').textContent()) ?? '';
  }
  return out;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, as "id: target" lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
