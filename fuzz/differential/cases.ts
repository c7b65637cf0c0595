/**
 * Generated signing cases for the differential run: what a request means
 * (method, URL parts, decoded parameters, credentials), from which the harness
 * builds the wire request sigstep signs and, separately, the inputs each peer
 * takes. Values favour what implementations get wrong: RFC 3986 reserved
 * characters, `!*'()`, spaces and `+`, astral-plane characters, empty values
 * and duplicate names.
 */
import fc from 'fast-check';
import type { Param, Placement } from '../../src/engine/index.ts';
import { firstLoneSurrogate } from '../../src/engine/percent.ts';

export type HmacOrPlain = 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT';
export const METHODS: readonly HmacOrPlain[] = ['HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'PLAINTEXT'];

/** How the query and form body are written on the wire; every one decodes to the same parameters. */
export type WireEncoding = 'rfc3986' | 'plus-for-space' | 'lower-case-hex' | 'minimal';

export interface SigningCase {
  readonly httpMethod: string;
  readonly scheme: string;
  readonly host: string;
  /** '' for none */
  readonly port: string;
  /** already a valid path, percent-encoded where it must be */
  readonly path: string;
  readonly fragment: string;
  readonly query: readonly Param[];
  readonly body: readonly Param[];
  readonly encoding: WireEncoding;
  readonly placement: Placement;
  readonly signatureMethod: HmacOrPlain;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  /** '' = no token (a temporary-credentials request) */
  readonly token: string;
  readonly tokenSecret: string;
  readonly nonce: string;
  readonly timestamp: string;
  readonly includeVersion: boolean;
  readonly callback?: string | undefined;
  readonly verifier?: string | undefined;
}

/** Characters chosen for trouble; weighted so most strings mix a few of them with plain letters. */
const TRICKY = [
  '!', '*', "'", '(', ')', ':', '/', '?', '#', '[', ']', '@', '$', '&', '+', ',', ';', '=', '%', ' ', '~', '-', '.', '_',
  '"', '<', '>', '\\', '^', '`', '{', '|', '}', '\t', '\n', 'é', 'ß', 'ø', '€', '中', '😀', '𝄞', '\u00a0', '\u0000', '%20', '%2B', '%25',
];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 4 }).filter((s) => /^[A-Za-z0-9]+$/.test(s)) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }).filter((s) => firstLoneSurrogate(s) === -1) },
);
export const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const nonEmpty = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

/**
 * Parameter names: a small pool, so duplicates are common, plus tricky ones.
 * Never `oauth_*`: sigstep's signer replaces those (they are the protocol's own),
 * which no peer does; that is a product choice, not a signing question.
 */
const name = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'a', 'A', 'z', 'file', 'size', 'scope', 'app_id[]', 'a b', 'a+b', 'c=d', '', 'é', '😀', 'constructor', '__proto__', 'toString') },
  { weight: 2, arbitrary: nonEmpty },
).filter((n) => !n.startsWith('oauth_'));

const param: fc.Arbitrary<Param> = fc.tuple(name, fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 4, arbitrary: text }));

/** A path segment as it is sent: unreserved and sub-delims as they are, everything else percent-encoded (upper-case hex). */
const segment = fc.oneof(
  fc.constantFrom('photos', 'a', '1.2', 'oauth', '~user', 'a%20b', '%7Euser', 'caf%C3%A9', '%F0%9F%98%80', "!$&'()*+,;=:@", 'a.b-c_d'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 6 }).map((s) => s.replace(/[^A-Za-z0-9._~-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)),
);

export const signingCase: fc.Arbitrary<SigningCase> = fc.record({
  httpMethod: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'post', 'Get', 'M-SEARCH', 'X!Y*'),
  scheme: fc.constantFrom('http', 'https', 'HTTPS', 'Http'),
  host: fc.constantFrom('photos.example.net', 'API.Example.COM', 'localhost', '127.0.0.1', 'xn--bcher-kva.example', '[::1]'),
  port: fc.constantFrom('', '', '80', '443', '8080', '08080'),
  path: fc.array(segment, { maxLength: 4 }).map((segs) => (segs.length === 0 ? '' : `/${segs.join('/')}`)),
  fragment: fc.constantFrom('', '', '#frag', '#a=b&c'),
  query: fc.array(param, { maxLength: 5 }),
  body: fc.array(param, { maxLength: 4 }),
  encoding: fc.constantFrom<WireEncoding>('rfc3986', 'plus-for-space', 'lower-case-hex', 'minimal'),
  placement: fc.constantFrom<Placement>('header', 'query', 'body'),
  signatureMethod: fc.constantFrom(...METHODS),
  consumerKey: nonEmpty,
  consumerSecret: text,
  token: fc.oneof(fc.constant(''), nonEmpty),
  tokenSecret: text,
  nonce: nonEmpty,
  timestamp: fc.constantFrom('137131201', '1426071532', '0', '9999999999'),
  includeVersion: fc.boolean(),
  callback: fc.option(fc.constantFrom('oob', 'http://printer.example.com/ready', 'https://c.example/cb?x=1&y=a b'), { nil: undefined }),
  verifier: fc.option(text, { nil: undefined }),
}, { requiredKeys: ['httpMethod', 'scheme', 'host', 'port', 'path', 'fragment', 'query', 'body', 'encoding', 'placement', 'signatureMethod', 'consumerKey', 'consumerSecret', 'token', 'tokenSecret', 'nonce', 'timestamp', 'includeVersion'] });

/** RFC 3986 percent-encoding of every octet outside the unreserved set (what RFC 5849 §3.6 asks for). */
export function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** One name or value as the chosen wire encoding writes it. */
function wire(s: string, encoding: WireEncoding, value: boolean): string {
  const strict = rfc3986(s);
  if (encoding === 'plus-for-space') return strict.replace(/%20/g, '+');
  if (encoding === 'lower-case-hex') return strict.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
  // Leave alone what a query may hold raw and a form decoder reads back unchanged
  // (RFC 3986 §3.4, minus & + #); a value may also hold `=`, since only the first one ends the name.
  if (encoding === 'minimal') {
    const raw = value ? /%(21|24|27|28|29|2A|2C|2F|3A|3B|3D|3F|40)/g : /%(21|24|27|28|29|2A|2C|2F|3A|3B|3F|40)/g;
    return strict.replace(raw, (_e, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
  return strict;
}

export function formString(params: readonly Param[], encoding: WireEncoding): string {
  return params.map(([n, v]) => `${wire(n, encoding, false)}=${wire(v, encoding, true)}`).join('&');
}

/** The request URL as sent: the query written in the case's encoding. */
export function requestUrl(c: SigningCase, withQuery = true): string {
  const port = c.port === '' ? '' : `:${c.port}`;
  const query = withQuery && c.query.length > 0 ? `?${formString(c.query, c.encoding)}` : '';
  return `${c.scheme}://${c.host}${port}${c.path}${query}${c.fragment}`;
}

/**
 * RFC 5849 §3.4.1.2, from the case's parts rather than by parsing a URL: scheme
 * and host lower-case, the default port dropped, the path as sent ('/' when
 * empty, dot segments resolved as every client does before sending it).
 */
export function expectedBaseUri(c: SigningCase): string {
  const scheme = c.scheme.toLowerCase();
  const port = Number(c.port);
  const keepPort = c.port !== '' && !((scheme === 'http' && port === 80) || (scheme === 'https' && port === 443));
  return `${scheme}://${c.host.toLowerCase()}${keepPort ? `:${port}` : ''}${c.path === '' ? '/' : removeDotSegments(c.path)}`;
}

/** RFC 3986 §5.2.4, step by step as the RFC writes it (input buffer, output buffer). */
export function removeDotSegments(path: string): string {
  let input = path;
  let output = '';
  while (input !== '') {
    if (input.startsWith('../')) input = input.slice(3);
    else if (input.startsWith('./')) input = input.slice(2);
    else if (input.startsWith('/./')) input = input.slice(2);
    else if (input === '/.') input = '/';
    else if (input.startsWith('/../') || input === '/..') {
      input = `/${input.slice(input === '/..' ? 3 : 4)}`;
      output = output.slice(0, Math.max(0, output.lastIndexOf('/')));
    } else if (input === '.' || input === '..') input = '';
    else {
      const next = input.indexOf('/', input.startsWith('/') ? 1 : 0);
      const end = next === -1 ? input.length : next;
      output += input.slice(0, end);
      input = input.slice(end);
    }
  }
  return output;
}

/** The protocol parameters of RFC 5849 §3.1 this case sends, oauth_signature aside. */
export function protocolParams(c: SigningCase): Param[] {
  const p: Param[] = [['oauth_consumer_key', c.consumerKey]];
  if (c.token !== '') p.push(['oauth_token', c.token]);
  p.push(['oauth_signature_method', c.signatureMethod], ['oauth_timestamp', c.timestamp], ['oauth_nonce', c.nonce]);
  if (c.includeVersion) p.push(['oauth_version', '1.0']);
  if (c.callback !== undefined) p.push(['oauth_callback', c.callback]);
  if (c.verifier !== undefined) p.push(['oauth_verifier', c.verifier]);
  return p;
}

/** Every parameter the signature covers (§3.4.1.3.1), decoded: query, body, protocol. */
export function allParams(c: SigningCase): Param[] {
  return [...c.query, ...c.body, ...protocolParams(c)];
}
