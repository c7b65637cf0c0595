import { it } from 'vitest';
import { STORE_TARGETS } from '../../fuzz/storeTargets.ts';
import { fuzzTarget, measureShapes } from '../../fuzz/parsers.ts';
it('x', () => {
  for (const t of STORE_TARGETS) {
    const o = fuzzTarget(t, { numRuns: 3000 });
    console.log(t.name, o.runs, o.ms.toFixed(0), o.failure ?? 'ok');
    for (const s of measureShapes(t, 1 << 20)) console.log(s.target, s.label.slice(0, 60), s.ms.toFixed(0), s.quarterMs.toFixed(0), s.problem ?? '');
  }
}, 600_000);
