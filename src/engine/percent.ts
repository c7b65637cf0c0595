/**
 * Percent-encoding as OAuth 1.0 uses it (RFC 5849 §3.6): UTF-8, then every octet
 * outside the unreserved set (ALPHA, DIGIT, "-", ".", "_", "~") as `%XX` with
 * upper-case hex. Validation happens once at the boundary; the internal
 * `encodeWellFormed` is the fast path the signer uses on already-checked input.
 */
import { fail, shift, type Failure } from './result.ts';

/** 1 for the RFC 3986 §2.3 unreserved characters, indexed by ASCII code. */
const UNRESERVED = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~') {
  UNRESERVED[c.charCodeAt(0)] = 1;
}

/** encodeURIComponent leaves these sub-delims alone; RFC 5849 §3.6 does not. */
const SUB_DELIMS_LEFT = /[!'()*]/g;
const SUB_DELIM_CODES: Readonly<Record<string, string>> = { '!': '%21', "'": '%27', '(': '%28', ')': '%29', '*': '%2A' };
const encodeSubDelim = (c: string): string => SUB_DELIM_CODES[c] ?? c;

/** Offset of the first unpaired UTF-16 surrogate, or -1. Such a string has no UTF-8 form. */
export function firstLoneSurrogate(s: string): number {
  const wf = (s as unknown as { isWellFormed?: () => boolean }).isWellFormed;
  if (wf !== undefined && wf.call(s)) return -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = s.charCodeAt(i + 1);
    if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
    else return i;
  }
  return -1;
}

export function loneSurrogateFailure(at: number, input?: string): Failure {
  return fail(
    'lone-surrogate',
    `The character at position ${at} is half of a UTF-16 surrogate pair; it has no UTF-8 encoding, so it cannot be percent-encoded (RFC 5849 §3.6).`,
    at,
    input,
  );
}

/**
 * RFC 5849 §3.6 for a string already known to be well-formed UTF-16.
 * Most names and values need no escaping, so they come back without allocation;
 * the rest go through the native encoder, whose output differs from §3.6 only in `!'()*`.
 */
export function encodeWellFormed(s: string): string {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || UNRESERVED[c] === 0) {
      return encodeURIComponent(s).replace(SUB_DELIMS_LEFT, encodeSubDelim);
    }
  }
  return s;
}

/** RFC 5849 §3.6. A lone surrogate gives a Failure with its position. */
export function percentEncode(value: string): string | Failure {
  const bad = firstLoneSurrogate(value);
  return bad === -1 ? encodeWellFormed(value) : loneSurrogateFailure(bad);
}

/**
 * RFC 5849 §3.6 for values the signer must not refuse (the contract's `signingKey`
 * returns a string): a lone surrogate becomes U+FFFD, exactly as TextEncoder would send it.
 */
export function encodeLenient(s: string): string {
  return encodeWellFormed(firstLoneSurrogate(s) === -1 ? s : toWellFormed(s));
}

/** String.prototype.toWellFormed, which ES2023 lacks: lone surrogates become U+FFFD. */
export function toWellFormed(s: string): string {
  const units: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const next = s.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      units.push(s.slice(i, i + 2));
      i++;
    } else {
      units.push(c >= 0xd800 && c <= 0xdfff ? '\uFFFD' : s.charAt(i));
    }
  }
  return units.join('');
}

export interface DecodeOptions {
  /** application/x-www-form-urlencoded: `+` means space (query strings and form bodies) */
  readonly plusIsSpace?: boolean;
}

/**
 * Reverses RFC 5849 §3.6 (and, with plusIsSpace, the form encoding of the
 * WHATWG URL standard). `%zz` or bytes that are not UTF-8 give a Failure with the position.
 */
export function percentDecode(value: string, opts?: DecodeOptions): string | Failure {
  return decodeAt(value, opts?.plusIsSpace === true, 0);
}

/** percentDecode with the Failure offset moved by `offset` (the value's place in a larger input). */
export function decodeAt(s: string, plusIsSpace: boolean, offset: number, input?: string): string | Failure {
  const spaced = plusIsSpace && s.indexOf('+') !== -1 ? s.replaceAll('+', ' ') : s;
  if (spaced.indexOf('%') === -1) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Only malformed input gets here, so the slow scan that finds the position costs nothing on the fast path.
    return shift(locateDecodeError(s), offset, input);
  }
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** Why and where decodeURIComponent refused `s`. */
function locateDecodeError(s: string): Failure {
  for (let i = s.indexOf('%'); i !== -1; i = s.indexOf('%', i + 1)) {
    if (!HEX.test(s.slice(i + 1, i + 3))) {
      const shown = s.slice(i, i + 3);
      return fail('bad-percent-encoding', `"${shown}" is not a percent-encoding: "%" must be followed by two hex digits.`, i);
    }
  }
  for (let i = s.indexOf('%'); i !== -1; ) {
    const lead = parseInt(s.slice(i + 1, i + 3), 16);
    const len = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    try {
      decodeURIComponent(s.slice(i, i + 3 * len));
    } catch {
      return fail('invalid-utf8', 'These percent-encoded bytes are not valid UTF-8.', i);
    }
    i = s.indexOf('%', i + 3 * len);
  }
  return fail('invalid-utf8', 'The percent-encoded bytes are not valid UTF-8.', 0);
}
