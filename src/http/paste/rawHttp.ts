/**
 * A raw HTTP/1.x request as a person copies it from a proxy, devtools or a
 * provider's docs: request line, header lines (CRLF or LF, obsolete folding
 * allowed, RFC 9112 §5.2), a blank line, the body. The URL comes from the
 * request target and the Host header (RFC 9112 §3.2-3.3).
 */
import type { Result } from '../../engine/types.ts';
import { checkOAuthHeader } from './authorizationHeader.ts';
import { ALL_KNOWN, pasteError, pasted, type Pasted, type PasteFailure } from './types.ts';

interface Line {
  readonly start: number;
  /** end of the line's content, before CR LF or LF */
  readonly end: number;
  /** start of the next line */
  readonly next: number;
}

function lineAt(text: string, start: number, to: number): Line {
  let nl = text.indexOf('\n', start);
  if (nl === -1 || nl >= to) nl = to;
  const end = nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
  return { start, end, next: Math.min(nl + 1, to) };
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) +(\S+)(?: +HTTP\/\d(?:\.\d)?)? *$/;

/** True when the text starts like an HTTP request line (used by the format detector). */
export function looksLikeRequestLine(line: string): boolean {
  const m = REQUEST_LINE.exec(line);
  if (!m) return false;
  return /HTTP\/\d/.test(line) || (/^[A-Z]+$/.test(m[1] ?? '') && /^(?:\/|https?:\/\/)/i.test(m[2] ?? ''));
}

export function parseRawHttp(text: string, from: number, to: number): Result<Pasted> {
  const first = lineAt(text, from, to);
  const m = REQUEST_LINE.exec(text.slice(first.start, first.end));
  if (!m) return pasteError('bad-request-line', 'The first line should look like "POST /path HTTP/1.1".', first.start);
  const method = m[1] ?? '';
  const target = m[2] ?? '';
  const targetAt = first.start + (m[0].indexOf(target, method.length));
  const read = readHeaders(text, first.next, to);
  if ('ok' in read) return read;
  const auth = read.authorization;
  const failure = auth && checkOAuthHeader(text, auth.from, auth.to, read.headers[auth.index]?.[1] ?? '');
  if (failure) return failure;
  const url = requestUrl(target, targetAt, read.headers, read.hostAt);
  if (typeof url !== 'string') return url;
  const notes: string[] = [];
  const body = trimBody(text.slice(read.bodyStart, to), read.headers, notes);
  return pasted('raw-http', { method, url, headers: read.headers, body }, ALL_KNOWN, notes);
}

interface Headers {
  readonly headers: [string, string][];
  readonly hostAt: number;
  /** where the (last) Authorization header's value is, folded lines included */
  readonly authorization: { readonly from: number; readonly to: number; readonly index: number } | undefined;
  readonly bodyStart: number;
}

function readHeaders(text: string, from: number, to: number): Headers | PasteFailure {
  const headers: [string, string][] = [];
  // The folded lines of the last header, joined once it ends: appending to the
  // value line by line copied it each time, quadratic in the number of folds.
  let folds: string[] = [];
  const unfold = (): void => {
    const last = headers[headers.length - 1];
    if (last && folds.length > 0) last[1] = [last[1], ...folds].filter((part) => part !== '').join(' ');
    folds = [];
  };
  let hostAt = -1;
  let auth: { from: number; to: number; index: number } | undefined;
  let line = lineAt(text, from, to);
  for (; line.start < to && line.end > line.start; line = lineAt(text, line.next, to)) {
    const c = text.charCodeAt(line.start);
    if (c === 0x20 || c === 0x09) {
      // obs-fold (RFC 9112 §5.2): the line continues the previous value; the fold becomes one space.
      if (headers.length === 0) return pasteError('bad-header-line', 'A header line starts with a space, but there is no header before it to continue.', line.start);
      folds.push(text.slice(line.start, line.end).trim());
      if (auth && auth.index === headers.length - 1) auth.to = line.end;
      continue;
    }
    unfold();
    const colon = text.indexOf(':', line.start);
    const name = colon === -1 || colon > line.end ? '' : text.slice(line.start, colon);
    if (!TOKEN.test(name)) {
      return pasteError('bad-header-line', 'Expected a header line "Name: value" (or a blank line before the body).', line.start);
    }
    if (name.toLowerCase() === 'host') hostAt = colon + 1;
    if (name.toLowerCase() === 'authorization') auth = { from: colon + 1, to: line.end, index: headers.length };
    headers.push([name, text.slice(colon + 1, line.end).trim()]);
  }
  unfold();
  return { headers, hostAt, bodyStart: line.next, authorization: auth };
}

function header(headers: readonly [string, string][], name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

/** Absolute-form targets are the URL; origin-form needs Host, and the scheme is https unless the port is 80. */
function requestUrl(target: string, targetAt: number, headers: readonly [string, string][], hostAt: number): string | PasteFailure {
  if (/^https?:\/\//i.test(target)) return target;
  if (!target.startsWith('/')) {
    return pasteError('bad-request-target', 'The request target should be a path ("/oauth/token") or a full URL.', targetAt);
  }
  const host = header(headers, 'host');
  if (host === undefined || host === '') {
    return pasteError('no-host', 'The request has no Host header, so the URL (which the signature covers) is unknown. Add "Host: api.example.com".', hostAt === -1 ? targetAt : hostAt);
  }
  const scheme = host.endsWith(':80') ? 'http' : 'https';
  const url = `${scheme}://${host}${target}`;
  if (!isValidUrl(url)) return pasteError('bad-host', `"${host.slice(0, 60)}" is not a host name.`, hostAt);
  return url;
}

function isValidUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * A pasted request usually ends with a line break that is not part of the body.
 * Content-Length decides when it is there; otherwise trailing line breaks are dropped.
 */
function trimBody(body: string, headers: readonly [string, string][], notes: string[]): string {
  let end = body.length;
  while (end > 0 && (body.charCodeAt(end - 1) === 0x0a || body.charCodeAt(end - 1) === 0x0d)) end--;
  const trimmed = body.slice(0, end);
  const declared = header(headers, 'content-length');
  if (declared === undefined || !/^\d+$/.test(declared)) return trimmed;
  const length = Number(declared);
  const encoder = new TextEncoder();
  if (encoder.encode(body).length === length) return body;
  const trimmedLength = encoder.encode(trimmed).length;
  if (trimmedLength !== length) notes.push(`Content-Length says ${length} bytes but the body has ${trimmedLength}; sigstep uses the body as pasted.`);
  return trimmed;
}
