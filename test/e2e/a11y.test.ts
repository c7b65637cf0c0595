/**
 * Accessibility of the built app in Chromium (issue 3, "Quality"): axe-core on
 * every tab at a desktop and a phone width, failing on any serious or critical
 * violation; and the keyboard paths a person relies on.
 *
 * axe is run with `page.evaluate(source)`, not a <script> tag: the page may carry
 * a CSP (`script-src 'self'`) that blocks inline scripts, and DevTools evaluation
 * is not subject to it.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { AxeResults, Result as AxeResult } from 'axe-core';
import { startE2eSession, type E2eSession } from './support/app.ts';
import { launchChromium } from './support/browser.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** RFC 5849 §1.2's base string and secrets (test vectors, shared/vectors). */
const RFC_BASE_STRING =
  'GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03' +
  '%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131202' +
  '%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal';

/**
 * The RFC's request as a client that leaves the token secret out of the key
 * would sign it (built with node:crypto, not the engine): a "does not match"
 * verdict, and a "Why?" that has an answer to show.
 */
const WRONG_SIGNATURE = createHmac('sha1', 'kd94hf93k423kf44&').update(RFC_BASE_STRING).digest('base64');
const WRONG_RFC_CURL =
  `curl -H 'Authorization: OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk", ` +
  `oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131202", oauth_nonce="chapoH", oauth_signature="${encodeURIComponent(WRONG_SIGNATURE)}"' ` +
  `'http://photos.example.net/photos?file=vacation.jpg&size=original'`;

const RFC_PRESET = 'RFC 5849 §1.2 example (photos.example.net)';

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900, colorScheme: 'light' },
  { name: 'narrow', width: 375, height: 740, colorScheme: 'light' },
  // the dark colours are a second palette: axe checks its contrast too
  { name: 'desktop (dark)', width: 1280, height: 900, colorScheme: 'dark' },
] as const;

type Tab = 'Sign' | 'Check' | 'Flow' | 'OAuth 2';

let session: E2eSession;
beforeAll(async () => {
  session = await startE2eSession();
});
afterAll(() => session.close());

async function runAxe(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(() => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
}

function describeViolation(v: AxeResult): string {
  const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
  return `[${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await runAxe(page);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length > 0) console.error(`axe, ${where}:\n${bad.map(describeViolation).join('\n')}`);
  return bad.map((v) => `${v.id} (${v.impact ?? '?'}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})`);
}

/** Opens a tab and brings it to the state worth checking: the Check tab with a pasted request, its verdict and the Why? answer. */
async function showTab(page: Page, tab: Tab): Promise<void> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  switch (tab) {
    case 'Sign':
      await page.getByRole('heading', { name: 'Steps' }).waitFor();
      return;
    case 'Check': {
      const paste = page.getByRole('textbox', { name: 'Paste a request' });
      await paste.fill(WRONG_RFC_CURL);
      await page.getByLabel('Consumer secret').fill('kd94hf93k423kf44');
      await page.getByLabel('Token secret').fill('pfkkdhi9sl3r4s00');
      await page.getByText('Signature does not match').waitFor();
      // and the explainer's answer, opened
      await page.getByRole('button', { name: 'Why?' }).click();
      await page.locator('.why-summary').filter({ hasText: /\S/ }).waitFor();
      return;
    }
    case 'Flow':
      await page.getByRole('heading', { name: 'Three-legged flow' }).waitFor();
      return;
    case 'OAuth 2':
      await page.getByRole('tabpanel').getByRole('heading').first().waitFor();
      return;
  }
}

describe('axe-core finds no serious or critical violation', () => {
  for (const size of WIDTHS) {
    it(`on every tab at ${size.name} width (${size.width}px)`, async () => {
      const { page, context, pageErrors } = await session.newPage();
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.emulateMedia({ colorScheme: size.colorScheme });
      await page.goto(session.appUrl);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(size.colorScheme);
      const found: Record<string, string[]> = {};
      for (const tab of ['Sign', 'Check', 'Flow', 'OAuth 2'] as const) {
        await showTab(page, tab);
        found[tab] = await seriousViolations(page, `${tab} tab, ${size.name}`);
      }
      // with the secrets shown too: inputs switch from password to text
      await page.getByRole('tab', { name: 'Sign', exact: true }).click();
      await page.getByRole('switch', { name: 'Show secrets' }).check();
      await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: RFC_PRESET });
      await page.getByRole('button', { name: 'Load preset' }).click();
      found['Sign, RFC preset, secrets shown'] = await seriousViolations(page, `Sign tab with the RFC preset, ${size.name}`);
      expect(found).toEqual({ Sign: [], Check: [], Flow: [], 'OAuth 2': [], 'Sign, RFC preset, secrets shown': [] });
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }
});

describe('keyboard', () => {
  it('reaches the URL field with Tab alone', async () => {
    const { page, context } = await session.newPage();
    await page.goto(session.appUrl);
    await page.getByRole('heading', { name: 'Steps' }).waitFor();
    const presses: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName.toLowerCase()}#${el.id}` : '';
      });
      presses.push(focused);
      if (focused === 'input#sign-url') break;
    }
    expect(presses.at(-1), `focus went: ${presses.join(' → ')}`).toBe('input#sign-url');
    await page.keyboard.type('https://example.org/x');
    expect(await page.getByRole('textbox', { name: 'URL', exact: true }).inputValue()).toContain('https://example.org/x');
    await context.close();
  });

  it('passes each step’s parameters with one Tab, and walks them with the arrow keys', async () => {
    const { page, context } = await session.newPage();
    await page.goto(session.appUrl);
    await page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: RFC_PRESET });
    await page.getByRole('button', { name: 'Load preset' }).click();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return { text: el?.textContent ?? '', step: el?.closest('section.step')?.getAttribute('aria-labelledby') ?? '', piece: el?.hasAttribute('data-ref') ?? false };
    });
    await page.getByRole('button', { name: 'Copy parameters collected' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'file', step: 'step-1', piece: true });
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ text: 'vacation.jpg', step: 'step-1', piece: true });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ step: 'step-2', piece: false });
    await context.close();
  });

  it('moves between tabs with the arrow keys, Home and End, as one tab stop', async () => {
    const { page, context } = await session.newPage();
    await page.goto(session.appUrl);
    const tab = (name: Tab) => page.getByRole('tab', { name, exact: true });
    const selected = () => page.getByRole('tab', { selected: true }).textContent();
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await tab('Sign').focus();
    expect(await page.getAttribute('[role="tab"][tabindex="0"]', 'id')).toBe('tab-sign');

    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('Check');
    expect(await focused()).toBe('Check');
    await page.getByRole('textbox', { name: 'Paste a request' }).waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('Flow');
    await page.keyboard.press('End');
    expect(await selected()).toBe('OAuth 2');
    expect(await focused()).toBe('OAuth 2');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toBe('Sign'); // wraps round
    await page.keyboard.press('ArrowLeft');
    expect(await selected()).toBe('OAuth 2');
    await page.keyboard.press('Home');
    expect(await selected()).toBe('Sign');
    // only the selected tab is in the Tab order
    expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    await context.close();
  });
});

interface AxNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: string };
  childIds?: string[];
}

/** Chromium's own accessibility tree, as a lookup from a node to its children. */
async function axTree(page: Page): Promise<{ nodes: AxNode[]; children(n: AxNode | undefined): AxNode[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    return { nodes, children: (n) => (n?.childIds ?? []).map((id) => byId.get(id)).filter((c) => c !== undefined) };
  } finally {
    await cdp.detach();
  }
}

/** The table named `name`, as its rows' cell roles. */
async function axTableRows(page: Page, name: string): Promise<string[][]> {
  const { nodes, children } = await axTree(page);
  const table = nodes.find((n) => n.role?.value === 'table' && n.name?.value === name);
  return children(table).flatMap((group) => children(group)).map((row) => children(row).map((c) => c.role?.value ?? ''));
}

/** The text inside the group named `name`. */
async function axTexts(page: Page, name: string): Promise<string[]> {
  const { nodes, children } = await axTree(page);
  const texts: string[] = [];
  const walk = (n: AxNode | undefined): void => {
    if (n?.role?.value === 'StaticText') texts.push(n.name?.value ?? '');
    children(n).forEach(walk);
  };
  walk(nodes.find((n) => n.role?.value === 'group' && n.name?.value === name));
  return texts;
}

describe('long tables', () => {
  // Their rows are CSS grid rows (so each is its own paint container, for typing speed) and
  // off-screen steps skip rendering: what a screen reader is given must still be a table,
  // every row and cell. Chromium builds that whole tree once a screen reader is running,
  // which --force-renderer-accessibility stands in for.
  it('are tables in Chromium’s accessibility tree, with every row and cell, on screen or not', async () => {
    const browser = await launchChromium(['--force-renderer-accessibility']);
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(session.appUrl);
      await page.getByRole('tab', { name: 'Check', exact: true }).click();
      const query = Array.from({ length: 60 }, (_, i) => `p${i}=v${i}`).join('&');
      await page.getByRole('textbox', { name: 'Paste a request' }).fill(`https://api.example.com/items?${query}`);
      await page.getByRole('tab', { name: 'Sign', exact: true }).click();
      await page.getByRole('textbox', { name: 'Parameter 60 value' }).waitFor({ state: 'attached' });
      await expect.poll(async () => (await axTableRows(page, 'Parameters')).length).toBe(61);
      const params = await axTableRows(page, 'Parameters');
      expect(params[0]).toEqual(Array(5).fill('columnheader'));
      expect(params.slice(1).filter((cells) => cells.join() !== Array(5).fill('cell').join())).toEqual([]);
      // the 60 parameters and the oauth_* ones, down to the last, far below the fold
      const collected = await axTableRows(page, 'Parameters collected');
      expect(collected.length).toBeGreaterThan(61);
      expect(collected.slice(1).filter((cells) => cells.join() !== 'cell,cell,cell')).toEqual([]);
      const signature = await page.getByRole('group', { name: 'Signature (base64)', exact: true }).locator('pre').textContent();
      expect(signature).toMatch(/^[A-Za-z0-9+/]{27}=$/);
      expect(await axTexts(page, 'Signature (base64)')).toContain(signature);
    } finally {
      await browser.close();
    }
  });
});
