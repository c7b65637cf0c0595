/**
 * Decoding the oauth parameters off the wire. Encoding (for the base string and
 * the responses) is oauth-sign's `rfc3986`, so nothing here is shared with
 * src/engine: a percent-encoding bug there cannot be mirrored here.
 */
import { rfc3986 } from 'oauth-sign';

export { rfc3986 as percentEncode };

export type Pair = readonly [name: string, value: string];

export type Decoded<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly bad: string };

/** Strict percent-decoding: '%ZZ' or bytes that are not UTF-8 are an error, not silently kept. */
export function percentDecode(text: string): Decoded<string> {
  try {
    return { ok: true, value: decodeURIComponent(text) };
  } catch {
    return { ok: false, bad: text };
  }
}

/**
 * application/x-www-form-urlencoded (W3C HTML 4.01 §17.13.4), which RFC 5849
 * §3.4.1.3.1 prescribes for the query and the body: '+' is a space.
 */
export function parseForm(text: string): Decoded<Pair[]> {
  const pairs: Pair[] = [];
  for (const part of text.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = percentDecode((eq < 0 ? part : part.slice(0, eq)).replace(/\+/g, ' '));
    const value = percentDecode((eq < 0 ? '' : part.slice(eq + 1)).replace(/\+/g, ' '));
    if (!name.ok) return name;
    if (!value.ok) return value;
    pairs.push([name.value, value.value]);
  }
  return { ok: true, value: pairs };
}

/** The form encoding the provider answers with (RFC 5849 §2.1: oauth_token=…&oauth_token_secret=…). */
export function formatForm(pairs: readonly Pair[]): string {
  return pairs.map(([n, v]) => `${rfc3986(n)}=${rfc3986(v)}`).join('&');
}
