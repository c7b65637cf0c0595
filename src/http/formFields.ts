/**
 * application/x-www-form-urlencoded text (a pasted form body, a token response)
 * read into decoded fields, with the place of the first thing that is not form
 * encoding. One pass: `&` and `=` are each found once.
 */
import { percentDecode } from '../engine/percent.ts';
import type { Param } from '../engine/types.ts';

export interface FormError {
  readonly code: string;
  readonly message: string;
  readonly at: number;
}

export function readFormFields(text: string, from: number, to: number): Param[] | FormError {
  const fields: Param[] = [];
  let eq = -1; // the next `=`, kept across fields so a body with few `=` is not rescanned per field
  for (let start = from; start < to; ) {
    let end = text.indexOf('&', start);
    if (end === -1 || end > to) end = to;
    for (let i = start; i < end; i++) {
      if (text.charCodeAt(i) <= 0x20) return { code: 'not-form-encoded', message: 'Form encoding has no spaces or line breaks: a space is written + or %20.', at: i };
    }
    if (eq < start) {
      eq = text.indexOf('=', start);
      if (eq === -1 || eq > to) eq = to; // none left: never searched again
    }
    const nameEnd = eq < end ? eq : end;
    const name = decode(text, start, nameEnd);
    if (typeof name !== 'string') return name;
    const value = nameEnd === end ? '' : decode(text, nameEnd + 1, end);
    if (typeof value !== 'string') return value;
    if (end > start) fields.push([name, value]);
    start = end + 1;
  }
  return fields;
}

function decode(text: string, from: number, to: number): string | FormError {
  const decoded = percentDecode(text.slice(from, to), { plusIsSpace: true });
  if (typeof decoded === 'string') return decoded;
  return { code: decoded.error.code, message: decoded.error.message, at: from + (decoded.error.at ?? 0) };
}
