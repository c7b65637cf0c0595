/**
 * From a keystroke in a parameter's value to the updated signature on screen
 * (issue 3, "Speed"), in Chromium against the production build: p50 / p95 over
 * ≥ 200 keystrokes with 100 parameters loaded, next to the same with 10 (the
 * peer baseline), a bare page with one input (the floor: what any page pays here
 * for a keystroke to reach the screen), and the 16 ms frame budget.
 *
 * The parameters arrive the way a person would bring them: a share link
 * (`#s=…`), which the app reads at start-up. Timing is taken inside the page:
 * performance.now() in window capture listeners for `keydown` and `input` (they
 * run before React's listener on the root), a MutationObserver on the
 * "Signature (base64)" box for the moment its text changes, the next
 * requestAnimationFrame after that change, and a message posted from that rAF,
 * handled once the frame's style, layout and paint are done. Node only sends
 * the key and waits; its round trips are outside the measured interval.
 */
import { defaultOAuth2, publicOAuth2 } from '../../src/store/oauth2Slice.ts';
import { defaultProtocol } from '../../src/store/protocolSlice.ts';
import { defaultRequest, type ParamRow } from '../../src/store/requestSlice.ts';
import { readShareFragment, SHARE_PREFIX, type SharedState } from '../../src/store/share.ts';
import type { Locator, Page } from 'playwright-core';
import { buildApp, percentile, startBenchBrowser, type BenchBrowser } from './support.ts';

const KEYSTROKES = 240;
const WARMUP = 30;
const FRAME_MS = 16;
const SIGNATURE_BOX = 'Signature (base64)';

/**
 * A share link with `count` query parameters, everything else at its defaults,
 * checked with the app's own reader. (Built from the slices' defaults rather than
 * a whole store: the store reads Vite's import.meta.env, which Node has not.)
 */
function shareLinkWith(count: number): string {
  const env = { now: () => Date.now(), newNonce: () => 'benchnonce', origin: 'http://127.0.0.1' };
  const params: ParamRow[] = Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`, name: `p${String(i + 1).padStart(3, '0')}`, value: `value ${i + 1} / ünïcode & more`, source: 'query', enabled: true,
  }));
  const state: SharedState = {
    v: 1,
    request: { ...defaultRequest(), url: 'https://api.example.com/v1/photos', params },
    protocol: defaultProtocol(env),
    credentials: { consumerKey: 'bench-consumer-key', token: 'bench-token', publicKeyPem: '' },
    oauth2: publicOAuth2(defaultOAuth2()),
    tab: 'sign',
  };
  const fragment = SHARE_PREFIX + Buffer.from(JSON.stringify(state), 'utf8').toString('base64url');
  if (readShareFragment(fragment)?.request.params.length !== count) throw new Error('the app would not read this share link');
  return fragment;
}

interface Sample {
  /** input event → the signature box's text replaced: the app's own work (React, the engine) */
  readonly dom: number;
  /** input event → the next animation frame after that change starts */
  readonly frame: number;
  /** input event → that frame's style, layout and paint done on the main thread: the signature is on screen */
  readonly painted: number;
  /** keydown → input: the browser's key handling (text insertion) before the app sees anything */
  readonly keyToInput: number;
}

/**
 * Installed in the page on the signature box (a string: tsx would wrap named
 * functions in a helper the page does not have; evaluated by DevTools, so a CSP
 * without 'unsafe-eval' does not block it). `arm()` resolves with one Sample.
 */
const INSTALL = String.raw`window.__installKeystrokeBench = (group) => {
  let keydownAt = NaN;
  let inputAt = NaN;
  window.addEventListener('keydown', () => { keydownAt = performance.now(); }, { capture: true });
  window.addEventListener('input', () => { inputAt = performance.now(); }, { capture: true });
  const text = () => group.querySelector('pre')?.textContent ?? '';
  window.__keystrokeBench = {
    arm() {
      const before = text();
      inputAt = NaN;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error('the signature did not change within 5 s of the keystroke'));
        }, 5000);
        const observer = new MutationObserver(() => {
          if (text() === before) return;
          const changedAt = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => {
            const frameAt = performance.now();
            // A message posted from rAF is handled after that frame's style, layout and paint.
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              clearTimeout(timer);
              const paintedAt = performance.now();
              resolve({ dom: changedAt - inputAt, frame: frameAt - inputAt, painted: paintedAt - inputAt, keyToInput: inputAt - keydownAt });
            };
            channel.port2.postMessage(0);
          });
        });
        observer.observe(group, { subtree: true, childList: true, characterData: true });
      });
    },
  };
}`;

declare global {
  interface Window {
    __keystrokeBench?: { arm(): Promise<Sample> };
  }
}

/** Types WARMUP + KEYSTROKES letters into `field`, each measured in the page against the box `group`. */
async function typeAndMeasure(page: Page, field: Locator, group: Locator): Promise<Sample[]> {
  await page.evaluate(INSTALL);
  await group.evaluate((g) => {
    const install = (window as unknown as { __installKeystrokeBench(el: Element): void }).__installKeystrokeBench;
    install(g);
  });
  await field.click();
  await field.press('End');
  const before = await field.inputValue();
  const samples: Sample[] = [];
  for (let i = 0; i < WARMUP + KEYSTROKES; i++) {
    // Armed before the key is sent, awaited after: the page measures, Node only waits.
    await page.evaluate(() => {
      const bench = window.__keystrokeBench;
      if (!bench) throw new Error('bench not installed');
      (window as unknown as { __pending: Promise<Sample> }).__pending = bench.arm();
    });
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    const sample = await page.evaluate(() => (window as unknown as { __pending: Promise<Sample> }).__pending);
    if (i >= WARMUP) samples.push(sample);
  }
  if (samples.some((x) => !Number.isFinite(x.dom) || !Number.isFinite(x.keyToInput))) throw new Error('an input event was not seen before the box changed');
  if ((await field.inputValue()).length !== before.length + WARMUP + KEYSTROKES) throw new Error('some keystrokes did not reach the field');
  return samples;
}

/** The app with `count` parameters, typing into the middle row's value: what a person editing one value among many does. */
async function measureApp(session: BenchBrowser, count: number): Promise<Sample[]> {
  const page = await session.newPage();
  try {
    await page.goto(`${session.appUrl}/${shareLinkWith(count)}`);
    const rows = page.getByRole('textbox', { name: /^Parameter \d+ value$/ });
    await rows.nth(count - 1).waitFor();
    if ((await rows.count()) !== count) throw new Error(`expected ${count} parameter rows, found ${await rows.count()}`);
    const box = page.getByRole('group', { name: SIGNATURE_BOX, exact: true });
    await box.locator('pre').waitFor();
    return await typeAndMeasure(page, rows.nth(Math.floor(count / 2)), box);
  } finally {
    await page.context().close();
  }
}

/**
 * The floor: the same measurement on a bare page whose one input writes its value
 * into a <pre>, in the same browser — what any page pays here for a keystroke to reach the screen.
 */
async function measureFloor(session: BenchBrowser): Promise<Sample[]> {
  const page = await session.newPage();
  try {
    await page.setContent('<!doctype html><html lang="en"><body><label>Value <input id="v"></label>' +
      '<div role="group" aria-label="Echo"><pre></pre></div>' +
      '<script>document.getElementById("v").addEventListener("input", (e) => { document.querySelector("pre").textContent = e.target.value; });</script>' +
      '</body></html>');
    return await typeAndMeasure(page, page.getByLabel('Value'), page.getByRole('group', { name: 'Echo' }));
  } finally {
    await page.context().close();
  }
}

const fmt = (n: number): string => n.toFixed(1).padStart(6);

export async function run(): Promise<void> {
  const app = await buildApp();
  const session = await startBenchBrowser(app.outDir);
  try {
    const results = new Map<string, Sample[]>();
    results.set('bare page', await measureFloor(session));
    for (const count of [10, 100]) results.set(`${count} params`, await measureApp(session, count));
    console.log(`\nKeystroke in a parameter value → new signature on screen, Chromium (headless, software rendering), production build, ` +
      `${KEYSTROKES} keystrokes per row (after ${WARMUP} warm-up); p50 / p95 / max in ms:`);
    console.log('  page         input→DOM changed        input→next frame         input→frame painted      keydown→painted          keydown→input');
    const stats = new Map<string, Record<'dom' | 'frame' | 'painted' | 'whole', { p50: number; p95: number }>>();
    for (const [label, samples] of results) {
      const series = {
        dom: samples.map((s) => s.dom),
        frame: samples.map((s) => s.frame),
        painted: samples.map((s) => s.painted),
        whole: samples.map((s) => s.keyToInput + s.painted),
      };
      const cell = (xs: number[]) => `${fmt(percentile(xs, 50))} ${fmt(percentile(xs, 95))} ${fmt(Math.max(...xs))}`.padEnd(25);
      const keyToInput = samples.map((s) => s.keyToInput);
      console.log(`  ${label.padEnd(12)} ${cell(series.dom)}${cell(series.frame)}${cell(series.painted)}${cell(series.whole)}${cell(keyToInput)}`);
      const stat = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95) });
      stats.set(label, { dom: stat(series.dom), frame: stat(series.frame), painted: stat(series.painted), whole: stat(series.whole) });
    }
    const big = stats.get('100 params');
    const small = stats.get('10 params');
    const floor = stats.get('bare page');
    if (big && small && floor) {
      const budget = (x: number) => `${(x / FRAME_MS).toFixed(2)}×${x <= FRAME_MS ? '' : ' (over)'}`;
      console.log(`  p95 at 100 params / 16 ms frame: input→DOM ${budget(big.dom.p95)}, input→painted ${budget(big.painted.p95)}, keydown→painted ${budget(big.whole.p95)}`);
      console.log(`  100 / 10 params: input→DOM p50 ${(big.dom.p50 / small.dom.p50).toFixed(2)}× p95 ${(big.dom.p95 / small.dom.p95).toFixed(2)}×, ` +
        `keydown→painted p50 ${(big.whole.p50 / small.whole.p50).toFixed(2)}× p95 ${(big.whole.p95 / small.whole.p95).toFixed(2)}×`);
      console.log(`  / bare page: keydown→painted p50 10 params ${(small.whole.p50 / floor.whole.p50).toFixed(2)}×, 100 params ${(big.whole.p50 / floor.whole.p50).toFixed(2)}×; ` +
        `p95 10 params ${(small.whole.p95 / floor.whole.p95).toFixed(2)}×, 100 params ${(big.whole.p95 / floor.whole.p95).toFixed(2)}×`);
    }
  } finally {
    await session.close();
  }
}
