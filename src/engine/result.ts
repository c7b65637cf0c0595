import type { EngineError, Result } from './types.ts';

/** The error half of a result: what the engine returns instead of throwing (DESIGN.md, "Errors are values"). */
export type Failure = { readonly ok: false; readonly error: EngineError };

/** Builds a Failure; `at` and `input` are only set when known so the object stays exact. */
export function fail(code: string, message: string, at?: number, input?: string): Failure {
  const error: { code: string; message: string; at?: number; input?: string } = { code, message };
  if (at !== undefined) error.at = at;
  if (input !== undefined) error.input = input;
  return { ok: false, error };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * True for a Failure. The bare-value functions return `T | Failure`; no success
 * value of theirs is an object with `ok: false`, so this check is unambiguous.
 */
export function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === false && 'error' in x;
}

/** The value of a Result or bare-value return, or undefined for a Failure — for callers that only need success. */
export function unwrap<T>(x: T | Failure | Result<T>): T | undefined {
  if (isFailure(x)) return undefined;
  if (typeof x === 'object' && x !== null && (x as { ok?: unknown }).ok === true && 'value' in x) {
    return (x as { value: T }).value;
  }
  return x as T;
}

/** Moves a Failure's offset into a larger input (a value inside a body, a header inside a request). */
export function shift(f: Failure, by: number, input?: string): Failure {
  const at = f.error.at === undefined ? undefined : f.error.at + by;
  return fail(f.error.code, f.error.message, at, input ?? f.error.input);
}
