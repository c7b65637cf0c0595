/**
 * `npm run fuzz`: the long run of issue 6.
 *
 *   1. every parser of pasted or stored input gets 100,000 generated inputs
 *      (fast-check), then large adversarial inputs, timed;
 *   2. 10,000 generated requests are signed by sigstep and by independent
 *      implementations, and every disagreement is named;
 *   3. the reference provider and the relay take 10,000 requests each at 50
 *      concurrent, on loopback.
 *
 * Options: --runs N (inputs per parser), --diff N (signed requests), --load N,
 * --concurrency N, --size N (characters of the large inputs), --seed N,
 * --only curl,har,… (parsers), --skip parsers,shapes,diff,load.
 * Exits non-zero on a property failure, a large input over 1 s, an
 * unexplained disagreement, or a load answer that was not the expected one.
 */
import { parseArgs } from 'node:util';
import type * as StoreTargets from './storeTargets.ts';
import { runDifferential } from './differential/run.ts';
import { FEATURE_BY_ID } from './differential/departures.ts';
import { describeLoad, loadProviderAndRelay } from './load.ts';
import { PASTE_TARGETS } from './pasteTargets.ts';
import { fuzzTarget, measureShapes } from './parsers.ts';
import type { FuzzTarget } from './target.ts';
import { importThroughVite } from './viteModule.ts';

const SLOW_MS = 1000;

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    diff: { type: 'string', default: '10000' },
    load: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '50' },
    size: { type: 'string', default: String(1 << 20) },
    seed: { type: 'string' },
    only: { type: 'string' },
    skip: { type: 'string', default: '' },
  },
});
const skip = new Set(opts.skip.split(',').filter(Boolean));
const seed = opts.seed === undefined ? Date.now() % 2 ** 31 : Number(opts.seed);
const problems: string[] = [];

console.log(`sigstep fuzz — seed ${seed} (repeat a run with --seed ${seed})`);

const store = await importThroughVite<typeof StoreTargets>('fuzz/storeTargets.ts');
try {
  const only = opts.only?.split(',');
  const targets = [...PASTE_TARGETS, ...store.module.STORE_TARGETS].filter((t) => only === undefined || only.includes(t.name));
  if (!skip.has('parsers')) runParsers(targets, Number(opts.runs));
  if (!skip.has('shapes')) runShapes(targets, Number(opts.size));
} finally {
  await store.close();
}
if (!skip.has('diff')) runDiff(Number(opts.diff));
if (!skip.has('load')) await runLoad(Number(opts.load), Number(opts.concurrency));

console.log(problems.length === 0 ? '\nfuzz: no problems' : `\nfuzz: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
process.exitCode = problems.length === 0 ? 0 : 1;

function runParsers(targets: readonly FuzzTarget[], numRuns: number): void {
  console.log(`\n## Parsers: ${numRuns} generated inputs each (random text and bytes, lone surrogates, mutated real examples, long and nested input)`);
  for (const target of targets) {
    const o = fuzzTarget(target, { numRuns, seed, maxRepeat: 20_000, maxDepth: 20_000 });
    console.log(`${target.name.padEnd(22)} ${String(o.runs).padStart(7)} inputs ${(o.ms / 1000).toFixed(1).padStart(6)} s  ${o.failure === undefined ? 'ok' : 'FAILED'}`);
    if (o.failure !== undefined) {
      console.log(o.failure);
      problems.push(`${target.name}: a property failed (see above)`);
    }
  }
}

function runShapes(targets: readonly FuzzTarget[], size: number): void {
  console.log(`\n## Large adversarial inputs (${size} characters; the parser alone is timed; ratio = time / time at a quarter of the size, 4 is linear)`);
  for (const target of targets) {
    const outcomes = measureShapes(target, size);
    const worst = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(`${target.name}: ${outcomes.length} inputs, slowest ${worst.ms.toFixed(0)} ms (${worst.label})`);
    for (const o of outcomes) {
      const flag = o.problem !== undefined ? `  PROBLEM: ${o.problem}` : o.ms > SLOW_MS ? '  SLOW' : '';
      console.log(`  ${o.ms.toFixed(0).padStart(6)} ms  ×${(o.ms / Math.max(o.quarterMs, 1)).toFixed(1).padStart(5)}  ${o.label}${flag}`);
      if (flag !== '') problems.push(`${target.name}: ${o.label}:${flag}`);
    }
  }
}

function runDiff(numRuns: number): void {
  console.log(`\n## Differential: ${numRuns} generated requests (HMAC-SHA1/256/512, PLAINTEXT; header, query, body; reserved and astral characters, duplicates, empty values)`);
  const s = runDifferential(numRuns, seed);
  for (const [peer, n] of Object.entries(s.compared)) {
    const against = [...s.counts].filter(([k]) => k.startsWith(`${peer} |`)).reduce((sum, [, c]) => sum + c, 0);
    console.log(`${peer.padEnd(30)} ${String(n).padStart(6)} signed; ${against} disagreement(s)`);
  }
  const byFeature = new Map<string, number>();
  for (const [key, n] of s.counts) {
    const [peer = '', part = '', kind = ''] = key.split(' | ');
    for (const cause of kind.split(' + ')) {
      const k = `${peer} | ${part} | ${cause}`;
      byFeature.set(k, (byFeature.get(k) ?? 0) + n);
    }
  }
  console.log('\nDisagreements by cause (a disagreement with several causes counts under each):');
  for (const [key, n] of [...byFeature].sort()) {
    const [peer = '', part = '', cause = ''] = key.split(' | ');
    const feature = FEATURE_BY_ID.get(cause);
    const verdict = feature !== undefined ? `peer departs: ${feature.rfc}`
      : cause.includes(' & ') ? `peer departs when both come together: ${cause.split(' & ').map((id) => FEATURE_BY_ID.get(id)?.rfc ?? id).join(' / ')}`
        : 'UNEXPLAINED: look at the example below';
    console.log(`  ${String(n).padStart(6)}  ${peer} — ${part} — ${cause}\n          ${verdict}`);
    if (feature === undefined && !cause.includes(' & ')) problems.push(`differential: ${n} unexplained disagreement(s) with ${peer} on the ${part}`);
  }
  for (const [key, e] of s.examples) {
    if (!key.endsWith('| unexplained') && !key.endsWith('| several-features-together')) continue;
    console.log(`\nExample, ${key}:\n  sigstep: ${e.disagreement.ours}\n  peer:    ${e.disagreement.theirs}\n  case:    ${JSON.stringify(e.case)}`);
  }
  for (const e of s.engineErrors.slice(0, 5)) console.log(`engine refused a generated request: ${e.error}\n  ${JSON.stringify(e.case)}`);
  for (const e of s.roundTripFailures.slice(0, 5)) console.log(`engine's verifier refused its own signature: ${e.error}\n  ${JSON.stringify(e.case)}`);
  if (s.engineErrors.length > 0) problems.push(`differential: the engine refused ${s.engineErrors.length} generated request(s)`);
  if (s.roundTripFailures.length > 0) problems.push(`differential: ${s.roundTripFailures.length} signature(s) did not verify`);
}

async function runLoad(requests: number, concurrency: number): Promise<void> {
  console.log(`\n## Load: ${requests} requests at ${concurrency} concurrent, loopback`);
  const { provider, relay } = await loadProviderAndRelay({ requests, concurrency });
  for (const f of [provider, relay]) {
    console.log(describeLoad(f));
    if (f.unexpected > 0) problems.push(`load: ${f.unexpected} unexpected answer(s) from the ${f.target}`);
  }
}
