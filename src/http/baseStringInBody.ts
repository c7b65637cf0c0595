/**
 * Finds the signature base string a provider reports back with a
 * signature_invalid, wherever it puts it: an `oauth_signature_base_string` field
 * (the reference provider), `debug_sbs` (Magento, Flickr — often not encoded as
 * a field value, so the base string's own `&`s split it), or an "Expected
 * signature base string" sentence (Yelp). All scans are linear.
 */
import { percentDecode } from '../engine/percent.ts';
import type { Param } from '../engine/types.ts';

export function findBaseString(body: string, fields: readonly Param[]): string | undefined {
  const field = fields.find(([name]) => name === 'oauth_signature_base_string')?.[1];
  if (field !== undefined && field !== '') return field;
  return debugSbs(body) ?? expectedSentence(body);
}

/** A base string is METHOD & encoded URI & encoded parameters: no raw `&` inside the parts. */
function looksLikeBaseString(s: string): boolean {
  return /^[A-Za-z]+&https?%3A%2F%2F[^&\s]*&[^&\s]*$/i.test(s);
}

function debugSbs(body: string): string | undefined {
  const key = body.indexOf('debug_sbs=');
  if (key === -1) return undefined;
  const start = key + 'debug_sbs='.length;
  // Encoded as a field value: it ends at the next `&`, and its own `&`s are `%26`.
  const fieldEnd = endOf(body, start, '&');
  const asField = percentDecode(body.slice(start, fieldEnd), { plusIsSpace: true });
  if (typeof asField === 'string' && looksLikeBaseString(asField)) return asField;
  // Raw: exactly three `&`-separated parts.
  const uriEnd = endOf(body, fieldEnd + 1, '&');
  const raw = body.slice(start, endOf(body, uriEnd + 1, '&'));
  return looksLikeBaseString(raw) ? raw : undefined;
}

/** Offset of the next `stop`, whitespace or quote after `from` (or the end). */
function endOf(body: string, from: number, stop: string): number {
  let i = from;
  while (i < body.length) {
    const c = body.charAt(i);
    if (c === stop || c === '"' || c === '<' || c.charCodeAt(0) <= 0x20) break;
    i++;
  }
  return i;
}

function expectedSentence(body: string): string | undefined {
  const key = body.toLowerCase().indexOf('expected signature base string');
  if (key === -1) return undefined;
  let start = key + 'expected signature base string'.length;
  while (start < body.length && ':= \t\r\n"\''.includes(body.charAt(start))) start++;
  let end = start;
  while (end < body.length && !' \t\r\n"\'<'.includes(body.charAt(end))) end++;
  const found = body.slice(start, end);
  return looksLikeBaseString(found) ? found : undefined;
}
