/**
 * The OAuth 2.0 requests the inputs describe, and what a token answer says.
 * Pure functions of the inputs: the view and the send action build the same
 * request, so what is shown is what is sent.
 */
import { basicCredentials, bearerRequest, clientCredentialsRequest, formEncode, type ClientCredentialsSteps } from '../engine/oauth2.ts';
import type { HttpRequest } from '../engine/types.ts';
import { parseTokenResponse } from '../http/tokenResponse.ts';
import type { SendResponse } from '../http/sendTypes.ts';
import type { OAuth2Inputs } from './oauth2Slice.ts';

export interface TokenRequest {
  readonly request: HttpRequest;
  /** key:secret → base64 → header, for HTTP Basic; also shown for the body method, where it is not sent */
  readonly steps: ClientCredentialsSteps;
}

/** RFC 6749 §4.4.2, with the client authenticated by HTTP Basic (§2.3.1) or by client_id/client_secret in the body. */
export function buildTokenRequest(o: OAuth2Inputs): TokenRequest {
  const scope = o.scope === '' ? {} : { scope: o.scope };
  if (o.clientAuth === 'basic') {
    return clientCredentialsRequest({
      tokenUrl: o.tokenUrl.trim(),
      clientId: o.clientId,
      clientSecret: o.clientSecret,
      formEncodeCredentials: o.formEncodeCredentials,
      ...scope,
    });
  }
  const fields: [string, string][] = [['grant_type', 'client_credentials'], ['client_id', o.clientId], ['client_secret', o.clientSecret]];
  if (o.scope !== '') fields.push(['scope', o.scope]);
  const request: HttpRequest = {
    method: 'POST',
    url: o.tokenUrl.trim(),
    headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Accept', 'application/json']],
    body: fields.map(([n, v]) => `${formEncode(n)}=${formEncode(v)}`).join('&'),
  };
  return { request, steps: basicCredentials(o.clientId, o.clientSecret, o.formEncodeCredentials) };
}

/** RFC 6750 §2.1. */
export function buildBearerRequest(o: OAuth2Inputs, accessToken: string): HttpRequest {
  return bearerRequest(o.resourceUrl.trim(), accessToken);
}

/** RFC 6749 §5.1, as far as the answer goes: every field is optional here, the view says which are missing. */
export interface TokenAnswer {
  readonly accessToken?: string;
  readonly tokenType?: string;
  /** seconds, as sent */
  readonly expiresIn?: number;
  /** ms since the epoch (OS Data Hub sends a string of milliseconds) */
  readonly issuedAt?: number;
  readonly scope?: string;
}

const numberField = (v: string | undefined): number | undefined => {
  if (v === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(v)) return undefined;
  return Number(v);
};

/** The fields of a successful token answer, or undefined when the body is not a token answer at all. */
export function readTokenAnswer(response: SendResponse): TokenAnswer | undefined {
  if (response.status < 200 || response.status > 299) return undefined;
  const contentType = response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const parsed = parseTokenResponse(response.body, contentType);
  if (!parsed.ok) return undefined;
  const value = (name: string): string | undefined => parsed.value.fields.find(([n]) => n === name)?.[1];
  const out: { -readonly [K in keyof TokenAnswer]: TokenAnswer[K] } = {};
  const accessToken = value('access_token');
  if (accessToken !== undefined && accessToken !== '') out.accessToken = accessToken;
  const tokenType = value('token_type');
  if (tokenType !== undefined) out.tokenType = tokenType;
  const expiresIn = numberField(value('expires_in'));
  if (expiresIn !== undefined) out.expiresIn = expiresIn;
  const issuedAt = numberField(value('issued_at'));
  // issued_at is milliseconds at OS Data Hub; a value that small is seconds (some gateways send those).
  if (issuedAt !== undefined) out.issuedAt = issuedAt < 1e11 ? issuedAt * 1000 : issuedAt;
  const scope = value('scope');
  if (scope !== undefined) out.scope = scope;
  return out;
}
