/**
 * The sample of `npm run fuzz` that runs in `npm test`: every parser of pasted or
 * stored input answers generated input with a well-formed request or an error
 * value that points into the input, and a 1 MiB adversarial input completes.
 * The properties and inputs are fuzz/'s; only the counts are smaller.
 */
import { describe, expect, it } from 'vitest';
import { PASTE_TARGETS } from '../../fuzz/pasteTargets.ts';
import { fuzzTarget } from '../../fuzz/parsers.ts';
import { STORE_TARGETS } from '../../fuzz/storeTargets.ts';
import { checkInput, type FuzzTarget } from '../../fuzz/target.ts';

const MiB = 1 << 20;
const RUNS = 250;
/** The large shapes a sample takes from each target (all of them run in `npm run fuzz`). */
const SHAPES_PER_TARGET = 2;

function sampleShapes(target: FuzzTarget) {
  const shapes = target.shapes(MiB);
  const step = Math.max(1, Math.floor(shapes.length / SHAPES_PER_TARGET));
  return shapes.filter((_, i) => i % step === step - 1).slice(0, SHAPES_PER_TARGET);
}

describe.each([...PASTE_TARGETS, ...STORE_TARGETS].map((t) => [t.name, t] as const))('the %s parser', (_name, target) => {
  it(`never throws, and answers ${RUNS} generated inputs with a request or an error that says where`, () => {
    const outcome = fuzzTarget(target, { numRuns: RUNS });
    expect(outcome.failure).toBeUndefined();
    expect(outcome.runs).toBe(RUNS);
  });

  it.each(sampleShapes(target).map((s) => [s.label, s.text] as const))('completes on a 1 MiB input: %s', (_label, text) => {
    expect(checkInput(target, text)).toBeUndefined();
  });
});
