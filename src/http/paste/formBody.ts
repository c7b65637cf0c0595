/** A form-encoded string on its own (`a=b&c=d`, e.g. the string after 7digital's `-d`). */
import { percentDecode } from '../../engine/index.ts';
import type { Result } from '../../engine/types.ts';
import { pasteError, pasted, type Pasted } from './types.ts';

export function parseFormPaste(text: string, from: number, to: number): Result<Pasted> {
  // Each name and value must decode (application/x-www-form-urlencoded), so a bad `%` is caught here, at its place.
  // The next `=`, kept across fields so a body with few `=` is not rescanned per field.
  let eq = -1;
  for (let start = from; start < to; ) {
    let end = text.indexOf('&', start);
    if (end === -1 || end > to) end = to;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) <= 0x20) return pasteError('space-in-form', 'A form body has no spaces or line breaks: a space is written + or %20.', i);
    }
    if (eq < start) {
      eq = text.indexOf('=', start);
      if (eq === -1 || eq > to) eq = to; // none left: never searched again
    }
    const parts = eq < end ? [[start, eq], [eq + 1, end]] : [[start, end]];
    for (const [a = start, b = end] of parts) {
      const decoded = percentDecode(text.slice(a, b), { plusIsSpace: true });
      if (typeof decoded !== 'string') return pasteError(decoded.error.code, decoded.error.message, a + (decoded.error.at ?? 0));
    }
    start = end + 1;
  }
  const body = text.slice(from, to);
  return pasted('form-body', { method: '', url: '', headers: [], body }, { method: false, url: false, headers: false, body: true });
}
