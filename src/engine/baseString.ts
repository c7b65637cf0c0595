/** The signature base string, RFC 5849 §3.4.1.1, with where each parameter sits inside it. */
import type { BaseStringParts, EncodedParam, Param, Span } from './types.ts';
import { encodeLenient, encodeWellFormed } from './percent.ts';
import { parseRequestUri } from './baseStringUri.ts';
import { normalizeParameters } from './normalize.ts';
import type { Failure } from './result.ts';

/**
 * The second encoding of an already-encoded string: its only reserved characters
 * are `%`, and `=`/`&` between pairs, which are written directly below.
 */
const reencode = (encoded: string): string => (encoded.indexOf('%') === -1 ? encoded : encoded.replaceAll('%', '%25'));

/** RFC 5849 §3.4.1.1 step 1: upper case, and §3.6-encoded for the rare custom method. */
export function baseStringMethod(method: string): string {
  return encodeLenient(method.toUpperCase());
}

/**
 * RFC 5849 §3.4.1.1 from sorted, encoded parameters. Encoding the normalized string
 * pair by pair (rather than as one string) is what gives each parameter its span.
 */
export function buildBaseString(method: string, uri: string, sorted: readonly EncodedParam[], normalized: string): BaseStringParts {
  const head = `${baseStringMethod(method)}&${encodeWellFormed(uri)}&`;
  const parts = new Array<string>(sorted.length);
  const spans = new Array<Span>(sorted.length);
  let at = head.length;
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as EncodedParam;
    const part = `${reencode(p.encodedName)}%3D${reencode(p.encodedValue)}`;
    parts[i] = part;
    spans[i] = { ref: p.ref, start: at, end: at + part.length };
    at += part.length + 3;
  }
  return { method: baseStringMethod(method), uri, parameters: normalized, full: head + parts.join('%26'), spans };
}

/** RFC 5849 §3.4.1.1. A relative or malformed URL gives a Failure with the position. */
export function signatureBaseString(method: string, url: string, params: readonly Param[]): string | Failure {
  const parsed = parseRequestUri(url);
  if ('ok' in parsed) return parsed;
  const normalized = normalizeParameters(params);
  return `${baseStringMethod(method)}&${encodeWellFormed(parsed.baseUri)}&${encodeWellFormed(normalized)}`;
}
