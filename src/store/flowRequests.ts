/**
 * The three signed requests of the redirection-based flow (RFC 5849 §2), as
 * pure functions of the flow's inputs: the card shows, and the send action
 * sends, the same engine input. Also what each answer carries forward.
 */
import type { Credentials, HttpRequest, Param, Result, SignInput } from '../engine/types.ts';
import { parseTokenResponse } from '../http/tokenResponse.ts';
import type { ScriptSignatureMethod, SignedScriptInput } from '../http/script.ts';
import type { SendResponse } from '../http/sendTypes.ts';
import type { FlowInputs, FlowStepId, StepClock } from './flowSlice.ts';
import { isRsa } from './selectors.ts';

export const STEP_NAMES: Readonly<Record<FlowStepId, string>> = {
  initiate: 'temporary credentials',
  token: 'token credentials',
  resource: 'protected resource',
};

const fail = (code: string, message: string, input: string): Result<never> => ({ ok: false, error: { code, message, input } });

/** The token and secret a step signs with: none for initiate, the request token, then the access token. */
export function stepToken(f: FlowInputs, step: FlowStepId): { token: string; tokenSecret: string } | undefined {
  if (step === 'token') return { token: f.requestToken, tokenSecret: f.requestTokenSecret };
  if (step === 'resource') return { token: f.accessToken, tokenSecret: f.accessTokenSecret };
  return undefined;
}

function credentials(f: FlowInputs, step: FlowStepId): Credentials {
  const t = stepToken(f, step);
  return {
    consumerKey: f.consumerKey,
    consumerSecret: f.consumerSecret,
    ...(t === undefined || t.token === '' ? {} : { token: t.token }),
    ...(t === undefined || t.tokenSecret === '' ? {} : { tokenSecret: t.tokenSecret }),
    ...(isRsa(f.signatureMethod) ? { privateKeyPem: f.privateKeyPem } : {}),
  };
}

/** What signRequest gets for one step. The nonce and timestamp are the step's own, never the engine's. */
export function flowSignInput(f: FlowInputs, step: FlowStepId, clock: StepClock): Result<SignInput> {
  const endpoint = f[step];
  const url = endpoint.url.trim();
  if (url === '') return fail('no-url', `Enter the ${STEP_NAMES[step]} URL.`, 'url');
  const method = endpoint.method.trim().toUpperCase() || 'GET';
  const request: HttpRequest = { method, url, headers: [], body: '' };
  return {
    ok: true,
    value: {
      request,
      credentials: credentials(f, step),
      protocol: {
        signatureMethod: f.signatureMethod,
        nonce: clock.nonce,
        timestamp: clock.timestamp,
        includeVersion: f.includeVersion,
        // RFC 5849 §2.1: oauth_callback is required on the temporary credentials request.
        ...(step === 'initiate' ? { callback: f.callback.trim() === '' ? 'oob' : f.callback.trim() } : {}),
        // §2.3: the verifier goes with the token credentials request only.
        ...(step === 'token' && f.verifier !== '' ? { verifier: f.verifier } : {}),
      },
      placement: f.placement,
    },
  };
}

/** The self-contained shell script's input (HMAC and PLAINTEXT only: RSA needs the key file, not a secret). */
export function flowScriptInput(f: FlowInputs, step: FlowStepId): SignedScriptInput | undefined {
  if (isRsa(f.signatureMethod)) return undefined;
  const t = stepToken(f, step);
  const endpoint = f[step];
  return {
    method: endpoint.method.trim().toUpperCase() || 'GET',
    url: endpoint.url.trim(),
    query: [],
    body: [],
    placement: f.placement,
    consumerKey: f.consumerKey,
    consumerSecret: f.consumerSecret,
    ...(t === undefined ? {} : { token: t.token, tokenSecret: t.tokenSecret }),
    signatureMethod: f.signatureMethod as ScriptSignatureMethod,
    ...(step === 'initiate' ? { callback: f.callback.trim() === '' ? 'oob' : f.callback.trim() } : {}),
    ...(step === 'token' && f.verifier !== '' ? { verifier: f.verifier } : {}),
    includeVersion: f.includeVersion,
  };
}

/** The fields of an answer body, form-encoded or JSON; undefined when it is neither. */
export function answerFields(response: SendResponse): Param[] | undefined {
  const contentType = response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const parsed = parseTokenResponse(response.body, contentType);
  return parsed.ok ? parsed.value.fields : undefined;
}

export interface CarriedTokens {
  readonly token: string;
  readonly tokenSecret: string;
  /** RFC 5849 §2.1: a provider that took the callback says oauth_callback_confirmed=true */
  readonly callbackConfirmed?: boolean;
}

/** RFC 5849 §2.1 / §2.3: the oauth_token and oauth_token_secret a 2xx answer hands over. */
export function carriedTokens(response: SendResponse): CarriedTokens | undefined {
  if (response.status < 200 || response.status > 299) return undefined;
  const fields = answerFields(response);
  const value = (name: string): string | undefined => fields?.find(([n]) => n === name)?.[1];
  const token = value('oauth_token');
  if (token === undefined || token === '') return undefined;
  const confirmed = value('oauth_callback_confirmed');
  return {
    token,
    tokenSecret: value('oauth_token_secret') ?? '',
    ...(confirmed === undefined ? {} : { callbackConfirmed: confirmed === 'true' }),
  };
}
