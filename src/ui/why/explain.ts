/**
 * The Why panel's two computations, as plain functions the components memoise:
 * the explainer over the checked request, and reading the server's paste
 * (an error body that reports a base string, or a base string).
 */
import { useMemo } from 'react';
import { parseBaseString } from '../../diff/parseBaseString.ts';
import { findReportedBaseString } from '../../diff/reportedBaseString.ts';
import { explainMismatch } from '../../engine/explain/explainMismatch.ts';
import type { Explanation, ExplainTarget } from '../../engine/explain/types.ts';
import type { Result, SignatureMethod, VerifyInput } from '../../engine/types.ts';

/** Runs the explainer for what was verified; never throws (a bug becomes a message, not a blank tab). */
export function explainFor(input: VerifyInput, signatureMethod: SignatureMethod, target: ExplainTarget): Result<Explanation> {
  try {
    return explainMismatch({
      request: input.request,
      consumerSecret: input.consumerSecret,
      ...(input.tokenSecret === undefined ? {} : { tokenSecret: input.tokenSecret }),
      signatureMethod,
      target,
    });
  } catch (e) {
    return { ok: false, error: { code: 'explainer-failed', message: `The explainer failed: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * The explainer's result, computed once per change of what it depends on —
 * and not at all while `target` is undefined (the panel is closed, nothing pasted).
 */
export function useExplanation(
  input: VerifyInput,
  signatureMethod: SignatureMethod,
  target: ExplainTarget | undefined,
): Result<Explanation> | undefined {
  const kind = target === undefined ? undefined : 'signature' in target ? 'signature' : 'baseString';
  const value = target === undefined ? '' : 'signature' in target ? target.signature : target.baseString;
  return useMemo(() => {
    if (kind === undefined) return undefined;
    return explainFor(input, signatureMethod, kind === 'signature' ? { signature: value } : { baseString: value });
  }, [input, signatureMethod, kind, value]);
}

/** What the server's paste turned out to be. */
export type ServerRead =
  | { readonly kind: 'empty' }
  | {
    readonly kind: 'base-string';
    /** the base string, trimmed */
    readonly baseString: string;
    /** 'body': found inside an error body; 'paste': the paste is the base string */
    readonly from: 'body' | 'paste';
  }
  | {
    readonly kind: 'error';
    readonly message: string;
    /** offset into `text` */
    readonly at: number | undefined;
    /** the text `at` points into: the paste, or the base string found in the body */
    readonly text: string;
    readonly from: 'body' | 'paste';
  };

/** An error body is searched for a reported base string first; otherwise the paste must be a base string itself. */
export function readServerText(text: string): ServerRead {
  if (text.trim() === '') return { kind: 'empty' };
  const reported = findReportedBaseString(text);
  const from = reported === undefined ? 'paste' : 'body';
  const candidate = reported ?? text;
  const parsed = parseBaseString(candidate, 'theirs');
  if (!parsed.ok) return { kind: 'error', message: parsed.error.message, at: parsed.error.at, text: candidate, from };
  return { kind: 'base-string', baseString: candidate.trim(), from };
}
