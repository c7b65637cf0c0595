/**
 * The inputs a fuzz target gets, as fast-check arbitraries: random text and
 * bytes (invalid UTF-16 included), near-valid mutations of real examples,
 * strings assembled from the format's own pieces, very long input and, for
 * JSON formats, deeply nested input. One mix serves every target; only the
 * seeds and the dictionary differ.
 */
import fc from 'fast-check';
import type { FuzzTarget } from './target.ts';

/** Any UTF-16 code unit, so lone surrogates and unpaired halves come up often. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const awkward = fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uDBFF\uDBFF', '\u0000', '\u2028', '\uFEFF', '\uFFFD', '😀', 'é', '\r', '\x7f');
const char = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }, { weight: 2, arbitrary: codeUnit }, { weight: 1, arbitrary: awkward });

/** Random text: full Unicode, raw UTF-16 code units (lone surrogates), and plain ASCII. */
export const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 300 }),
);

/** Random bytes read as a person's clipboard might hand them over: Latin-1, or UTF-8 with replacement characters. */
export const randomBytes: fc.Arbitrary<string> = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.boolean()).map(([bytes, utf8]) =>
  utf8 ? new TextDecoder('utf-8').decode(bytes) : String.fromCharCode(...bytes),
);

type Edit = (s: string, piece: string, a: number, b: number) => string;

/** The edits a near-valid input gets: insert, delete, replace, duplicate a segment, cut short. Positions are fractions of the length. */
const EDITS: readonly Edit[] = [
  (s, piece, a) => s.slice(0, at(s, a)) + piece + s.slice(at(s, a)),
  (s, _p, a, b) => s.slice(0, at(s, a)) + s.slice(at(s, a) + 1 + Math.floor(b * 8)),
  (s, piece, a) => s.slice(0, at(s, a)) + piece + s.slice(at(s, a) + 1),
  (s, _p, a, b) => {
    const from = at(s, Math.min(a, b));
    const to = at(s, Math.max(a, b));
    return s.slice(0, to) + s.slice(from, to) + s.slice(to);
  },
  (s, _p, a) => s.slice(0, at(s, a)),
];

function at(s: string, fraction: number): number {
  return Math.min(s.length, Math.floor(fraction * (s.length + 1)));
}

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** A real example with one to eight edits, each inserting a format piece or a random character. */
export function mutated(seeds: readonly string[], dictionary: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...dictionary) }, { weight: 1, arbitrary: char });
  const edit = fc.tuple(fc.nat(EDITS.length - 1), piece, fraction, fraction);
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([seed, edits]) =>
    edits.reduce((s, [e, p, a, b]) => (EDITS[e] as Edit)(s, p, a, b), seed),
  );
}

/** The start of a real example followed by pieces of the format: steers random text deep into the parser. */
export function assembled(seeds: readonly string[], dictionary: readonly string[]): fc.Arbitrary<string> {
  const start = fc.tuple(fc.constantFrom(...seeds), fraction).map(([s, f]) => s.slice(0, at(s, f)));
  return fc.tuple(start, fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...dictionary) }, { weight: 1, arbitrary: char }), { maxLength: 40 }))
    .map(([s, parts]) => s + parts.join(''));
}

/** A real example with one piece repeated hundreds to thousands of times somewhere inside it. */
export function long(seeds: readonly string[], dictionary: readonly string[], maxRepeat: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.constantFrom(...dictionary), fc.integer({ min: 100, max: maxRepeat }), fraction)
    .map(([seed, piece, n, f]) => seed.slice(0, at(seed, f)) + piece.repeat(n) + seed.slice(at(seed, f)));
}

/** A real JSON example buried under `depth` arrays or objects, or an unbalanced run of openers. */
export function nested(seeds: readonly string[], maxDepth: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.integer({ min: 1, max: maxDepth }), fc.nat(3)).map(([seed, depth, kind]) => {
    if (kind === 0) return '['.repeat(depth) + seed + ']'.repeat(depth);
    if (kind === 1) return '{"a":'.repeat(depth) + seed + '}'.repeat(depth);
    if (kind === 2) return `{"log":{"entries":[${'['.repeat(depth)}${seed}${']'.repeat(depth)}]}}`;
    return '[{"request":'.repeat(depth) + seed;
  });
}

export interface MixOptions {
  /** the longest repeat run `long` makes (the 1 MiB inputs are separate: see linear.ts) */
  readonly maxRepeat: number;
  readonly maxDepth: number;
}

/** Every kind of input for one target, weighted towards the near-valid ones that reach deep code. */
export function inputsFor(target: FuzzTarget, options: MixOptions): fc.Arbitrary<string> {
  const { seeds, dictionary } = target;
  const mix: fc.WeightedArbitrary<string>[] = [
    { weight: 2, arbitrary: randomText },
    { weight: 1, arbitrary: randomBytes },
    { weight: 5, arbitrary: mutated(seeds, dictionary) },
    { weight: 3, arbitrary: assembled(seeds, dictionary) },
    { weight: 1, arbitrary: long(seeds, dictionary, options.maxRepeat) },
  ];
  if (target.json === true) mix.push({ weight: 1, arbitrary: nested(seeds, options.maxDepth) });
  if (target.extra !== undefined) mix.push({ weight: 5, arbitrary: target.extra() });
  return fc.oneof(...mix);
}
