/** The three OAuth 1.0a endpoints that take signed requests (RFC 5849 §2.1, §2.3) and the protected resource. */
import { send, sendJson } from '../shared/respond.ts';
import { sameString } from '../shared/sameString.ts';
import { formatForm, type Pair } from './formEncoding.ts';
import type { TemporaryCredential } from './oauth1Tokens.ts';
import { problem, sendProblem } from './problems.ts';
import type { Endpoint, ProviderRequest } from './providerContext.ts';
import { acceptSigned } from './signedRequest.ts';

function sendForm(request: ProviderRequest, pairs: readonly Pair[]): void {
  send(request.res, 200, 'application/x-www-form-urlencoded; charset=utf-8', formatForm(pairs));
}

/**
 * Each request token keeps its callback until it is used or expires; the cap keeps
 * 10,000 outstanding tokens from holding gigabytes (browsers cut URLs far shorter anyway).
 */
const MAX_CALLBACK_LENGTH = 8192;

/** 'oob' or an absolute http(s) URL: anything else could not be redirected to safely. */
function isUsableCallback(callback: string): boolean {
  if (callback === 'oob') return true;
  if (callback.length > MAX_CALLBACK_LENGTH) return false;
  try {
    const url = new URL(callback);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** RFC 5849 §2.1: temporary credentials. */
export const initiate: Endpoint = (ctx, request) => {
  const verified = acceptSigned(ctx, request, { needs: ['oauth_callback'], token: 'none' });
  if (verified === undefined) return;
  const callback = verified.oauth.get('oauth_callback')?.value ?? '';
  if (!isUsableCallback(callback)) {
    sendProblem(request.res, problem('parameter_rejected', `oauth_callback must be "oob" or an absolute http(s) URL of at most ${MAX_CALLBACK_LENGTH} characters, not "${callback.slice(0, 200)}".`,
      [['oauth_parameters_rejected', 'oauth_callback']]));
    return;
  }
  const temporary = ctx.oauth1.issueTemporary(verified.client.consumerKey, callback);
  sendForm(request, [
    ['oauth_token', temporary.token],
    ['oauth_token_secret', temporary.secret],
    ['oauth_callback_confirmed', 'true'],
  ]);
};

/** RFC 5849 §2.3: token credentials, for an approved temporary token and its verifier. */
export const token: Endpoint = (ctx, request) => {
  const verified = acceptSigned(ctx, request, { needs: ['oauth_verifier'], token: 'temporary' });
  if (verified === undefined) return;
  const temporary = verified.credential as TemporaryCredential;
  if (temporary.state === 'denied') {
    sendProblem(request.res, problem('token_rejected', 'The resource owner denied this request token.'));
    return;
  }
  const verifier = verified.oauth.get('oauth_verifier')?.value ?? '';
  if (temporary.verifier === undefined || !sameString(temporary.verifier, verifier)) {
    sendProblem(request.res, problem('verifier_invalid', temporary.verifier === undefined
      ? 'This request token has not been authorized yet: open /oauth/authorize first.'
      : 'oauth_verifier does not match the one issued when this request token was authorized.'));
    return;
  }
  const access = ctx.oauth1.exchange(temporary);
  sendForm(request, [['oauth_token', access.token], ['oauth_token_secret', access.secret]]);
};

/** A protected resource: who the signed request says the client and token are. */
export const me: Endpoint = (ctx, request) => {
  const verified = acceptSigned(ctx, request, { needs: [], token: 'access' });
  if (verified === undefined) return;
  sendJson(request.res, 200, {
    client: { consumer_key: verified.client.consumerKey, name: verified.client.name },
    token: verified.credential?.token,
    signature_method: verified.signatureMethod,
    oauth_parameters_in: verified.placement,
    method: request.method,
    base_string: verified.baseString,
    server_time: Math.floor(ctx.now() / 1000),
  });
};
