/**
 * An `Authorization` header on its own, with or without the `Authorization:` name,
 * wrapped over several lines as providers' pages print it (Akana's sample puts each
 * parameter on its own line and leaves `scope=Scope1` unquoted). The engine's parser
 * reads it; this file only finds where it is and unwraps it into one header line.
 */
import { parseAuthorizationHeader } from '../../engine/authHeader.ts';
import type { HttpRequest, Result } from '../../engine/types.ts';
import { pasteError, pasted, type Pasted, type PasteFailure } from './types.ts';

const PREFIX = 'authorization:';

export function parseAuthorizationPaste(text: string, from: number, to: number): Result<Pasted> {
  let start = from;
  if (text.slice(from, from + PREFIX.length).toLowerCase() === PREFIX) start += PREFIX.length;
  const value = unwrap(text, start, to);
  const failure = checkOAuthHeader(text, from, to, value);
  if (failure) return failure;
  return pasted(
    'authorization-header',
    { method: '', url: '', headers: [['Authorization', value]], body: '' },
    { method: false, url: false, headers: true, body: false },
  );
}

/** For the OAuth scheme, the engine must be able to read every parameter; its error offset is moved into the paste. */
export function checkOAuthHeader(text: string, from: number, to: number, value: string): PasteFailure | undefined {
  if (!/^oauth(?:\s|$)/i.test(value.slice(0, 6))) return undefined;
  const parsed = parseAuthorizationHeader(text.slice(from, to));
  if (parsed.ok) return undefined;
  return pasteError(parsed.error.code, parsed.error.message, from + (parsed.error.at ?? 0));
}

/**
 * For formats where the header's own place is not known (a curl -H argument, a
 * HAR), an unreadable OAuth header is reported at `at`, the closest place we have.
 */
export function checkRequestAuthorization(req: HttpRequest, at: number): PasteFailure | undefined {
  const header = req.headers.find(([name]) => name.toLowerCase() === 'authorization');
  if (!header || !/^\s*oauth(?:\s|$)/i.test(header[1].slice(0, 16))) return undefined;
  const parsed = parseAuthorizationHeader(header[1]);
  if (parsed.ok) return undefined;
  return pasteError(parsed.error.code, `In the Authorization header: ${parsed.error.message}`, at);
}

/**
 * text[from, to) on one line: each line break, with the blanks around it, becomes
 * one space (a header value cannot hold a line break). Written as a loop because
 * the obvious regex backtracks over long runs of spaces.
 */
export function unwrap(text: string, from: number, to: number): string {
  const parts: string[] = [];
  let runStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    let before = i;
    while (before > runStart && (text.charCodeAt(before - 1) === 0x20 || text.charCodeAt(before - 1) === 0x09)) before--;
    parts.push(text.slice(runStart, before), ' ');
    let after = i;
    while (after < to && ' \t\r\n'.includes(text.charAt(after))) after++;
    runStart = after;
    i = after - 1;
  }
  parts.push(text.slice(runStart, to));
  return parts.join('').trim();
}
