/**
 * RFC 5849 §3.4.1.3.1 for a form-encoded query or body, first step: split it
 * into fields with native string search and copy its bytes into the source
 * buffer. Names are decoded now (the caller filters on them); values are
 * decoded later, in the same pass that writes the base string (assemble.ts).
 */
import type { ParamSource } from './types.ts';
import type { ParamSet } from './paramSet.ts';
import { decodeAt } from './percent.ts';
import { forEachFormField, parseFormFields } from './form.ts';
import { sourceBuffer } from './scratch.ts';
import type { Failure } from './result.ts';

const encoder = new TextEncoder();
const escaped = (raw: string): boolean => raw.indexOf('%') !== -1 || raw.indexOf('+') !== -1;

export interface FieldFilter {
  /** false drops the field (oauth_signature when collecting; every oauth_* when re-signing) */
  readonly keep: (name: string) => boolean;
  /** receives the decoded value of each dropped oauth_signature */
  readonly signatures?: string[];
}

/**
 * Adds the fields of text[from, to) to `set` and returns how many `filter`
 * dropped. Empty fields (`a&&b`) are skipped as browsers do; a field without `=`
 * has the empty value (RFC 5849 §3.4.1.3.1's `c2`).
 */
export function indexForm(
  text: string, from: number, to: number, source: ParamSource, input: string, set: ParamSet, filter: FieldFilter,
): number | Failure {
  const at = set.sourceUsed;
  const src = sourceBuffer(at + (to - from));
  const { read, written } = encoder.encodeInto(from === 0 && to === text.length ? text : text.slice(from, to), src.subarray(at));
  // Raw non-ASCII text (browsers escape it, hand-typed input may not) takes the string path;
  // it is the only text whose UTF-8 is longer than itself, or that fills the buffer before it is all read.
  if (written !== to - from || read !== to - from) return addDecoded(text, from, to, source, input, set, filter);
  set.sourceUsed = at + written;
  const segment = { text, input, delta: from - at };
  let dropped = 0;
  const failed = forEachFormField(text, from, to, (start, nameEnd, end) => {
    const valueFrom = nameEnd < end ? nameEnd + 1 : end;
    const rawName = text.slice(start, nameEnd);
    const name = escaped(rawName) ? decodeAt(rawName, true, start, input) : rawName;
    if (typeof name !== 'string') return name;
    if (filter.keep(name)) {
      set.addRaw(name, rawName, text.slice(valueFrom, end), source, segment, start - from + at, valueFrom - from + at);
      return undefined;
    }
    dropped++;
    return name === 'oauth_signature' ? keepSignature(text, valueFrom, end, input, filter) : undefined;
  });
  if (failed !== undefined) return failed;
  return dropped;
}

function keepSignature(text: string, from: number, to: number, input: string, filter: FieldFilter): Failure | undefined {
  if (filter.signatures === undefined) return undefined;
  const value = decodeAt(text.slice(from, to), true, from, input);
  if (typeof value !== 'string') return value;
  filter.signatures.push(value);
  return undefined;
}

/** The string path: decode every field now and add it as strings. */
function addDecoded(
  text: string, from: number, to: number, source: ParamSource, input: string, set: ParamSet, filter: FieldFilter,
): number | Failure {
  const fields = parseFormFields(text, from, to, input);
  if (!Array.isArray(fields)) return fields;
  let dropped = 0;
  for (const f of fields) {
    if (filter.keep(f.name)) {
      set.add(f.name, f.value, source);
    } else {
      dropped++;
      if (f.name === 'oauth_signature') filter.signatures?.push(f.value);
    }
  }
  return dropped;
}
