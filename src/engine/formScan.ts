/**
 * RFC 5849 §3.4.1.3.1 for a form-encoded query or body, in one pass over its
 * bytes: split into fields, decode (`+` is space), and write each name and
 * value's second encoding into the ParamSet. A field that is already in §3.6
 * form (the usual case) reuses its raw text as its encoding, so a megabyte body
 * costs one loop and no per-character strings.
 */
import type { ParamSource } from './types.ts';
import type { ParamSet } from './paramSet.ts';
import { decodeAt, encodeWellFormed } from './percent.ts';
import { parseFormFields } from './form.ts';
import { fail, type Failure } from './result.ts';

const UNRESERVED = 0;
const PERCENT = 1;
const AMP = 2;
const EQUALS = 3;
const PLUS = 4;
const OTHER = 5;

/** Byte classes for the scan; every byte not listed is OTHER and gets escaped. */
const CLASS = new Uint8Array(256).fill(OTHER);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~') CLASS[c.charCodeAt(0)] = UNRESERVED;
CLASS[0x25] = PERCENT;
CLASS[0x26] = AMP;
CLASS[0x3d] = EQUALS;
CLASS[0x2b] = PLUS;

/** Hex digit values; upper-case digits get 16 added so one lookup also says "canonical" (RFC 5849 §3.6 wants upper case). */
const HEX = new Int8Array(256).fill(-1);
for (let v = 0; v < 16; v++) {
  HEX['0123456789ABCDEF'.charCodeAt(v)] = v + 16;
  if (v >= 10) HEX['abcdef'.charCodeAt(v - 10)] = v;
}
const UPPER_HEX = new Uint8Array([...'0123456789ABCDEF'].map((c) => c.charCodeAt(0)));

const encoder = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One field part (name or value) as the scan left it. */
interface Part {
  /** the part was already RFC 5849 §3.6-encoded, so its raw text is its encoding */
  canonical: boolean;
  /** the part had `%` or `+`, so its decoded form differs from its raw text */
  escaped: boolean;
}

class Scanner {
  i = 0;
  d = 0;
  j = 0;
  readonly part: Part = { canonical: true, escaped: false };
  readonly src: Uint8Array;
  readonly dec: Uint8Array;
  readonly out: Uint8Array;
  constructor(src: Uint8Array, dec: Uint8Array, out: Uint8Array) {
    this.src = src;
    this.dec = dec;
    this.out = out;
  }

  /** Scans one name (stopping at `=` or `&`) or value (stopping at `&`); returns the offset of a bad `%`, or -1. */
  scan(stopAtEquals: boolean): number {
    const { src, dec, out } = this;
    let { i, d, j } = this;
    let canonical = true;
    let escaped = false;
    for (const n = src.length; i < n; ) {
      const b = src[i] as number;
      const k = CLASS[b] as number;
      if (k === UNRESERVED) {
        dec[d++] = b;
        out[j++] = b;
        i++;
        continue;
      }
      if (k === AMP || (k === EQUALS && stopAtEquals)) break;
      let v = b;
      if (k === PERCENT) {
        const hi = HEX[src[i + 1] ?? 0] as number;
        const lo = HEX[src[i + 2] ?? 0] as number;
        if (hi < 0 || lo < 0) return i;
        v = ((hi & 15) << 4) | (lo & 15);
        if (hi < 16 || lo < 16 || CLASS[v] === UNRESERVED) canonical = false;
        escaped = true;
        i += 3;
      } else {
        if (k === PLUS) v = 0x20;
        escaped ||= k === PLUS;
        canonical = false;
        i++;
      }
      dec[d++] = v;
      if (CLASS[v] === UNRESERVED) {
        out[j++] = v;
      } else {
        out[j] = 0x25;
        out[j + 1] = 0x32;
        out[j + 2] = 0x35;
        out[j + 3] = UPPER_HEX[v >> 4] as number;
        out[j + 4] = UPPER_HEX[v & 15] as number;
        j += 5;
      }
    }
    this.i = i;
    this.d = d;
    this.j = j;
    this.part.canonical = canonical;
    this.part.escaped = escaped;
    return -1;
  }
}

/**
 * Adds the fields of text[from, to) to `set` (oauth_signature goes to `signatures`
 * instead). Raw non-ASCII text — rare, browsers escape it — takes the string path.
 */
export function scanForm(
  text: string, from: number, to: number, source: ParamSource, input: string, set: ParamSet, signatures?: string[],
): Failure | undefined {
  const src = encoder.encode(from === 0 && to === text.length ? text : text.slice(from, to));
  if (src.length !== to - from) return collectFields(text, from, to, source, input, set, signatures);
  // Worst case a raw byte becomes 5 (`+` → `%2520`).
  const s = new Scanner(src, new Uint8Array(src.length), set.reserve(src.length * 5));
  s.j = set.used;
  while (s.i < src.length) {
    if (src[s.i] === 0x26) {
      s.i++;
      continue;
    }
    const failed = scanField(s, text, from, source, input, set, signatures);
    if (failed !== undefined) return failed;
  }
  return undefined;
}

function badPercent(text: string, at: number, input: string): Failure {
  const shown = text.slice(at, at + 3);
  return fail('bad-percent-encoding', `"${shown}" at position ${at} is not a percent-encoding: "%" must be followed by two hex digits.`, at, input);
}

/** The decoded form of a part the scan wrote to dec[decFrom, decTo); the raw text when nothing was escaped. */
function decodePart(text: string, rawFrom: number, rawTo: number, dec: Uint8Array, decFrom: number, decTo: number, input: string): string | Failure {
  try {
    return utf8.decode(dec.subarray(decFrom, decTo));
  } catch {
    // Not UTF-8: the string decoder says where, and this path is only taken on bad input.
    return decodeAt(text.slice(rawFrom, rawTo), true, rawFrom, input);
  }
}

/** One `name[=value]` field at the scanner's position; `base` maps scan offsets back to `text`. */
function scanField(
  s: Scanner, text: string, base: number, source: ParamSource, input: string, set: ParamSet, signatures?: string[],
): Failure | undefined {
  const [rawStart, start, decStart] = [s.i, s.j, s.d];
  let bad = s.scan(true);
  if (bad !== -1) return badPercent(text, base + bad, input);
  const [rawMid, mid, decMid] = [s.i, s.j, s.d];
  const nameCanonical = s.part.canonical;
  const nameEscaped = s.part.escaped;
  const hasValue = s.src[s.i] === 0x3d;
  if (hasValue) {
    s.i++;
    bad = s.scan(false);
    if (bad !== -1) return badPercent(text, base + bad, input);
  }
  const valueFrom = base + (hasValue ? rawMid + 1 : rawMid);
  const name = nameEscaped ? decodePart(text, base + rawStart, base + rawMid, s.dec, decStart, decMid, input) : text.slice(base + rawStart, base + rawMid);
  if (typeof name !== 'string') return name;
  const valueEscaped = hasValue && s.part.escaped;
  const value = valueEscaped ? decodePart(text, valueFrom, base + s.i, s.dec, decMid, s.d, input) : text.slice(valueFrom, base + s.i);
  if (typeof value !== 'string') return value;
  if (name === 'oauth_signature') {
    signatures?.push(value);
    s.j = start;
    return undefined;
  }
  set.used = s.j;
  const encodedName = nameCanonical ? text.slice(base + rawStart, base + rawMid) : encodeWellFormed(name);
  const encodedValue = !hasValue || s.part.canonical ? text.slice(valueFrom, base + s.i) : encodeWellFormed(value);
  set.push(name, value, encodedName, encodedValue, source, start, mid);
  return undefined;
}

/** The string path for text with raw non-ASCII characters (and the reference the byte path must agree with). */
export function collectFields(
  text: string, from: number, to: number, source: ParamSource, input: string, set: ParamSet, signatures?: string[],
): Failure | undefined {
  const fields = parseFormFields(text, from, to, input);
  if (!Array.isArray(fields)) return fields;
  for (const f of fields) {
    if (f.name !== 'oauth_signature') set.add(f.name, f.value, source);
    else signatures?.push(f.value);
  }
  return undefined;
}
