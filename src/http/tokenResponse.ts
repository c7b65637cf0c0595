/**
 * A token endpoint's answer: form-encoded (OAuth 1.0a, RFC 5849 §2.1/§2.3:
 * `oauth_token=…&oauth_token_secret=…`) or JSON (OAuth 2.0, RFC 6749 §5.1:
 * `access_token`, `expires_in`, …), as name/value fields.
 */
import type { Param, Result } from '../engine/types.ts';
import { readFormFields } from './formFields.ts';
import { parseJson } from './jsonErrorAt.ts';

export interface TokenResponse {
  readonly format: 'form' | 'json';
  readonly fields: Param[];
}

const failure = (code: string, message: string, at: number): Result<never> => ({ ok: false, error: { code, message, at, input: 'response' } });

/** JSON when the Content-Type says so, or when there is none that says otherwise and the body is an object. */
function isJson(body: string, from: number, contentType: string | undefined): boolean {
  if (contentType !== undefined && /json/i.test(contentType)) return true;
  // Akana answers text/plain or application/octet-stream for form-encoded bodies, so only JSON types are trusted.
  return body.charAt(from) === '{';
}

export function parseTokenResponse(body: string, contentType?: string): Result<TokenResponse> {
  let from = 0;
  let to = body.length;
  while (from < to && body.charCodeAt(from) <= 0x20) from++;
  while (to > from && body.charCodeAt(to - 1) <= 0x20) to--;
  if (isJson(body, from, contentType)) return jsonFields(body, from, to);
  const fields = readFormFields(body, from, to);
  if (!Array.isArray(fields)) return failure(fields.code, `The answer is neither form-encoded nor JSON. ${fields.message}`, fields.at);
  return { ok: true, value: { format: 'form', fields } };
}

function jsonFields(body: string, from: number, to: number): Result<TokenResponse> {
  const json = parseJson(body.slice(from, to));
  if (!json.ok) return failure('bad-json', `The answer is not valid JSON: ${json.message}`, from + json.at);
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return failure('not-an-object', 'The JSON answer is not an object of fields.', from);
  }
  const fields = Object.entries(value as Record<string, unknown>).map(([name, v]): Param => [name, fieldText(v)]);
  return { ok: true, value: { format: 'json', fields } };
}

/** Numbers and booleans as written (expires_in 299 → "299"); null as empty; nested values as JSON. */
function fieldText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}
