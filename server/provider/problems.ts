import type { ServerResponse } from 'node:http';
import { send } from '../shared/respond.ts';
import { formatForm, type Pair } from './formEncoding.ts';

/** The problems of the OAuth Problem Reporting extension that this provider reports. */
export type OAuthProblem =
  | 'parameter_absent'
  | 'parameter_rejected'
  | 'version_rejected'
  | 'signature_method_rejected'
  | 'consumer_key_unknown'
  | 'timestamp_refused'
  | 'nonce_used'
  | 'token_rejected'
  | 'token_expired'
  | 'verifier_invalid'
  | 'signature_invalid';

/**
 * RFC 5849 §3.2: a malformed request (missing, duplicated or unsupported
 * parameter, unsupported signature method) is 400; failed authentication is 401.
 */
const STATUS: Readonly<Record<OAuthProblem, 400 | 401>> = {
  parameter_absent: 400,
  parameter_rejected: 400,
  version_rejected: 400,
  signature_method_rejected: 400,
  consumer_key_unknown: 401,
  timestamp_refused: 401,
  nonce_used: 401,
  token_rejected: 401,
  token_expired: 401,
  verifier_invalid: 401,
  signature_invalid: 401,
};

export interface Problem {
  readonly problem: OAuthProblem;
  /** Human-readable, for the person debugging (oauth_problem_advice). Never contains a secret. */
  readonly advice: string;
  /** Extension parameters, e.g. oauth_parameters_absent or oauth_signature_base_string. */
  readonly extra?: readonly Pair[];
}

export function problem(name: OAuthProblem, advice: string, extra?: readonly Pair[]): Problem {
  return extra === undefined ? { problem: name, advice } : { problem: name, advice, extra };
}

/** Answers in the Problem Reporting form, form-encoded, with the problem in WWW-Authenticate too. */
export function sendProblem(res: ServerResponse, p: Problem): void {
  const body = formatForm([['oauth_problem', p.problem], ...(p.extra ?? []), ['oauth_problem_advice', p.advice]]);
  send(res, STATUS[p.problem], 'application/x-www-form-urlencoded; charset=utf-8', body, {
    'WWW-Authenticate': `OAuth realm="sigstep", oauth_problem="${p.problem}"`,
  });
}
