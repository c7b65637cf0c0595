/** The signature base string, RFC 5849 §3.4.1.1, with where each parameter sits inside it. */
import type { BaseStringParts, EncodedParam, Param, Span } from './types.ts';
import type { ParamSet } from './paramSet.ts';
import { encodeLenient, encodeWellFormed } from './percent.ts';
import { parseRequestUri } from './baseStringUri.ts';
import { normalizeParameters } from './normalize.ts';
import type { Failure } from './result.ts';

/** RFC 5849 §3.4.1.1 step 1: upper case, and §3.6-encoded for the rare custom method. */
export function baseStringMethod(method: string): string {
  return encodeLenient(method.toUpperCase());
}

/** The base string as the trace shows it and as the signature method hashes it. */
export interface BuiltBaseString {
  readonly parts: BaseStringParts;
  /** `parts.full` as bytes (it is ASCII) */
  readonly bytes: Uint8Array;
}

const ascii = new TextDecoder();

/**
 * RFC 5849 §3.4.1.1 from sorted parameters whose second encodings `set` holds:
 * the parameter part is those bytes copied in sorted order, joined by `%3D` and
 * `%26` (the encoded `=` and `&`), which also gives each parameter its span.
 */
export function buildBaseString(method: string, uri: string, sorted: readonly EncodedParam[], normalized: string, set: ParamSet): BuiltBaseString {
  const m = baseStringMethod(method);
  const head = `${m}&${encodeWellFormed(uri)}&`;
  const r = set.ranges;
  let total = head.length + Math.max(0, sorted.length - 1) * 3;
  for (const p of sorted) total += (r[3 * p.ref + 2] as number) - (r[3 * p.ref] as number) + 3;
  const out = new Uint8Array(total);
  let j = copyAscii(head, out);
  const spans = new Array<Span>(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const ref = (sorted[i] as EncodedParam).ref;
    const spanStart = j;
    j = copyBytes(set.bytes, r[3 * ref] as number, r[3 * ref + 1] as number, out, j);
    j = put3(out, j, 0x33, 0x44); // %3D
    j = copyBytes(set.bytes, r[3 * ref + 1] as number, r[3 * ref + 2] as number, out, j);
    spans[i] = { ref, start: spanStart, end: j };
    if (i < sorted.length - 1) j = put3(out, j, 0x32, 0x36); // %26
  }
  const parts = { method: m, uri, parameters: normalized, full: ascii.decode(out), spans };
  return { parts, bytes: out };
}

function copyAscii(s: string, out: Uint8Array): number {
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return s.length;
}

/** Short copies by hand: a subarray per parameter would cost more than the copy. */
function copyBytes(src: Uint8Array, from: number, to: number, out: Uint8Array, at: number): number {
  if (to - from > 32) {
    out.set(src.subarray(from, to), at);
    return at + to - from;
  }
  for (let i = from; i < to; i++) out[at++] = src[i] as number;
  return at;
}

function put3(out: Uint8Array, at: number, a: number, b: number): number {
  out[at] = 0x25;
  out[at + 1] = a;
  out[at + 2] = b;
  return at + 3;
}

/** RFC 5849 §3.4.1.1. A relative or malformed URL gives a Failure with the position. */
export function signatureBaseString(method: string, url: string, params: readonly Param[]): string | Failure {
  const parsed = parseRequestUri(url);
  if ('ok' in parsed) return parsed;
  const normalized = normalizeParameters(params);
  return `${baseStringMethod(method)}&${encodeWellFormed(parsed.baseUri)}&${encodeWellFormed(normalized)}`;
}
