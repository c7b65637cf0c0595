/**
 * Runs the parser fuzz: fast-check properties over generated inputs, and the
 * large adversarial inputs with their timings. Used by `npm run fuzz` (100,000
 * inputs per parser) and by test/fuzz (a small sample).
 */
import fc from 'fast-check';
import { inputsFor, type MixOptions } from './arbitraries.ts';
import { checkInput, timed, type FuzzTarget } from './target.ts';

export interface FuzzOutcome {
  readonly target: string;
  readonly runs: number;
  readonly ms: number;
  /** fast-check's report of the first counterexample (shrunk), when a property failed */
  readonly failure?: string;
}

export interface FuzzOptions extends Partial<MixOptions> {
  readonly numRuns: number;
  readonly seed?: number;
}

/** The property of issue 6 for one target: every generated input gets a well-formed answer, and nothing throws. */
export function fuzzTarget(target: FuzzTarget, options: FuzzOptions): FuzzOutcome {
  const arbitrary = inputsFor(target, { maxRepeat: options.maxRepeat ?? 2_000, maxDepth: options.maxDepth ?? 2_000 });
  const property = fc.property(arbitrary, (text) => {
    const problem = checkInput(target, text);
    if (problem !== undefined) throw new Error(problem);
  });
  const params = options.seed === undefined ? { numRuns: options.numRuns } : { numRuns: options.numRuns, seed: options.seed };
  const { value: details, ms } = timed(() => fc.check(property, params));
  const outcome = { target: target.name, runs: details.numRuns, ms };
  return details.failed ? { ...outcome, failure: fc.defaultReportMessage(details) ?? 'failed' } : outcome;
}

export interface ShapeOutcome {
  readonly target: string;
  readonly label: string;
  readonly chars: number;
  /** the parser alone */
  readonly ms: number;
  /** the parser on the same shape at a quarter of the size: a ratio near 16 means quadratic */
  readonly quarterMs: number;
  readonly problem?: string;
}

/**
 * Every large adversarial input of a target at `size` characters: the parser
 * timed (validation is not), and the same shape at a quarter of the size for the
 * growth ratio. A parser that throws here is recorded as a problem rather than
 * stopping the run.
 */
export function measureShapes(target: FuzzTarget, size: number): ShapeOutcome[] {
  const key = (label: string): string => label.replace(/× \d+/, '');
  const quarter = new Map(target.shapes(size / 4).map((s) => [key(s.label), s.text]));
  return target.shapes(size).map((shape) => {
    const small = quarter.get(key(shape.label));
    const quarterMs = small === undefined ? 0 : measure(target, small).ms;
    const { ms, problem } = measure(target, shape.text);
    const outcome = { target: target.name, label: shape.label, chars: shape.text.length, ms, quarterMs };
    return problem === undefined ? outcome : { ...outcome, problem };
  });
}

function measure(target: FuzzTarget, text: string): { ms: number; problem: string | undefined } {
  const start = performance.now();
  try {
    const answer = target.parse(text);
    const ms = performance.now() - start;
    return { ms, problem: target.validate(text, answer) };
  } catch (e) {
    return { ms: performance.now() - start, problem: `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
  }
}
