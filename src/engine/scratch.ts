/**
 * Reusable buffers for the signing pipeline. Allocating a typed array costs more
 * than signing a small request, and the UI signs on every keystroke, so the engine
 * keeps one of each and grows it. Contents are valid only until the next engine
 * call: everything that fills them runs synchronously and consumes them before
 * returning, and anything that awaits (RSA) copies first.
 */
let bytes = new Uint8Array(4096);
let units = new Uint16Array(4096);
let output = new Uint8Array(4096);

/** Input text as UTF-8 (the query and form body being collected). */
export function sourceBuffer(size: number): Uint8Array {
  if (bytes.length < size) bytes = grow(bytes, size);
  return bytes;
}

/** A bigger buffer with the old contents kept: a request's query is already in it when its body is added. */
function grow(old: Uint8Array<ArrayBuffer>, size: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(Math.max(size, old.length * 2));
  grown.set(old);
  return grown;
}

/** Decoded UTF-16 code units of form-encoded names and values. */
export function unitBuffer(size: number): Uint16Array {
  if (units.length < size) units = new Uint16Array(Math.max(size, units.length * 2));
  return units;
}

/** The base string's bytes. */
export function outputBuffer(size: number): Uint8Array {
  if (output.length < size) output = new Uint8Array(Math.max(size, output.length * 2));
  return output;
}
