/**
 * Runs the assemble.ts pass over parameters in a given order and applies what it
 * learnt: raw fields get their decoded values, and those whose raw text was not
 * their §3.6 encoding get the real encoding (so the caller may need to sort again).
 */
import type { Entry, ParamSet, Segment } from './paramSet.ts';
import { INVALID, RAW_RECORD, RECODED, Writer, writeParameters } from './assemble.ts';
import { decodeAt, encodeWellFormed } from './percent.ts';
import { outputBuffer, sourceBuffer } from './scratch.ts';
import { fail, type Failure } from './result.ts';

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le');

/** Code units to a string: one native call on little-endian machines (all of them, in practice). */
function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return utf16.decode(units.subarray(0, length));
  const parts: string[] = [];
  for (let i = 0; i < length; i += 4096) parts.push(String.fromCharCode(...units.subarray(i, Math.min(length, i + 4096))));
  return parts.join('');
}

/** Upper bound of the bytes the pass writes: a raw byte becomes at most 5 (`+` → `%2520`), an encoded character 3. */
export function passCapacity(set: ParamSet): number {
  let n = 5 * set.sourceUsed + 6 * set.entries.length;
  for (let i = 0; i < set.entries.length; i++) {
    if (set.raw[4 * i] !== -1) continue;
    const e = set.entries[i] as Entry;
    n += 3 * (e.encodedName.length + e.encodedValue.length);
  }
  return n;
}

/** The position and reason of a raw part the pass refused, from the string decoder (bad input only). */
function refusal(set: ParamSet, ref: number, part: 0 | 2): Failure {
  const segment = set.segments[ref];
  const from = (set.raw[4 * ref + part] as number) + (segment?.delta ?? 0);
  const to = (set.raw[4 * ref + part + 1] as number) + (segment?.delta ?? 0);
  const decoded = decodeAt(segment?.text.slice(from, to) ?? '', true, from, segment?.input);
  return typeof decoded === 'string' ? fail('invalid-utf8', 'The percent-encoded bytes are not valid UTF-8.', from, segment?.input) : decoded;
}

/** A raw field's `name=value` as it stands in its text; undefined when it has no `=` to slice with. */
function rawPair(set: ParamSet, ref: number): string | undefined {
  const o = 4 * ref;
  const nameTo = set.raw[o + 1] as number;
  if (set.raw[o + 2] !== nameTo + 1) return undefined;
  const segment = set.segments[ref] as Segment;
  return segment.text.slice((set.raw[o] as number) + segment.delta, (set.raw[o + 3] as number) + segment.delta);
}

/** Applies the pass's result for raw record `k`; returns true when the field's encoding changed. */
function apply(set: ParamSet, raws: readonly number[], k: number, decoded: string): boolean {
  const o = RAW_RECORD * k;
  const e = set.entries[raws[o] as number] as Entry;
  e.value = decoded.slice(raws[o + 1], raws[o + 2]);
  const nameRecoded = raws[o + 3] === RECODED;
  const valueRecoded = raws[o + 4] === RECODED;
  if (nameRecoded) e.encodedName = encodeWellFormed(e.name);
  if (valueRecoded) e.encodedValue = encodeWellFormed(e.value);
  if (!nameRecoded && !valueRecoded) set.pairs[e.ref] = rawPair(set, e.ref);
  return nameRecoded || valueRecoded;
}

export interface PassResult {
  readonly writer: Writer;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** some raw field's encoding changed, so `order` may no longer be sorted */
  readonly recoded: boolean;
}

/** The pass over `order`, writing into the output buffer after `head` bytes already placed by the caller. */
export function runPass(set: ParamSet, order: readonly Entry[], headLength: number): PassResult | Failure {
  const out = outputBuffer(headLength + passCapacity(set));
  const w = new Writer(out, headLength, sourceBuffer(0), set.sourceUsed);
  const { starts, ends, raws, rawCount } = writeParameters(set, order, w);
  let recoded = false;
  if (rawCount > 0) {
    // Sized up front: filled in sorted order, a growing array would go sparse.
    set.pairs = new Array<string | undefined>(set.entries.length);
    for (let k = 0; k < rawCount; k++) {
      const o = RAW_RECORD * k;
      if (raws[o + 3] === INVALID) return refusal(set, raws[o] as number, 0);
      if (raws[o + 4] === INVALID) return refusal(set, raws[o] as number, 2);
    }
    const decoded = unitsToString(w.units, w.u);
    for (let k = 0; k < rawCount; k++) recoded = apply(set, raws, k, decoded) || recoded;
  }
  return { writer: w, starts, ends, recoded };
}
