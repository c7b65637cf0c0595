/**
 * The mismatch explainer's full search (issue 5, "Tests and speed"): every
 * single mistake and every pair, no early stop (`exhaustive: true`), on a
 * typical request — Akana-style, an Authorization header with realm and a
 * non-oauth scope, a query, a token secret — whose signature the other side
 * computed with a lower-case method. Timed in Chromium, on the explainer bundled
 * for the page by the project's Vite (minified like the app), and in Node on the
 * source, in the same run.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../../test/e2e/support/browser.ts';
import { collectParameters, computeSignature, explainMismatch, signatureBaseString, unwrap, type ExplainInput, type Explanation } from '../../src/engine/index.ts';
import { percentile } from './support.ts';

const RUNS = 60;
const WARMUP = 10;
const ENTRY = fileURLToPath(new URL('./explainEntry.ts', import.meta.url));

const REQUEST = {
  method: 'GET',
  url: 'https://photos.example.net/photos?file=vacation.jpg&size=original',
  headers: [['Authorization', 'OAuth realm="Photos", scope="read", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk", ' +
    'oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131202", oauth_nonce="chapoH", oauth_version="1.0", ' +
    'oauth_signature="placeholder"']] as [string, string][],
  body: '',
};
const SECRETS = { consumerSecret: 'kd94hf93k423kf44', tokenSecret: 'pfkkdhi9sl3r4s00' };

/** The input, with the signature a client that lower-cases the method would send. */
async function typicalInput(): Promise<ExplainInput> {
  const need = <T,>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`the engine could not compute ${what} for the bench request`);
    return x;
  };
  const params = need(unwrap(collectParameters(REQUEST)), 'the parameters');
  const correct = need(unwrap(signatureBaseString('GET', 'https://photos.example.net/photos', params)), 'the base string');
  // the engine upper-cases the method itself, so the mistake is made by hand
  const baseString = correct.replace(/^GET&/, 'get&');
  const wrong = need(unwrap(await computeSignature({ method: 'HMAC-SHA1', baseString, ...SECRETS })), 'the signature');
  return { request: REQUEST, ...SECRETS, signatureMethod: 'HMAC-SHA1', target: { signature: wrong }, exhaustive: true };
}

interface Timing {
  readonly ms: number[];
  readonly variants: number;
  readonly found: string;
}

const summary = (r: Explanation): { variants: number; found: string } => ({
  variants: r.variantsTried,
  found: r.matches[0]?.mistakes.map((m) => m.id).join(' + ') ?? 'no match',
});

function inNode(input: ExplainInput): Timing {
  const ms: number[] = [];
  let last: Explanation | undefined;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const t = performance.now();
    const r = explainMismatch(input);
    const dt = performance.now() - t;
    if (!r.ok) throw new Error(r.error.message);
    last = r.value;
    if (i >= WARMUP) ms.push(dt);
  }
  if (!last) throw new Error('no run');
  return { ms, ...summary(last) };
}

/** The explainer as the page would load it: Vite (Rolldown, minified) builds the entry into one IIFE, in memory. */
async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, lib: { entry: ENTRY, formats: ['iife'], name: 'sigstepExplain', fileName: 'explain' } },
  });
  const first = (Array.isArray(out) ? out[0] : out) as { output?: { type: string; code?: string }[] };
  const code = first.output?.find((o) => o.type === 'chunk')?.code;
  if (code === undefined) throw new Error('vite build produced no chunk for the explainer');
  return code;
}

async function inChromium(code: string, input: ExplainInput): Promise<Timing & { bytes: number }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>explainer bench</title>');
    // DevTools evaluation: a global `var sigstepExplain`, and no CSP in the way.
    await page.evaluate(code);
    const result = await page.evaluate(({ input, runs, warmup }) => {
      const g = globalThis as unknown as { sigstepExplain: { explainMismatch: typeof explainMismatch } };
      const times: number[] = [];
      let last: unknown;
      for (let i = 0; i < warmup + runs; i++) {
        const t = performance.now();
        const r = g.sigstepExplain.explainMismatch(input);
        const dt = performance.now() - t;
        if (!r.ok) throw new Error(r.error.message);
        last = r.value;
        if (i >= warmup) times.push(dt);
      }
      return { times, last: last as Explanation };
    }, { input, runs: RUNS, warmup: WARMUP });
    return { ms: result.times, ...summary(result.last), bytes: code.length };
  } finally {
    await browser.close();
  }
}

const fmt = (n: number): string => `${n.toFixed(1)} ms`.padStart(9);

export async function run(): Promise<void> {
  const input = await typicalInput();
  const code = await bundle();
  const node = inNode(input);
  const chromium = await inChromium(code, input);
  console.log(`\nExplainer, full search (every single and pair, exhaustive), ${RUNS} runs after ${WARMUP} warm-up, same input:`);
  console.log(`  ${'runtime'.padEnd(36)} ${'variants'.padStart(8)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'min'.padStart(9)}   first match`);
  for (const [label, t] of [[`Chromium (bundle ${(chromium.bytes / 1024).toFixed(1)} KB minified)`, chromium], ['Node (tsx, source)', node]] as const) {
    console.log(`  ${label.padEnd(36)} ${String(t.variants).padStart(8)} ${fmt(percentile(t.ms, 50))} ${fmt(percentile(t.ms, 95))} ${fmt(Math.min(...t.ms))}   ${t.found}`);
  }
  if (chromium.variants !== node.variants || chromium.found !== node.found) console.log('  note: the two runtimes did not do the same search');
  const med = percentile(chromium.ms, 50);
  console.log(`  Chromium / Node: median ${(med / percentile(node.ms, 50)).toFixed(2)}×, p95 ${(percentile(chromium.ms, 95) / percentile(node.ms, 95)).toFixed(2)}×; ` +
    `Chromium median / 100 ms = ${(med / 100).toFixed(2)}×, per variant ${((med * 1000) / chromium.variants).toFixed(1)} µs`);
}
