/**
 * Checks a signed OAuth 1.0a request the way RFC 5849 §3.2 asks, one step per
 * function, each turning a failure into the OAuth Problem Reporting problem
 * that names it. The order is the usual one: shape, client, clock, token,
 * signature, and only then the nonce, so a request with a bad signature does not
 * spend its nonce and the corrected retry is not refused as a replay.
 */
import { signatureBaseString } from './baseString.ts';
import { OAUTH1_CLIENTS, type OAuth1Client } from './clients.ts';
import type { Credential } from './oauth1Tokens.ts';
import { problem, type Problem } from './problems.ts';
import type { ProviderContext } from './providerContext.ts';
import type { Placement, RequestParameters } from './requestParameters.ts';
import { SIGNATURE_METHODS, methodsFor } from './signatureMethods.ts';

/** RFC 5849 §3.3 leaves the window to the server; ±5 minutes is the common choice. */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

export interface OAuth1Expectations {
  /** Protocol parameters this endpoint needs beyond the always-required ones. */
  readonly needs: readonly string[];
  readonly token: 'none' | 'temporary' | 'access';
}

export interface Verified {
  readonly client: OAuth1Client;
  readonly signatureMethod: string;
  readonly placement: Placement;
  readonly oauth: RequestParameters['oauth'];
  readonly credential?: Credential;
  readonly baseString: string;
}

export type Verification = { readonly ok: true; readonly value: Verified } | { readonly ok: false; readonly problem: Problem };

type Step<T> = { ok: true; value: T } | { ok: false; problem: Problem };
const fail = (p: Problem): { ok: false; problem: Problem } => ({ ok: false, problem: p });

export function verifyOAuth1(
  ctx: ProviderContext,
  request: { method: string; baseStringUri: string; params: RequestParameters },
  expect: OAuth1Expectations,
): Verification {
  const { oauth } = request.params;
  const value = (name: string): string => oauth.get(name)?.value ?? '';

  const absent = missingParameters(oauth, expect);
  if (absent.length > 0) return fail(parameterAbsent(absent));
  const version = oauth.get('oauth_version');
  if (version !== undefined && version.value !== '1.0') {
    return fail(problem('version_rejected', `oauth_version must be "1.0" or absent, not "${version.value}".`,
      [['oauth_acceptable_versions', '1.0-1.0']]));
  }
  const client = resolveClient(value('oauth_consumer_key'), value('oauth_signature_method'));
  if (!client.ok) return client;
  const clock = checkTimestamp(oauth.get('oauth_timestamp')?.value, Math.floor(ctx.now() / 1000));
  if (clock !== undefined) return fail(clock);
  const credential = resolveToken(ctx, value('oauth_token'), client.value, expect.token);
  if (!credential.ok) return credential;

  const signatureMethod = value('oauth_signature_method');
  const baseString = signatureBaseString(request.method, request.baseStringUri, request.params.signed);
  const signature = value('oauth_signature');
  const method = SIGNATURE_METHODS.get(signatureMethod);
  const tokenSecret = credential.value?.secret ?? '';
  if (method === undefined || !method.verify({ baseString, signature, client: client.value, tokenSecret })) {
    return fail(signatureInvalid(baseString, signatureMethod, signature));
  }

  const replay = checkNonce(ctx, client.value, oauth);
  if (replay !== undefined) return fail(replay);

  const placement = oauth.get('oauth_signature')?.from ?? 'header';
  const verified: Verified = { client: client.value, signatureMethod, placement, oauth, baseString };
  return { ok: true, value: credential.value === undefined ? verified : { ...verified, credential: credential.value } };
}

/** RFC 5849 §3.3: a nonce is used once per timestamp, client and token. PLAINTEXT may send none. */
function checkNonce(ctx: ProviderContext, client: OAuth1Client, oauth: RequestParameters['oauth']): Problem | undefined {
  const nonce = oauth.get('oauth_nonce');
  if (nonce === undefined) return undefined;
  const fresh = ctx.nonces.use({
    consumerKey: client.consumerKey,
    token: oauth.get('oauth_token')?.value ?? '',
    timestamp: Number(oauth.get('oauth_timestamp')?.value ?? 0),
    nonce: nonce.value,
    nowSeconds: Math.floor(ctx.now() / 1000),
  });
  return fresh ? undefined : problem('nonce_used',
    'This oauth_nonce was already used with this timestamp, client and token. Use a fresh nonce for every request.');
}

function missingParameters(oauth: RequestParameters['oauth'], expect: OAuth1Expectations): string[] {
  const plaintext = oauth.get('oauth_signature_method')?.value === 'PLAINTEXT';
  const required = [
    'oauth_consumer_key',
    'oauth_signature_method',
    'oauth_signature',
    ...(plaintext ? [] : ['oauth_timestamp', 'oauth_nonce']),
    ...(expect.token === 'none' ? [] : ['oauth_token']),
    ...expect.needs,
  ];
  return required.filter((name) => !oauth.has(name));
}

function parameterAbsent(absent: readonly string[]): Problem {
  return problem('parameter_absent', `Missing: ${absent.join(', ')}.`, [['oauth_parameters_absent', absent.join('&')]]);
}

function resolveClient(consumerKey: string, signatureMethod: string): Step<OAuth1Client> {
  const method = SIGNATURE_METHODS.get(signatureMethod);
  if (method === undefined) {
    return fail(problem('signature_method_rejected',
      `Unsupported oauth_signature_method "${signatureMethod}". Supported: ${[...SIGNATURE_METHODS.keys()].join(', ')}.`));
  }
  const client = OAUTH1_CLIENTS.get(consumerKey);
  if (client === undefined) return fail(problem('consumer_key_unknown', `No client is registered with oauth_consumer_key "${consumerKey}".`));
  if (method.needs !== client.kind) {
    return fail(problem('signature_method_rejected',
      `Client "${consumerKey}" is registered for ${methodsFor(client).join(', ')}, not ${signatureMethod}.`));
  }
  return { ok: true, value: client };
}

function checkTimestamp(timestamp: string | undefined, nowSeconds: number): Problem | undefined {
  if (timestamp === undefined) return undefined; // only PLAINTEXT gets here without one
  const from = nowSeconds - TIMESTAMP_TOLERANCE_SECONDS;
  const to = nowSeconds + TIMESTAMP_TOLERANCE_SECONDS;
  const seconds = /^\d{1,15}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (seconds >= from && seconds <= to) return undefined;
  const why = Number.isNaN(seconds)
    ? `oauth_timestamp must be whole seconds since 1970, not "${timestamp}".`
    : `oauth_timestamp ${timestamp} is ${seconds - nowSeconds} s from the server's clock (${nowSeconds}); at most ±${TIMESTAMP_TOLERANCE_SECONDS} s is accepted.`;
  return problem('timestamp_refused', why, [['oauth_acceptable_timestamps', `${from}-${to}`]]);
}

function resolveToken(
  ctx: ProviderContext,
  token: string,
  client: OAuth1Client,
  wanted: OAuth1Expectations['token'],
): Step<Credential | undefined> {
  if (wanted === 'none') return { ok: true, value: undefined };
  const found = ctx.oauth1.find(token);
  if (found === 'expired') return fail(problem('token_expired', `oauth_token "${token}" has expired; start the flow again.`));
  if (found === 'unknown') return fail(problem('token_rejected', `oauth_token "${token}" is not a token this provider issued (or it was already used).`));
  if (found.consumerKey !== client.consumerKey) return fail(problem('token_rejected', `oauth_token "${token}" was issued to another client.`));
  if (found.kind !== wanted) {
    return fail(problem('token_rejected', wanted === 'access'
      ? `oauth_token "${token}" is a temporary (request) token; exchange it at /oauth/token first.`
      : `oauth_token "${token}" is an access token; /oauth/token wants the temporary token from /oauth/initiate.`));
  }
  return { ok: true, value: found };
}

function signatureInvalid(baseString: string, signatureMethod: string, signature: string): Problem {
  const hints = [`The signature does not match the base string the server computed (in oauth_signature_base_string); compare it with yours.`];
  if (signature.includes(' ')) hints.push(`The signature contains a space: a "+" was probably sent unencoded in a query or form body, where it means a space; encode it as %2B.`);
  if (signatureMethod === 'PLAINTEXT') hints.push('PLAINTEXT ignores the base string: the signature is the percent-encoded consumer secret, "&", and the percent-encoded token secret.');
  return problem('signature_invalid', hints.join(' '), [['oauth_signature_base_string', baseString]]);
}
