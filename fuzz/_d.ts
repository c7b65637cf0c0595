import { runDifferential } from './differential/run.ts';
const s = runDifferential(Number(process.argv[2] ?? 2000));
console.log(s.cases, s.compared);
console.log('engine errors', s.engineErrors.length, s.engineErrors.slice(0, 3).map((e) => e.error));
console.log('roundtrip', s.roundTripFailures.length, s.roundTripFailures.slice(0, 3));
for (const [k, n] of [...s.counts].sort()) console.log(n, k);
if (process.argv[3]) for (const [k, e] of s.examples) if (k.includes(process.argv[3])) console.log(k, JSON.stringify(e, null, 1).slice(0, 3000));
