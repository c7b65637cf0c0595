/**
 * The parameter part of the base string (RFC 5849 §3.4.1.1 step 5: the
 * §3.4.1.3.2 string, encoded again), written as bytes in one pass over the
 * sorted parameters. For a raw form field the same pass decodes it
 * (application/x-www-form-urlencoded, UTF-8) and checks whether its raw text
 * was already its §3.6 encoding, which is what the sort assumed.
 */
import type { Entry, ParamSet } from './paramSet.ts';
import { unitBuffer } from './scratch.ts';

const UNRESERVED = 0;
const PERCENT = 1;
const PLUS = 2;
const OTHER = 3;
const CLASS = new Uint8Array(256).fill(OTHER);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~') CLASS[c.charCodeAt(0)] = UNRESERVED;
CLASS[0x25] = PERCENT;
CLASS[0x2b] = PLUS;

/** Hex digit values, plus 16 for the upper-case digits RFC 5849 §3.6 requires, so one lookup says both. */
const HEX = new Int8Array(256).fill(-1);
for (let v = 0; v < 16; v++) {
  HEX['0123456789ABCDEF'.charCodeAt(v)] = v + 16;
  if (v >= 10) HEX['abcdef'.charCodeAt(v - 10)] = v;
}
const UPPER_HEX = new Uint8Array([...'0123456789ABCDEF'].map((c) => c.charCodeAt(0)));

/**
 * The byte of `%XX` at src[i]; 256 is added when the hex is lower case (valid,
 * but not the §3.6 form), and -1 means it is not hex at all.
 */
function hexByte(src: Uint8Array, i: number): number {
  const hi = HEX[src[i + 1] as number] as number;
  const lo = HEX[src[i + 2] as number] as number;
  if (hi < 0 || lo < 0) return -1;
  return (((hi & 15) << 4) | (lo & 15)) + ((hi & lo & 16) === 0 ? 256 : 0);
}

/** `%25XX`: an escaped byte, escaped again. */
function writeEscaped(out: Uint8Array, j: number, v: number): number {
  out[j] = 0x25;
  out[j + 1] = 0x32;
  out[j + 2] = 0x35;
  out[j + 3] = UPPER_HEX[v >> 4] as number;
  out[j + 4] = UPPER_HEX[v & 15] as number;
  return j + 5;
}

/** How a raw part came out of the pass. */
export const CANONICAL = 0;
export const RECODED = 1;
export const INVALID = 2;

/** The pass's cursor: output and decoded-unit positions, and the status of the last raw part. */
export class Writer {
  out: Uint8Array;
  j: number;
  src: Uint8Array;
  units: Uint16Array;
  u = 0;
  status = CANONICAL;
  constructor(out: Uint8Array, at: number, src: Uint8Array, unitCapacity: number) {
    this.out = out;
    this.j = at;
    this.src = src;
    this.units = unitBuffer(unitCapacity);
  }

  /** The second encoding of an already §3.6-encoded string: ASCII, `%` → `%25`. */
  encoded(s: string): void {
    const out = this.out;
    let j = this.j;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[j++] = c;
      if (c === 0x25) {
        out[j++] = 0x32;
        out[j++] = 0x35;
      }
    }
    this.j = j;
  }

  /** `%3D` or `%26`: the encoded `=` and `&` of the normalized string. */
  separator(a: number, b: number): void {
    this.out[this.j] = 0x25;
    this.out[this.j + 1] = a;
    this.out[this.j + 2] = b;
    this.j += 3;
  }

  /**
   * A raw form part src[from, to): its canonical second encoding written out, and
   * its decoded UTF-16 units (for a name too: not branching per byte is cheaper).
   * Sets `status` to CANONICAL when the raw text was already §3.6 form, RECODED
   * when it was not (`+`, lower-case hex, a raw `*`…), INVALID for a bad `%` or
   * bytes that are not UTF-8 (RFC 3629 §3). One long function on purpose: it is
   * the loop a megabyte body runs through, and the cursor lives in locals.
   */
  raw(from: number, to: number): void {
    const { src, out, units } = this;
    let j = this.j;
    let u = this.u;
    let status = CANONICAL;
    for (let i = from; i < to; ) {
      let b = src[i] as number;
      // Runs of unreserved bytes are the bulk of most values: copy them in a tight loop.
      while (CLASS[b] === UNRESERVED) {
        out[j++] = b;
        units[u++] = b;
        if (++i === to) break;
        b = src[i] as number;
      }
      if (i === to) break;
      const k = CLASS[b] as number;
      if (k !== PERCENT) {
        const v = k === PLUS ? 0x20 : b;
        j = writeEscaped(out, j, v);
        units[u++] = v;
        status = RECODED;
        i++;
        continue;
      }
      const h1 = src[i + 1] as number;
      const h2 = src[i + 2] as number;
      const hi = i + 2 < to ? (HEX[h1] as number) : -1;
      const lo = i + 2 < to ? (HEX[h2] as number) : -1;
      if ((hi | lo) < 0) return this.invalid();
      const v = ((hi & 15) << 4) | (lo & 15);
      if ((hi & lo & 16) !== 0 && CLASS[v] !== UNRESERVED) {
        // Already §3.6 form: the second encoding is the same escape behind `%25`.
        out[j] = 0x25;
        out[j + 1] = 0x32;
        out[j + 2] = 0x35;
        out[j + 3] = h1;
        out[j + 4] = h2;
        j += 5;
      } else {
        status = RECODED;
        j = CLASS[v] === UNRESERVED ? ((out[j] = v), j + 1) : writeEscaped(out, j, v);
      }
      i += 3;
      if (v < 0x80) {
        units[u++] = v;
        continue;
      }
      // A UTF-8 lead byte: its continuation bytes must follow, each escaped too.
      if (v < 0xc2 || v > 0xf4) return this.invalid();
      let need = v >= 0xf0 ? 3 : v >= 0xe0 ? 2 : 1;
      const min = need === 3 ? 0x10000 : need === 2 ? 0x800 : 0x80;
      let cp = v & (0x3f >> need);
      for (; need > 0; need--, i += 3) {
        const c = i + 2 < to && src[i] === 0x25 ? hexByte(src, i) : -1;
        if (c < 0 || (c & 0xc0) !== 0x80) return this.invalid();
        if (c > 0xff) status = RECODED;
        out[j] = 0x25;
        out[j + 1] = 0x32;
        out[j + 2] = 0x35;
        out[j + 3] = UPPER_HEX[(c >> 4) & 15] as number;
        out[j + 4] = UPPER_HEX[c & 15] as number;
        j += 5;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return this.invalid();
      if (cp >= 0x10000) {
        units[u++] = 0xd7c0 + (cp >> 10);
        units[u++] = 0xdc00 | (cp & 0x3ff);
      } else {
        units[u++] = cp;
      }
    }
    this.j = j;
    this.u = u;
    this.status = status;
  }

  private invalid(): void {
    this.status = INVALID;
  }
}

/** Per raw field, six numbers: ref, units start of its value, units end, name status, value status, unused. */
export const RAW_RECORD = 6;

export interface WrittenParameters {
  /** where each sorted parameter's `name%3Dvalue` starts and ends in the output */
  readonly starts: number[];
  readonly ends: number[];
  /** RAW_RECORD numbers per raw field the pass decoded */
  readonly raws: number[];
  readonly rawCount: number;
}

/** Writes `sorted` (joined by `%26`, name and value by `%3D`) from the writer's position. */
export function writeParameters(set: ParamSet, sorted: readonly Entry[], w: Writer): WrittenParameters {
  // Plain arrays: a typed array over 64 bytes is allocated outside the heap, which costs more than a small request's whole pass.
  const starts = new Array<number>(sorted.length);
  const ends = new Array<number>(sorted.length);
  // Sized for every parameter being raw, so a 10,000-field body does not regrow it as it fills.
  const raws = new Array<number>(RAW_RECORD * sorted.length);
  let rawCount = 0;
  const r = set.raw;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i] as Entry;
    const o = 4 * e.ref;
    starts[i] = w.j;
    if (r[o] === -1) {
      w.encoded(e.encodedName);
      w.separator(0x33, 0x44);
      w.encoded(e.encodedValue);
    } else {
      const unitsAt = w.u;
      w.raw(r[o] as number, r[o + 1] as number);
      const nameStatus = w.status;
      // indexForm already decoded the name: its units are dropped, so the pass decodes less text.
      w.u = unitsAt;
      w.separator(0x33, 0x44);
      const valueUnits = w.u;
      w.raw(r[o + 2] as number, r[o + 3] as number);
      const at = RAW_RECORD * rawCount++;
      raws[at] = e.ref;
      raws[at + 1] = valueUnits;
      raws[at + 2] = w.u;
      raws[at + 3] = nameStatus;
      raws[at + 4] = w.status;
    }
    ends[i] = w.j;
    if (i < sorted.length - 1) w.separator(0x32, 0x36);
  }
  return { starts, ends, raws, rawCount };
}
