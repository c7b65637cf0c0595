/**
 * Decodes a provider's refusal: the OAuth Problem Reporting extension
 * (`oauth_problem=…` in a form body or in WWW-Authenticate) or an OAuth 2.0
 * error (RFC 6749 §5.2 JSON `error`), with advice in plain words and the base
 * string the provider computed, when it sent one.
 */
import { parseAuthorizationHeader } from '../engine/authHeader.ts';
import type { Param } from '../engine/types.ts';
import { findBaseString } from './baseStringInBody.ts';
import { adviceFor } from './problemAdvice.ts';
import { parseTokenResponse } from './tokenResponse.ts';

export interface OAuthProblem {
  /** e.g. 'signature_invalid', 'timestamp_refused', 'invalid_client' */
  readonly problem: string;
  /** what it means and what to check */
  readonly advice: string;
  /** every field the provider sent with it */
  readonly params: Param[];
  /** the provider's own words (oauth_problem_advice, error_description) */
  readonly providerAdvice?: string;
  /** the base string the provider computed, to diff against ours */
  readonly baseString?: string;
  /** oauth_acceptable_timestamps as seconds, for timestamp_refused */
  readonly acceptableTimestamps?: { readonly from: number; readonly to: number };
}

export function decodeOAuthProblem(body: string, headers: readonly (readonly [string, string])[] = []): OAuthProblem | undefined {
  const params = bodyFields(body) ?? [];
  // The reference provider repeats oauth_problem in WWW-Authenticate; fields the body already has are not doubled.
  const fromHeader = authenticateFields(headers).filter(([name]) => !params.some(([n]) => n === name));
  const all = [...params, ...fromHeader];
  const value = (name: string): string | undefined => all.find(([n]) => n === name)?.[1];
  const baseString = findBaseString(body, all);
  // A body that reports the expected base string (Yelp's sentence) is reporting a signature mismatch, even without oauth_problem.
  const problem = value('oauth_problem') ?? errorCode(value('error')) ?? loosely(body) ?? (baseString === undefined ? undefined : 'signature_invalid');
  if (problem === undefined || problem === '') return undefined;
  const providerAdvice = value('oauth_problem_advice') ?? value('error_description');
  const timestamps = acceptable(value('oauth_acceptable_timestamps'));
  return {
    problem,
    advice: adviceFor(problem, all),
    params: all,
    ...(providerAdvice === undefined ? {} : { providerAdvice }),
    ...(baseString === undefined ? {} : { baseString }),
    ...(timestamps === undefined ? {} : { acceptableTimestamps: timestamps }),
  };
}

function bodyFields(body: string): Param[] | undefined {
  const parsed = parseTokenResponse(body);
  return parsed.ok ? parsed.value.fields : undefined;
}

/** RFC 5849 §3.5.1-style parameters in a `WWW-Authenticate: OAuth …` challenge. */
function authenticateFields(headers: readonly (readonly [string, string])[]): Param[] {
  const challenge = headers.find(([n, v]) => n.toLowerCase() === 'www-authenticate' && /^\s*oauth\s/i.test(v.slice(0, 8)));
  if (!challenge) return [];
  const parsed = parseAuthorizationHeader(challenge[1]);
  return parsed.ok ? parsed.value.params : [];
}

/** RFC 6749 §5.2 `error` is a short code; Yelp and others put an object there, which is not one. */
function errorCode(error: string | undefined): string | undefined {
  return error !== undefined && /^[A-Za-z0-9_.-]{1,64}$/.test(error) ? error : undefined;
}

/** `oauth_problem=…` inside a body that is neither form nor JSON (an HTML error page, a log line). */
function loosely(body: string): string | undefined {
  const key = body.indexOf('oauth_problem=');
  if (key === -1) return undefined;
  let end = key + 'oauth_problem='.length;
  while (end < body.length && /[A-Za-z_]/.test(body.charAt(end))) end++;
  const problem = body.slice(key + 'oauth_problem='.length, end);
  return problem === '' ? undefined : problem;
}

/** `oauth_acceptable_timestamps=1444076061-1444076661`. */
function acceptable(range: string | undefined): { from: number; to: number } | undefined {
  const m = range === undefined ? null : /^(\d+)-(\d+)$/.exec(range);
  return m ? { from: Number(m[1]), to: Number(m[2]) } : undefined;
}
