/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) with HTTP Basic client
 * authentication (RFC 6749 §2.3.1, RFC 7617), and the Bearer request that follows (RFC 6750 §2.1).
 */
import type { HttpRequest } from './types.ts';
import { base64Encode } from './base64.ts';
import { toWellFormed } from './percent.ts';

export interface ClientCredentialsInput {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** RFC 6749 §2.3.1: form-encode id and secret before joining them (some providers, e.g. OS Data Hub, expect the raw values) */
  formEncodeCredentials: boolean;
  scope?: string;
}

export interface ClientCredentialsSteps {
  /** id:secret, after the optional form-encoding */
  readonly joined: string;
  /** RFC 7617 §2: base64 of the UTF-8 bytes of `joined` */
  readonly base64: string;
  /** the Authorization header value */
  readonly authorization: string;
}

/**
 * application/x-www-form-urlencoded serialisation of one value (WHATWG URL
 * §5.2, what URLSearchParams writes): `*-._` and alphanumerics stay, space is `+`.
 */
export function formEncode(value: string): string {
  // A lone surrogate would make encodeURIComponent throw; it goes out as U+FFFD like any UTF-8 encoder sends it.
  return encodeURIComponent(toWellFormed(value)).replace(/[!'()~]|%20/g, (m) => (m === '%20' ? '+' : `%${m.charCodeAt(0).toString(16).toUpperCase()}`));
}

/** RFC 6749 §2.3.1 + RFC 7617 §2: the Basic credentials, step by step. */
export function basicCredentials(clientId: string, clientSecret: string, formEncodeCredentials: boolean): ClientCredentialsSteps {
  const joined = formEncodeCredentials ? `${formEncode(clientId)}:${formEncode(clientSecret)}` : `${clientId}:${clientSecret}`;
  const base64 = base64Encode(new TextEncoder().encode(joined));
  return { joined, base64, authorization: `Basic ${base64}` };
}

/** RFC 6749 §4.4.2: POST grant_type=client_credentials (and scope) with Basic client authentication. */
export function clientCredentialsRequest(input: ClientCredentialsInput): { request: HttpRequest; steps: ClientCredentialsSteps } {
  const steps = basicCredentials(input.clientId, input.clientSecret, input.formEncodeCredentials);
  const scope = input.scope === undefined || input.scope === '' ? '' : `&scope=${formEncode(input.scope)}`;
  const request: HttpRequest = {
    method: 'POST',
    url: input.tokenUrl,
    headers: [
      ['Authorization', steps.authorization],
      ['Content-Type', 'application/x-www-form-urlencoded'],
      ['Accept', 'application/json'],
    ],
    body: `grant_type=client_credentials${scope}`,
  };
  return { request, steps };
}

/** RFC 6750 §2.1: the access token in an `Authorization: Bearer` header. */
export function bearerRequest(url: string, accessToken: string, method = 'GET'): HttpRequest {
  return { method, url, headers: [['Authorization', `Bearer ${accessToken}`]], body: '' };
}
