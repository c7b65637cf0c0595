/**
 * A signature base string (RFC 5849 §3.4.1.1) read back into its parts: method,
 * URI and the parameters, decoded twice. Pasted base strings are often damaged,
 * so every failure is a value with the offset of the bad character.
 */
import { percentDecode } from '../engine/percent.ts';
import { isFailure } from '../engine/result.ts';
import type { EngineError, Result } from '../engine/types.ts';

export interface ParsedParam {
  readonly name: string;
  readonly value: string;
  /** the pair as it stands in the normalised parameter string, e.g. `a3=2%20q` */
  readonly encodedName: string;
  readonly encodedValue: string;
  /** offset of the pair inside the base string */
  readonly at: number;
}

export interface ParsedBaseString {
  readonly method: string;
  readonly uri: string;
  readonly params: readonly ParsedParam[];
}

const failure = (code: string, message: string, at: number, input: string): { ok: false; error: EngineError } =>
  ({ ok: false, error: { code, message, at, input } });

/** `text` percent-decoded, with the offset in the base string each decoded character came from. */
function decodeMapped(text: string, base: number, input: string): Result<{ text: string; offsets: number[] }> {
  const decoded = percentDecode(text);
  if (isFailure(decoded)) return failure(decoded.error.code, decoded.error.message, base + (decoded.error.at ?? 0), input);
  // One offset per decoded UTF-16 unit: a %XX run of one UTF-8 character maps to where it starts.
  const offsets: number[] = [];
  for (let i = 0; i < text.length; ) {
    const lead = text.charCodeAt(i) === 0x25 ? parseInt(text.slice(i + 1, i + 3), 16) : 0;
    const bytes = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    offsets.push(base + i);
    if (bytes === 4) offsets.push(base + i);
    i += text.charCodeAt(i) === 0x25 ? 3 * bytes : 1;
  }
  return { ok: true, value: { text: decoded, offsets } };
}

function parseParams(text: string, offsets: readonly number[], input: string): Result<ParsedParam[]> {
  const params: ParsedParam[] = [];
  let start = 0;
  for (const pair of text === '' ? [] : text.split('&')) {
    const at = offsets[start] ?? offsets[offsets.length - 1] ?? 0;
    const eq = pair.indexOf('=');
    const encodedName = eq === -1 ? pair : pair.slice(0, eq);
    const encodedValue = eq === -1 ? '' : pair.slice(eq + 1);
    const name = percentDecode(encodedName);
    if (isFailure(name)) return failure(name.error.code, name.error.message, offsets[start + (name.error.at ?? 0)] ?? at, input);
    const value = percentDecode(encodedValue);
    if (isFailure(value)) return failure(value.error.code, value.error.message, offsets[start + eq + 1 + (value.error.at ?? 0)] ?? at, input);
    params.push({ name, value, encodedName, encodedValue, at });
    start += pair.length + 1;
  }
  return { ok: true, value: params };
}

/**
 * RFC 5849 §3.4.1.1 in reverse. Leading and trailing whitespace (a paste) is ignored.
 * A third part with raw `&`/`=` is a parameter string that was never encoded the
 * second time; it is read as such rather than refused. `input` names the string in errors.
 */
export function parseBaseString(baseString: string, input: string): Result<ParsedBaseString> {
  const start = baseString.length - baseString.trimStart().length;
  const s = baseString.trim();
  const first = s.indexOf('&');
  const second = first === -1 ? -1 : s.indexOf('&', first + 1);
  if (second === -1) {
    const found = first === -1 ? 'one' : 'two';
    return failure('not-a-base-string', `A base string has three parts joined by "&" — method, URI, parameters; this one has ${found}.`, start + s.length, input);
  }
  const method = decodeMapped(s.slice(0, first), start, input);
  if (!method.ok) return method;
  const uri = decodeMapped(s.slice(first + 1, second), start + first + 1, input);
  if (!uri.ok) return uri;
  const rest = s.slice(second + 1);
  const restAt = start + second + 1;
  const once = /[&=]/.test(rest);
  const params = once
    ? { ok: true as const, value: { text: rest, offsets: Array.from({ length: rest.length }, (_, i) => restAt + i) } }
    : decodeMapped(rest, restAt, input);
  if (!params.ok) return params;
  const parsed = parseParams(params.value.text, params.value.offsets, input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { method: method.value.text, uri: uri.value.text, params: parsed.value } };
}
