/** The signature base string, RFC 5849 §3.4.1.1, with where each parameter sits inside it. */
import type { BaseStringParts, Param, Span } from './types.ts';
import type { Entry, ParamSet } from './paramSet.ts';
import { compareEncoded, sortEncoded } from './normalize.ts';
import { passCapacity, runPass } from './decodePass.ts';
import { outputBuffer } from './scratch.ts';
import { isFailure } from './result.ts';
import { encodeLenient, encodeWellFormed } from './percent.ts';
import { parseRequestUri } from './baseStringUri.ts';
import { normalizeParameters } from './normalize.ts';
import type { Failure } from './result.ts';

/** RFC 5849 §3.4.1.1 step 1: upper case, and §3.6-encoded for the rare custom method. */
export function baseStringMethod(method: string): string {
  return encodeLenient(method.toUpperCase());
}

/** The base string as the trace shows it, as the signature method hashes it, and the order it was built in. */
export interface BuiltBaseString {
  readonly parts: Omit<BaseStringParts, 'parameters'>;
  /** `parts.full` as bytes (it is ASCII); a view into a reused buffer, valid until the next engine call */
  readonly bytes: Uint8Array;
  readonly sorted: readonly Entry[];
}

const ascii = new TextDecoder();

/** The live view signs the same URL on every keystroke elsewhere; its encoding is kept. */
let lastUri = '';
let lastEncodedUri = '';
function encodeUri(uri: string): string {
  if (uri !== lastUri) {
    lastEncodedUri = encodeWellFormed(uri);
    lastUri = uri;
  }
  return lastEncodedUri;
}

function writeHead(head: string, size: number): void {
  const out = outputBuffer(size);
  for (let i = 0; i < head.length; i++) out[i] = head.charCodeAt(i);
}

/** True when `sorted` is in RFC 5849 §3.4.1.3.2 order. */
function inOrder(sorted: readonly Entry[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (compareEncoded(sorted[i - 1] as Entry, sorted[i] as Entry) > 0) return false;
  return true;
}

/**
 * RFC 5849 §3.4.1.1. Sorts on the encodings `set` holds — for raw form fields their
 * raw text, which is right unless the pass finds a field that was not in §3.6 form;
 * then the order is checked, and only if it changed is the parameter part written again.
 */
export function buildBaseString(method: string, uri: string, set: ParamSet): BuiltBaseString | Failure {
  const m = baseStringMethod(method);
  const head = `${m}&${encodeUri(uri)}&`;
  writeHead(head, head.length + passCapacity(set));
  let sorted = sortEncoded(set.entries);
  let pass = runPass(set, sorted, head.length);
  if (isFailure(pass)) return pass;
  if (pass.recoded && !inOrder(sorted)) {
    sorted = sortEncoded(set.entries);
    pass = runPass(set, sorted, head.length);
    if (isFailure(pass)) return pass;
  }
  const { writer, starts, ends } = pass;
  const spans = new Array<Span>(sorted.length);
  for (let i = 0; i < sorted.length; i++) spans[i] = { ref: (sorted[i] as Entry).ref, start: starts[i] as number, end: ends[i] as number };
  const bytes = writer.out.subarray(0, writer.j);
  return { parts: { method: m, uri, full: ascii.decode(bytes), spans }, bytes, sorted };
}

/** RFC 5849 §3.4.1.1. A relative or malformed URL gives a Failure with the position. */
export function signatureBaseString(method: string, url: string, params: readonly Param[]): string | Failure {
  const parsed = parseRequestUri(url);
  if ('ok' in parsed) return parsed;
  const normalized = normalizeParameters(params);
  return `${baseStringMethod(method)}&${encodeWellFormed(parsed.baseUri)}&${encodeWellFormed(normalized)}`;
}
