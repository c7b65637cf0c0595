/**
 * Derived values of the Flow and OAuth 2 views: the signed request each step
 * would send, its curl and shell script, and what an answer says. Recomputed
 * from the inputs, never stored (CONVENTIONS.md, "Derived, never stored").
 */
import { useMemo } from 'react';
import { signRequest, signRequestSync } from '../engine/sign.ts';
import type { Result, SignResult } from '../engine/types.ts';
import { clockSkew } from '../http/clockSkew.ts';
import { decodeOAuthProblem, type OAuthProblem } from '../http/oauthProblem.ts';
import { toCurl } from '../http/curl.ts';
import { toSignedScript } from '../http/script.ts';
import type { SendResponse } from '../http/sendTypes.ts';
import { useAppStore } from './context.tsx';
import { answerFields, flowScriptInput, flowSignInput } from './flowRequests.ts';
import type { FlowStepId } from './flowSlice.ts';
import type { Run } from './flowFire.ts';
import { useEngine, type Derived } from './hooks.ts';
import { buildBearerRequest, buildTokenRequest, readTokenAnswer, type TokenAnswer, type TokenRequest } from './oauth2Requests.ts';
import { isRsa } from './selectors.ts';

export interface FlowStepDerived {
  readonly signed: Derived<SignResult>;
  /** the curl command for the signed request */
  readonly curl: string | undefined;
  /** the self-contained script (HMAC and PLAINTEXT), or why there is none */
  readonly script: Result<string> | undefined;
}

/** The signed request a flow step sends when its Send button is pressed now. */
export function useFlowStep(step: FlowStepId): FlowStepDerived {
  const flow = useAppStore((s) => s.flow);
  const clock = useAppStore((s) => s.flowSession.clocks[step]);
  const input = useMemo(() => flowSignInput(flow, step, clock), [flow, step, clock]);
  const signed = useEngine(input, signRequestSync, signRequest, isRsa(flow.signatureMethod));
  const curl = useMemo(() => (signed.status === 'ok' ? toCurl(signed.value.signedRequest) : undefined), [signed]);
  const script = useMemo(() => {
    if (!input.ok) return undefined;
    const scriptInput = flowScriptInput(flow, step);
    if (!scriptInput) {
      return { ok: false, error: { code: 'rsa-script', message: 'The shell script signs with HMAC or PLAINTEXT; for RSA use the curl command (re-sign for a fresh nonce).' } } as const;
    }
    return toSignedScript(scriptInput);
  }, [flow, step, input.ok]);
  return { signed, curl, script };
}

/** The OAuth 2 token request and Bearer request as the inputs describe them. */
export function useOAuth2Requests(): { token: TokenRequest; bearer: ReturnType<typeof buildBearerRequest> } {
  const o = useAppStore((s) => s.oauth2);
  const accessToken = useAppStore((s) => s.oauth2Session.accessToken);
  const token = useMemo(() => buildTokenRequest(o), [o]);
  const bearer = useMemo(() => buildBearerRequest(o, accessToken), [o, accessToken]);
  return { token, bearer };
}

export interface AnswerDerived {
  /** form or JSON fields of the body; undefined when it is neither */
  readonly fields: ReturnType<typeof answerFields>;
  /** an OAuth problem report or OAuth 2 error, decoded */
  readonly problem: OAuthProblem | undefined;
  /** server clock minus the request's oauth_timestamp (seconds), when the answer has a Date header */
  readonly skew: number | undefined;
  readonly token: TokenAnswer | undefined;
}

const header = (r: SendResponse, name: string): string | undefined => r.headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** What an answer says, for the response view. */
export function describeAnswer(run: Run, response: SendResponse): AnswerDerived {
  const failed = response.status >= 400;
  const date = header(response, 'date');
  return {
    fields: answerFields(response),
    problem: failed ? decodeOAuthProblem(response.body, response.headers) : undefined,
    skew: run.signed && date !== undefined ? clockSkew(run.signed.timestamp, date) : undefined,
    token: readTokenAnswer(response),
  };
}
