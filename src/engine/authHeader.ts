/**
 * The `Authorization: OAuth …` header of RFC 5849 §3.5.1, both ways. Parsing is
 * lenient where real providers are (Akana's sample has unquoted `scope=Scope1`,
 * pasted headers wrap lines) and precise about where it gives up.
 */
import type { Param, Result } from './types.ts';
import { decodeAt, encodeLenient } from './percent.ts';
import { fail, ok, type Failure } from './result.ts';

export interface AuthorizationHeader {
  readonly realm?: string;
  /** every parameter but realm, decoded, oauth_signature included */
  readonly params: Param[];
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isSeparator = (c: number): boolean => c === 0x2c || isSpace(c);
const err = (code: string, message: string, at: number): Failure => fail(code, message, at, 'authorization');

function skip(s: string, i: number, test: (c: number) => boolean): number {
  while (i < s.length && test(s.charCodeAt(i))) i++;
  return i;
}

/** True when the header value uses the OAuth scheme (RFC 5849 §3.5.1: case-insensitive). */
export function isOAuthScheme(value: string): boolean {
  const i = skip(value, 0, isSpace);
  return value.slice(i, i + 5).toLowerCase() === 'oauth' && (i + 5 === value.length || isSpace(value.charCodeAt(i + 5)));
}

/**
 * RFC 5849 §3.5.1. Accepts an optional leading `Authorization:`; parameters may be
 * separated by commas and any whitespace; values quoted or not, then percent-decoded
 * (realm excepted: it is an RFC 2617 quoted-string, not percent-encoded).
 */
export function parseAuthorizationHeader(value: string): Result<AuthorizationHeader> {
  let i = skip(value, 0, isSpace);
  if (value.slice(i, i + 14).toLowerCase() === 'authorization:') i = skip(value, i + 14, isSpace);
  if (!isOAuthScheme(value.slice(i))) {
    return err('not-oauth-header', 'The Authorization header must start with the scheme "OAuth" (RFC 5849 §3.5.1).', i);
  }
  const params: Param[] = [];
  let realm: string | undefined;
  for (i = skip(value, i + 5, isSeparator); i < value.length; i = skip(value, i, isSeparator)) {
    const p = parseParam(value, i);
    if ('ok' in p) return p;
    i = p.next;
    if (p.name === 'realm' && realm === undefined) realm = p.raw;
    else if (p.name !== 'realm') {
      const decoded = decodeAt(p.raw, false, p.valueAt, 'authorization');
      if (typeof decoded !== 'string') return decoded;
      params.push([p.name, decoded]);
    }
  }
  return ok(realm === undefined ? { params } : { realm, params });
}

interface RawParam {
  readonly name: string;
  readonly raw: string;
  readonly valueAt: number;
  readonly next: number;
}

/** One `name="value"` or `name=value` starting at `i`. */
function parseParam(s: string, i: number): RawParam | Failure {
  const nameStart = i;
  while (i < s.length && !isSeparator(s.charCodeAt(i)) && s.charCodeAt(i) !== 0x3d && s.charCodeAt(i) !== 0x22) i++;
  // An empty name is let through (`=""` is what building one gives); anything else that is not a name is refused.
  if (i === nameStart && s.charCodeAt(i) !== 0x3d) return err('bad-authorization-header', `Expected a parameter name at position ${i}.`, i);
  const rawName = s.slice(nameStart, i);
  const name = decodeAt(rawName, false, nameStart, 'authorization');
  if (typeof name !== 'string') return name;
  i = skip(s, i, isSpace);
  if (s.charCodeAt(i) !== 0x3d) {
    return err('bad-authorization-header', `The parameter "${rawName}" has no "=" and value (RFC 5849 §3.5.1).`, i);
  }
  i = skip(s, i + 1, isSpace);
  if (s.charCodeAt(i) !== 0x22) {
    const start = i;
    while (i < s.length && !isSeparator(s.charCodeAt(i))) i++;
    return { name, raw: s.slice(start, i), valueAt: start, next: i };
  }
  return parseQuoted(s, i, name);
}

/** An RFC 7230 quoted-string starting at the quote `open`; backslash escapes the next character. */
function parseQuoted(s: string, open: number, name: string): RawParam | Failure {
  const close = s.indexOf('"', open + 1);
  if (close === -1) return err('bad-authorization-header', `The value of "${name}" opens a quote that is never closed.`, open);
  // Look only inside this value: scanning the whole header per value made long headers quadratic.
  if (!s.slice(open + 1, close).includes('\\')) {
    return { name, raw: s.slice(open + 1, close), valueAt: open + 1, next: close + 1 };
  }
  const parts: string[] = [];
  let i = open + 1;
  for (; i < s.length && s.charCodeAt(i) !== 0x22; i++) {
    if (s.charCodeAt(i) === 0x5c) i++;
    parts.push(s.charAt(i));
  }
  if (i >= s.length) return err('bad-authorization-header', `The value of "${name}" opens a quote that is never closed.`, open);
  return { name, raw: parts.join(''), valueAt: open + 1, next: i + 1 };
}

/** RFC 5849 §3.5.1: `OAuth realm="…", name="value", …` with names and values percent-encoded (§3.6). */
export function buildAuthorizationHeader(params: readonly Param[], realm?: string): string {
  const parts: string[] = [];
  if (realm !== undefined) parts.push(`realm="${realm.replace(/["\\]/g, '\\$&')}"`);
  for (const [name, value] of params) parts.push(`${encodeLenient(name)}="${encodeLenient(value)}"`);
  return parts.length === 0 ? 'OAuth' : `OAuth ${parts.join(', ')}`;
}
