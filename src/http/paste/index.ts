/**
 * "Paste to check": recognises what was pasted and reads it with the parser for
 * that format. Every failure is a value that points into the pasted text.
 */
import type { Result } from '../../engine/types.ts';
import { parseAuthorizationPaste } from './authorizationHeader.ts';
import { parseCurl } from './curlCommand.ts';
import { parseFormPaste } from './formBody.ts';
import { parseHar } from './har.ts';
import { looksLikeRequestLine, parseRawHttp } from './rawHttp.ts';
import { pasteError, type PasteKind, type Pasted } from './types.ts';
import { parseUrlPaste } from './url.ts';

export { linesAndColumn } from './position.ts';
export type { Pasted, PasteKind } from './types.ts';

type Parser = (text: string, from: number, to: number) => Result<Pasted>;

const PARSERS: Readonly<Record<PasteKind, Parser>> = {
  curl: parseCurl,
  'raw-http': parseRawHttp,
  har: parseHar,
  url: parseUrlPaste,
  'authorization-header': parseAuthorizationPaste,
  'form-body': parseFormPaste,
};

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

export function parsePasted(text: string): Result<Pasted> {
  let from = 0;
  let to = text.length;
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  while (to > from && isBlank(text.charCodeAt(to - 1))) to--;
  if (from === to) return pasteError('empty', 'Nothing was pasted.', 0);
  // A copied terminal line often keeps its prompt.
  if (text.startsWith('$ curl', from)) from += 2;
  const kind = detectFormat(text, from, to);
  if (typeof kind !== 'string') return kind;
  // A raw request's trailing line break may be body (Content-Length decides), so it gets the text to the end.
  return PARSERS[kind](text, from, kind === 'raw-http' ? text.length : to);
}

/** Which format text[from, to) is in, by its first characters — never by trying every parser. */
export function detectFormat(text: string, from: number, to: number): PasteKind | ReturnType<typeof pasteError> {
  const head = text.slice(from, Math.min(to, from + 16)).toLowerCase();
  const c = head.charAt(0);
  if (c === '{' || c === '[') return 'har';
  if (/^curl(?:\.exe)?(?:\s|$)/.test(head)) return 'curl';
  if (head.startsWith('authorization:') || /^oauth(?:\s|$)/.test(head)) return 'authorization-header';
  if (/^https?:\/\//.test(head)) return 'url';
  let lineEnd = text.indexOf('\n', from);
  if (lineEnd === -1 || lineEnd > to) lineEnd = to;
  if (looksLikeRequestLine(text.slice(from, lineEnd).replace(/\r$/, ''))) return 'raw-http';
  return formOrNothing(text, from, to);
}

function formOrNothing(text: string, from: number, to: number): PasteKind | ReturnType<typeof pasteError> {
  let firstEq = -1;
  let slash = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) return unrecognised(from);
    if (c === 0x3d && firstEq === -1) firstEq = i;
    if (c === 0x2f) slash = true;
    // `path/to?a=b`: a query without its scheme and host (MediaMosa's page prints one).
    if (c === 0x3f && firstEq === -1 && slash) {
      return pasteError('relative-url', 'This looks like a path and query without the scheme and host. Paste the full URL, e.g. https://host/path?…', from);
    }
  }
  return firstEq === -1 ? unrecognised(from) : 'form-body';
}

function unrecognised(at: number): ReturnType<typeof pasteError> {
  return pasteError(
    'unrecognised-paste',
    'sigstep did not recognise this. Paste a curl command, a raw HTTP request (POST /path HTTP/1.1 …), a HAR entry, a full URL, an Authorization: OAuth … header, or a form body (a=b&c=d).',
    at,
  );
}
