/**
 * Parameter normalisation, RFC 5849 §3.4.1.3.2: encode, sort, join — each step
 * kept as data, with the span every parameter occupies in the result.
 */
import type { EncodedParam, Param, Span } from './types.ts';
import { encodeLenient } from './percent.ts';

/**
 * RFC 5849 §3.4.1.3.2 step 2: by encoded name, then encoded value, in byte order.
 * Encoded strings are ASCII, so comparing UTF-16 code units is comparing bytes.
 */
export function compareEncoded(a: EncodedParam, b: EncodedParam): number {
  if (a.encodedName !== b.encodedName) return a.encodedName < b.encodedName ? -1 : 1;
  if (a.encodedValue === b.encodedValue) return 0;
  return a.encodedValue < b.encodedValue ? -1 : 1;
}

export function sortEncoded<T extends EncodedParam>(encoded: readonly T[]): T[] {
  return encoded.slice().sort(compareEncoded);
}

/**
 * RFC 5849 §3.4.1.3.2 steps 3–4: `name=value` joined by `&`, with where each pair landed.
 * `pairs` may hold, per ref, that pair's text already made (a slice of the input).
 */
export function joinNormalized(sorted: readonly EncodedParam[], pairs: readonly (string | undefined)[] = []): { value: string; spans: Span[] } {
  const parts = new Array<string>(sorted.length);
  const spans = new Array<Span>(sorted.length);
  let at = 0;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as EncodedParam;
    const pair = pairs[p.ref] ?? `${p.encodedName}=${p.encodedValue}`;
    parts[i] = pair;
    spans[i] = { ref: p.ref, start: at, end: at + pair.length };
    at += pair.length + 1;
  }
  return { value: parts.join('&'), spans };
}

/**
 * RFC 5849 §3.4.1.3.2. The contract returns a string, so a lone surrogate is
 * encoded as the U+FFFD a browser would send (signRequest refuses it instead).
 */
export function normalizeParameters(params: readonly Param[]): string {
  const encoded = params.map(([name, value], ref): EncodedParam => ({
    ref, name, value, encodedName: encodeLenient(name), encodedValue: encodeLenient(value),
  }));
  return joinNormalized(sortEncoded(encoded)).value;
}
