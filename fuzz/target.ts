/**
 * What a fuzz target is, and the checks every one of them shares. A target
 * parses one input, then `validate` returns a description of what is wrong
 * with the answer, or undefined when the answer keeps the promise of
 * issue 6: no exception, a failure is a value with a message and a position,
 * a success is a well-formed request. An exception escapes on purpose, so
 * fast-check reports and shrinks it.
 */
import type fc from 'fast-check';
import type { EngineError, HttpRequest } from '../src/engine/index.ts';

export interface FuzzTarget {
  /** the parser, as the report names it */
  readonly name: string;
  /** the parser alone (what the timings measure) */
  readonly parse: (text: string) => unknown;
  /** what is wrong with the parser's answer (and with what the app does next with it), or undefined */
  readonly validate: (text: string, answer: unknown) => string | undefined;
  /** real examples, the starting points of near-valid mutations */
  readonly seeds: readonly string[];
  /** pieces of the format that mutations insert, so random edits land in its corners */
  readonly dictionary: readonly string[];
  /** JSON formats also get deeply nested input */
  readonly json?: boolean;
  /** inputs only this format needs, e.g. structural edits of a JSON document inside base64 */
  readonly extra?: () => fc.Arbitrary<string>;
  /** large adversarial inputs (long runs, many quotes, deep nesting) of about `size` characters */
  readonly shapes: (size: number) => readonly Shape[];
}

export interface Shape {
  readonly label: string;
  readonly text: string;
}

/** A failure must say what is wrong and where: an integer offset inside the input (the end included). */
export function checkError(error: EngineError | undefined, length: number, input?: string): string | undefined {
  if (error === undefined) return 'a failure without an error';
  if (typeof error.code !== 'string' || error.code === '') return 'a failure without a code';
  if (typeof error.message !== 'string' || error.message.trim() === '') return `failure ${error.code} has no message`;
  const at = error.at;
  if (typeof at !== 'number' || !Number.isInteger(at)) return `failure ${error.code} has no position (at = ${String(at)})`;
  if (at < 0 || at > length) return `failure ${error.code} points outside the input: at ${at}, length ${length}`;
  if (input !== undefined && error.input !== input) return `failure ${error.code} names input "${String(error.input)}", expected "${input}"`;
  return undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** The request model of DESIGN.md, with nothing missing or of the wrong type. */
export function checkRequest(req: HttpRequest | undefined): string | undefined {
  if (req === undefined || req === null || typeof req !== 'object') return 'no request';
  if (!isString(req.method)) return 'method is not a string';
  if (!isString(req.url)) return 'url is not a string';
  if (!isString(req.body)) return 'body is not a string';
  if (!Array.isArray(req.headers)) return 'headers is not a list';
  for (const h of req.headers) {
    if (!Array.isArray(h) || h.length !== 2 || !isString(h[0]) || !isString(h[1])) return `header ${JSON.stringify(h)} is not a [name, value] pair`;
  }
  return undefined;
}

/** Runs `fn` and turns the time it took into a figure for the report. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** An engine failure about a whole request: a code and a message; a position, when given, is a non-negative integer. */
export function checkEngineError(error: EngineError | undefined): string | undefined {
  if (error === undefined) return 'a failure without an error';
  if (typeof error.code !== 'string' || error.code === '') return 'a failure without a code';
  if (typeof error.message !== 'string' || error.message.trim() === '') return `failure ${error.code} has no message`;
  if (error.at !== undefined && (!Number.isInteger(error.at) || error.at < 0)) return `failure ${error.code} has a bad position ${error.at}`;
  return undefined;
}

/** One input through a target: parse, then validate. Throws what the parser throws. */
export function checkInput(target: FuzzTarget, text: string): string | undefined {
  return target.validate(text, target.parse(text));
}
