/** A form-encoded string on its own (`a=b&c=d`, e.g. the string after 7digital's `-d`). */
import type { Result } from '../../engine/types.ts';
import { readFormFields } from '../formFields.ts';
import { pasteError, pasted, type Pasted } from './types.ts';

export function parseFormPaste(text: string, from: number, to: number): Result<Pasted> {
  // Every name and value must decode, so a bad `%` is reported here, at its place, not later as a wrong signature.
  const fields = readFormFields(text, from, to);
  if (!Array.isArray(fields)) return pasteError(fields.code, fields.message, fields.at);
  const body = text.slice(from, to);
  return pasted('form-body', { method: '', url: '', headers: [], body }, { method: false, url: false, headers: false, body: true });
}
