import { PASTE_TARGETS } from './pasteTargets.ts';
import { fuzzTarget, measureShapes } from './parsers.ts';
const n = Number(process.argv[2] ?? 2000);
for (const t of PASTE_TARGETS) {
  const o = fuzzTarget(t, { numRuns: n });
  console.log(t.name, o.runs, o.ms.toFixed(0), o.failure ?? 'ok');
}
if (process.argv[3]) for (const t of PASTE_TARGETS) for (const s of measureShapes(t, 1 << 20)) if (s.ms > 150 || s.problem || s.ms > 6 * s.quarterMs + 20) console.log(s.target, s.label.slice(0,60), s.ms.toFixed(0), s.quarterMs.toFixed(0), s.problem ?? "");
