/**
 * The curl command that sends exactly the request model: same method, URL,
 * headers and body bytes. Built as an argument list, then each argument is
 * shell-quoted (CONVENTIONS.md: "curl is built as an argument list").
 */
import type { HttpRequest } from '../engine/types.ts';
import { shellCommand } from './shellQuote.ts';

export interface CurlOptions {
  /** one option per line, joined with backslash-newline */
  readonly multiline?: boolean;
}

export function toCurl(req: HttpRequest, options: CurlOptions = {}): string {
  return shellCommand(curlArgs(req), options.multiline === true);
}

/** The argv of the curl command, `curl` first. */
export function curlArgs(req: HttpRequest): string[] {
  const args = ['curl'];
  const hasBody = req.body !== '';
  // curl picks GET, or POST when given data; anything else must be said. -X HEAD would wait for a body that never comes.
  if (req.method === 'HEAD' && !hasBody) args.push('--head');
  else if (!(req.method === 'GET' && !hasBody) && !(req.method === 'POST' && hasBody)) args.push('-X', req.method);
  let contentType = false;
  for (const [name, value] of req.headers) {
    const lower = name.toLowerCase();
    // curl computes Content-Length from the body; a stale one copied from a pasted request would truncate it.
    if (lower === 'content-length') continue;
    if (lower === 'content-type') contentType = true;
    // `Name:` would tell curl to drop the header; `Name;` is curl's way to send it empty.
    args.push('-H', value === '' ? `${name};` : `${name}: ${value}`);
  }
  if (hasBody) {
    // Without this, curl labels any body application/x-www-form-urlencoded — and a server would then sign it.
    if (!contentType) args.push('-H', 'Content-Type:');
    args.push('--data-raw', req.body);
  }
  const url = wireUrl(req.url);
  if (/[[\]{}]/.test(url)) args.push('--globoff'); // `app_id[]` is not a curl glob range
  args.push(url);
  return args;
}

/** What a browser percent-encodes in a path before sending it (WHATWG path percent-encode set) — the engine signs the same. */
const PATH_ENCODE = new Set(['"', '<', '>', '`', '{', '}']);

/**
 * The URL as it goes on the wire. curl refuses raw spaces and sends raw bytes
 * elsewhere, so the characters a browser would encode are encoded here, as UTF-8;
 * `%XX` already there stays as it is. The fragment is never sent.
 */
export function wireUrl(url: string): string {
  const hash = url.indexOf('#');
  const end = hash === -1 ? url.length : hash;
  const queryAt = url.indexOf('?');
  const parts: string[] = [];
  let run = 0;
  for (let i = 0; i < end; i++) {
    const c = url.charCodeAt(i);
    const inPath = queryAt === -1 || i < queryAt;
    if (c > 0x20 && c < 0x7f && !(inPath && PATH_ENCODE.has(url.charAt(i)))) continue;
    const cp = url.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    parts.push(url.slice(run, i), encodeUtf8(url.slice(i, i + width)));
    i += width - 1;
    run = i + 1;
  }
  parts.push(url.slice(run, end));
  return parts.join('');
}

function encodeUtf8(ch: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}
