/**
 * Base64 (RFC 4648 §4), both ways, without `btoa`/`atob`: their binary-string
 * detour costs an allocation per byte, and `atob` cannot say where bad input is.
 */
import { fail, type Failure } from './result.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** RFC 4648 §4 with padding. Signatures are 20–256 bytes, so plain concatenation beats building an array. */
export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63) + ALPHABET.charAt((n >>> 6) & 63) + ALPHABET.charAt(n & 63);
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
    const c3 = rest === 2 ? ALPHABET.charAt((n >>> 6) & 63) : '=';
    out += `${ALPHABET.charAt(n >>> 18)}${ALPHABET.charAt((n >>> 12) & 63)}${c3}=`;
  }
  return out;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * RFC 4648 §4 of text[from, to), whitespace ignored (PEM wraps lines). A bad
 * character gives a Failure at its offset in `text`; `input` names the text.
 */
export function base64Decode(text: string, from = 0, to = text.length, input?: string): Uint8Array | Failure {
  const out = new Uint8Array(Math.ceil(((to - from) * 3) / 4));
  let len = 0;
  let acc = 0;
  let bits = 0;
  let padAt = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    if (c === 0x3d) {
      if (padAt === -1) padAt = i;
      continue;
    }
    const v = c < 128 ? (VALUE[c] as number) : -1;
    if (v === -1 || padAt !== -1) {
      return fail('bad-base64', `"${text.charAt(i)}" at position ${i} is not base64.`, padAt !== -1 && v !== -1 ? padAt : i, input);
    }
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[len++] = (acc >>> bits) & 0xff;
    }
  }
  return out.subarray(0, len);
}
