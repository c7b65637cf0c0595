/**
 * The curl options sigstep understands, as one table: what each does to the
 * request, with curl's own semantics (curl(1)). Anything not in the table is
 * refused by name, because guessing at an option could change what is signed.
 */
import { percentEncode } from '../../engine/percent.ts';
import { pasteError, type PasteFailure } from './types.ts';

/** What the options said, before it becomes a request (curlRequest.ts). */
export interface CurlState {
  method?: string;
  readonly urls: { readonly value: string; readonly at: number }[];
  /** `-H` headers in order, plus -A/-e/-b */
  readonly headers: [string, string][];
  /** lower-case names given as `-H 'Name:'`: curl then leaves out its own header of that name */
  readonly suppressed: Set<string>;
  /** each -d style piece and what joins it to the one before (`&` for -d, nothing for --json) */
  readonly data: { readonly text: string; readonly joiner: string }[];
  json: boolean;
  get: boolean;
  head: boolean;
  user?: { readonly value: string; readonly at: number };
  /** where the -H Authorization argument is, to point at it if the engine cannot read it */
  authorizationAt?: number;
  readonly notes: string[];
}

type Apply = (s: CurlState, value: string, at: number) => PasteFailure | undefined;
interface OptionSpec {
  readonly takesValue: boolean;
  readonly apply: Apply;
}

const flag = (apply: Apply = () => undefined): OptionSpec => ({ takesValue: false, apply });
const valued = (apply: Apply = () => undefined): OptionSpec => ({ takesValue: true, apply });

function noFile(option: string, value: string, at: number): PasteFailure | undefined {
  if (!value.startsWith('@')) return undefined;
  return pasteError(
    'reads-a-file',
    `${option} ${value.slice(0, 40)} tells curl to read a file, which a browser cannot see. Put the file's content in the command instead (for example --data-raw '…').`,
    at,
  );
}

const data = (option: string, joiner: string, files: boolean): Apply => (s, value, at) => {
  const refused = files ? noFile(option, value, at) : undefined;
  if (refused) return refused;
  s.data.push({ text: value, joiner });
  return undefined;
};

/** curl --data-urlencode: `content`, `=content` or `name=content`; `name@file` reads a file. */
const dataUrlencode: Apply = (s, value, at) => {
  const eq = value.indexOf('=');
  const atSign = value.indexOf('@');
  if (atSign !== -1 && (eq === -1 || atSign < eq)) return noFile('--data-urlencode', value.slice(atSign), at);
  const name = eq === -1 ? '' : value.slice(0, eq);
  const encoded = percentEncode(eq === -1 ? value : value.slice(eq + 1));
  if (typeof encoded !== 'string') return pasteError(encoded.error.code, encoded.error.message, at);
  s.data.push({ text: name === '' ? encoded : `${name}=${encoded}`, joiner: '&' });
  return undefined;
};

/** curl -H: `Name: value`, `Name;` (empty value), `Name:` (leave out curl's own header of that name). */
const header: Apply = (s, value, at) => {
  const refused = noFile('-H', value, at);
  if (refused) return refused;
  const colon = value.indexOf(':');
  if (colon === -1) {
    if (value.endsWith(';') && value.length > 1) s.headers.push([value.slice(0, -1).trim(), '']);
    else return pasteError('bad-header', `The header "${value.slice(0, 60)}" has no ":" between its name and value.`, at);
    return undefined;
  }
  const name = value.slice(0, colon).trim();
  if (name === '' || /[\s"(),/:;<=>?@[\\\]{}]/.test(name)) {
    return pasteError('bad-header', `"${value.slice(0, colon)}" is not a header name.`, at);
  }
  const rest = value.slice(colon + 1).replace(/^[ \t]+/, '');
  if (rest === '') s.suppressed.add(name.toLowerCase());
  else s.headers.push([name, rest]);
  if (name.toLowerCase() === 'authorization') s.authorizationAt = at;
  return undefined;
};

const addHeader = (name: string): Apply => (s, value) => {
  s.headers.push([name, value]);
  return undefined;
};

const cookie: Apply = (s, value, at) => {
  if (!value.includes('=')) return pasteError('reads-a-file', `-b ${value} names a cookie file, which a browser cannot read. Give the cookies as "name=value".`, at);
  s.headers.push(['Cookie', value]);
  return undefined;
};

const multipart: Apply = (_s, _v, at) =>
  pasteError('multipart', '-F sends a multipart/form-data body. OAuth 1.0a signs only form-urlencoded bodies, so sigstep cannot check it; use -d instead.', at);

/** Long name → spec. Options that only change what curl prints or how it connects are accepted and ignored. */
export const LONG_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  request: valued((s, v) => void (s.method = v)),
  header: valued(header),
  data: valued(data('-d', '&', true)),
  'data-ascii': valued(data('--data-ascii', '&', true)),
  'data-binary': valued(data('--data-binary', '&', true)),
  'data-raw': valued(data('--data-raw', '&', false)),
  'data-urlencode': valued(dataUrlencode),
  json: valued((s, v, at) => data('--json', '', true)(s, v, at) ?? void (s.json = true)),
  get: flag((s) => void (s.get = true)),
  head: flag((s) => void (s.head = true)),
  user: valued((s, value, at) => void (s.user = { value, at })),
  url: valued((s, value, at) => void s.urls.push({ value, at })),
  'user-agent': valued(addHeader('User-Agent')),
  // `;auto` asks curl to update the referer on redirects; it is not sent.
  referer: valued((s, v) => void s.headers.push(['Referer', v.replace(/;auto$/, '')])),
  cookie: valued(cookie),
  form: valued(multipart),
  compressed: flag(),
  silent: flag(),
  'show-error': flag(),
  include: flag(),
  location: flag(),
  insecure: flag(),
  verbose: flag(),
  fail: flag(),
  'fail-with-body': flag(),
  globoff: flag(),
  'path-as-is': flag(),
  'http1.1': flag(),
  http2: flag(),
  'no-buffer': flag(),
  'no-progress-meter': flag(),
  output: valued(),
  'max-time': valued(),
  'connect-timeout': valued(),
  'write-out': valued(),
  retry: valued(),
};

export const SHORT_OPTIONS: Readonly<Record<string, string>> = {
  X: 'request', H: 'header', d: 'data', G: 'get', I: 'head', u: 'user', A: 'user-agent',
  e: 'referer', b: 'cookie', F: 'form', s: 'silent', S: 'show-error', i: 'include',
  L: 'location', k: 'insecure', v: 'verbose', f: 'fail', g: 'globoff', N: 'no-buffer',
  o: 'output', m: 'max-time', w: 'write-out',
};

export function newCurlState(): CurlState {
  return { urls: [], headers: [], suppressed: new Set(), data: [], json: false, get: false, head: false, notes: [] };
}
