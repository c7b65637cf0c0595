/**
 * The base string URI of RFC 5849 §3.4.1.2, parsed by hand rather than with
 * `new URL` so that a bad URL comes back with the position of the bad character.
 */
import { fail, type Failure } from './result.ts';
import { firstLoneSurrogate, loneSurrogateFailure } from './percent.ts';
import { removeDotSegments } from './dotSegments.ts';

/** Where the parts of a request URL sit; offsets are into the URL string. */
export interface RequestUri {
  /** RFC 5849 §3.4.1.2 */
  readonly baseUri: string;
  /** the query without `?`, [queryStart, queryEnd); -1 when there is no `?` */
  readonly queryStart: number;
  readonly queryEnd: number;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443' };

/** Characters a URL may not carry raw in its host (WHATWG forbidden host code points, plus controls). */
const FORBIDDEN_HOST = new Uint8Array(128);
for (let c = 0; c <= 0x20; c++) FORBIDDEN_HOST[c] = 1;
for (const c of '#%/:<>?@[\\]^|"{}`\x7f') FORBIDDEN_HOST[c.charCodeAt(0)] = 1;

/** What a browser percent-encodes in a path before sending it (WHATWG path percent-encode set). */
const PATH_ENCODE = new Uint8Array(128);
for (let c = 0; c <= 0x20; c++) PATH_ENCODE[c] = 1;
for (const c of '"<>`{}\x7f') PATH_ENCODE[c.charCodeAt(0)] = 1;

const bad = (code: string, message: string, at: number): Failure => fail(code, message, at, 'url');

/** RFC 5849 §3.4.1.2: scheme and host lower-cased, default port dropped, dot segments resolved, query/fragment/userinfo dropped. */
export function baseStringUri(url: string): string | Failure {
  const parsed = parseRequestUri(url);
  return 'ok' in parsed ? parsed : parsed.baseUri;
}

/** RFC 5849 §3.4.1.2, keeping where the query is so §3.4.1.3.1 can read it from the same parse. */
export function parseRequestUri(url: string): RequestUri | Failure {
  const surrogate = firstLoneSurrogate(url);
  if (surrogate !== -1) return loneSurrogateFailure(surrogate, 'url');
  let start = 0;
  let end = url.length;
  while (start < end && url.charCodeAt(start) <= 0x20) start++;
  while (end > start && url.charCodeAt(end - 1) <= 0x20) end--;
  const schemeEnd = findSchemeEnd(url, start, end);
  if (schemeEnd === -1) {
    return bad('relative-url', 'The URL is relative: it needs a scheme and a host, like https://example.com/path (RFC 5849 §3.4.1.2).', start);
  }
  const scheme = url.slice(start, schemeEnd).toLowerCase();
  const defaultPort = DEFAULT_PORTS[scheme];
  if (defaultPort === undefined) {
    return bad('unsupported-scheme', `The URL scheme "${scheme}" is not http or https, the only schemes RFC 5849 §3.4.1.2 signs.`, start);
  }
  if (url.charCodeAt(schemeEnd + 1) !== 0x2f || url.charCodeAt(schemeEnd + 2) !== 0x2f) {
    return bad('malformed-url', `"${scheme}:" must be followed by "//" and a host.`, schemeEnd + 1);
  }
  const authStart = schemeEnd + 3;
  const authEnd = findAny(url, authStart, end, '/?#');
  const authority = parseAuthority(url, authStart, authEnd, defaultPort);
  if (typeof authority !== 'string') return authority;
  const pathEnd = findAny(url, authEnd, end, '?#');
  const path = pathEnd === authEnd ? '/' : removeDotSegments(encodePath(url.slice(authEnd, pathEnd)));
  const hasQuery = url.charCodeAt(pathEnd) === 0x3f && pathEnd < end;
  const hash = hasQuery ? url.indexOf('#', pathEnd) : -1;
  const queryEnd = hasQuery ? (hash === -1 || hash > end ? end : hash) : -1;
  return { baseUri: `${scheme}://${authority}${path}`, queryStart: hasQuery ? pathEnd + 1 : -1, queryEnd };
}

/** Index of the `:` ending an RFC 3986 §3.1 scheme, or -1 when the URL has none (is relative). */
function findSchemeEnd(url: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = url.charCodeAt(i);
    const alpha = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
    if (alpha) continue;
    if (i > start && ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e)) continue;
    return c === 0x3a && i > start ? i : -1;
  }
  return -1;
}

/** First index in s[from, end) of one of up to three delimiter characters, or `end`. */
function findAny(s: string, from: number, end: number, chars: string): number {
  const a = chars.charCodeAt(0);
  const b = chars.charCodeAt(1);
  const c = chars.length > 2 ? chars.charCodeAt(2) : -1;
  for (let i = from; i < end; i++) {
    const x = s.charCodeAt(i);
    if (x === a || x === b || x === c) return i;
  }
  return end;
}

/** host[:port] of RFC 3986 §3.2, userinfo dropped; returns the §3.4.1.2 authority or a Failure. */
function parseAuthority(url: string, from: number, to: number, defaultPort: string): string | Failure {
  const at = url.lastIndexOf('@', to - 1);
  const hostStart = at >= from ? at + 1 : from;
  let hostEnd: number;
  let host: string | Failure;
  if (url.charCodeAt(hostStart) === 0x5b) {
    hostEnd = url.indexOf(']', hostStart);
    if (hostEnd === -1 || hostEnd >= to) return bad('malformed-url', 'The IPv6 host has no closing "]".', hostStart);
    host = parseIpv6(url, hostStart + 1, hostEnd);
    hostEnd++;
  } else {
    const colon = url.indexOf(':', hostStart);
    hostEnd = colon !== -1 && colon < to ? colon : to;
    host = parseRegName(url, hostStart, hostEnd);
  }
  if (typeof host !== 'string') return host;
  if (hostEnd === to) return host;
  if (url.charCodeAt(hostEnd) !== 0x3a) return bad('malformed-url', 'Expected ":" and a port after the host.', hostEnd);
  const port = parsePort(url, hostEnd + 1, to);
  if (typeof port !== 'string') return port;
  return port === '' || port === defaultPort ? host : `${host}:${port}`;
}

function parseIpv6(url: string, from: number, to: number): string | Failure {
  for (let i = from; i < to; i++) {
    if (!/[0-9A-Fa-f:.]/.test(url.charAt(i))) return bad('malformed-url', `"${url.charAt(i)}" cannot appear in an IPv6 address.`, i);
  }
  return `[${url.slice(from, to).toLowerCase()}]`;
}

function parseRegName(url: string, from: number, to: number): string | Failure {
  if (from === to) return bad('missing-host', 'The URL has no host.', from);
  let ascii = true;
  for (let i = from; i < to; i++) {
    const c = url.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (FORBIDDEN_HOST[c] === 1) return bad('malformed-url', `"${url.charAt(i)}" cannot appear in a host name.`, i);
  }
  const host = url.slice(from, to).toLowerCase();
  return ascii ? host : toAsciiHost(host, from);
}

/** An internationalised host goes on the wire as punycode (UTS #46), which is what gets signed. */
function toAsciiHost(host: string, at: number): string | Failure {
  try {
    return new URL(`http://${host}/`).hostname;
  } catch {
    return bad('malformed-url', `"${host}" is not a valid internationalised host name.`, at);
  }
}

function parsePort(url: string, from: number, to: number): string | Failure {
  for (let i = from; i < to; i++) {
    const c = url.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return bad('bad-port', `The port may contain only digits; found "${url.charAt(i)}".`, i);
  }
  if (from === to) return '';
  const port = Number(url.slice(from, to));
  return port > 65535 ? bad('bad-port', `The port ${port} is above 65535.`, from) : String(port);
}

/** The path as a browser sends it: raw spaces, quotes and non-ASCII get percent-encoded, existing `%XX` stays. */
function encodePath(path: string): string {
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c >= 128 || PATH_ENCODE[c] === 1) return encodePathSlow(path);
  }
  return path;
}

function encodePathSlow(path: string): string {
  const parts: string[] = [];
  for (const ch of path) {
    const c = ch.charCodeAt(0);
    parts.push(c < 128 && PATH_ENCODE[c] === 0 ? ch : encodeURIComponent(ch));
  }
  return parts.join('');
}
