/**
 * application/x-www-form-urlencoded parsing (WHATWG URL §5.1), the decoding
 * RFC 5849 §3.4.1.3.1 prescribes for the query and a form body. Linear in the
 * input: it never rescans, because a 1 MiB body with 10,000 fields must parse in
 * well under the time it takes to hash it.
 */
import { decodeAt } from './percent.ts';
import type { Failure } from './result.ts';

/** One `name=value` field with its raw place in the text. */
export interface FormField {
  readonly name: string;
  readonly value: string;
  /** [start, end) of the raw field inside the text */
  readonly start: number;
  readonly end: number;
}

/**
 * Decodes text[from, to) into fields. Empty fields (`a&&b`, a trailing `&`) are
 * skipped as browsers do; a field without `=` has the empty value (RFC 5849 §3.4.1.3.1's `c2`).
 */
export function parseFormFields(text: string, from: number, to: number, input: string): FormField[] | Failure {
  const fields: FormField[] = [];
  const failed = forEachFormField(text, from, to, (start, nameEnd, end) => {
    const name = decodeAt(text.slice(start, nameEnd), true, start, input);
    if (typeof name !== 'string') return name;
    const value = nameEnd === end ? '' : decodeAt(text.slice(nameEnd + 1, end), true, nameEnd + 1, input);
    if (typeof value !== 'string') return value;
    fields.push({ name, value, start, end });
    return undefined;
  });
  return failed ?? fields;
}

/**
 * Calls `visit` with the bounds of each non-empty field of text[from, to): the name
 * is [start, nameEnd), the value (nameEnd, end) — empty when nameEnd === end.
 * Stops at the first Failure `visit` returns, and returns it.
 */
export function forEachFormField(
  text: string, from: number, to: number, visit: (start: number, nameEnd: number, end: number) => Failure | undefined,
): Failure | undefined {
  // `=` found so far; kept between fields so a body without any `=` is not rescanned per field.
  let eq = -2;
  for (let start = from; start < to; ) {
    let end = text.indexOf('&', start);
    if (end === -1 || end > to) end = to;
    if (end > start) {
      if (eq < start) {
        eq = text.indexOf('=', start);
        if (eq === -1) eq = to;
      }
      const failed = visit(start, eq < end ? eq : end, end);
      if (failed !== undefined) return failed;
    }
    start = end + 1;
  }
  return undefined;
}

/**
 * text[from, to) without the fields `drop` selects, every other field kept
 * byte for byte — so re-signing a pasted request changes nothing but its oauth_* fields.
 */
export function removeFormFields(text: string, from: number, to: number, drop: (name: string) => boolean): string {
  const fields = parseFormFields(text, from, to, '');
  if (!Array.isArray(fields)) return text.slice(from, to);
  const kept: string[] = [];
  for (const f of fields) if (!drop(f.name)) kept.push(text.slice(f.start, f.end));
  return kept.join('&');
}
