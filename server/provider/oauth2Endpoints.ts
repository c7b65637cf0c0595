/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4), shaped like the OS Data Hub
 * token endpoint, and a resource that wants its Bearer token (RFC 6750).
 */
import type { ServerResponse } from 'node:http';
import { sendJson } from '../shared/respond.ts';
import { authenticateBasic } from './basicCredentials.ts';
import { parseForm } from './formEncoding.ts';
import { OAUTH2_EXPIRES_IN_SECONDS } from './oauth2Tokens.ts';
import type { Endpoint } from './providerContext.ts';
import { isFormContentType } from './requestParameters.ts';

type TokenError = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

/** RFC 6749 §5.2: every token-endpoint error is JSON `{ error, error_description }`. */
function tokenError(res: ServerResponse, status: 400 | 401, error: TokenError, description: string): void {
  const challenge = status === 401 ? { 'WWW-Authenticate': 'Basic realm="sigstep", charset="UTF-8"' } : {};
  sendJson(res, status, { error, error_description: description }, { ...challenge, Pragma: 'no-cache' });
}

/**
 * POST /oauth2/token. A wrong Content-Type is 400 invalid_request rather than
 * 415, so that every failure here stays inside RFC 6749 §5.2, which is what
 * OAuth client libraries (and the app's response parser) understand.
 */
export const oauth2Token: Endpoint = (ctx, request) => {
  const { res } = request;
  if (!isFormContentType(request.req.headers['content-type'])) {
    tokenError(res, 400, 'invalid_request', 'The body must be Content-Type: application/x-www-form-urlencoded.');
    return;
  }
  const client = authenticateBasic(request.req.headers.authorization);
  if (!client.ok) {
    tokenError(res, 401, 'invalid_client', client.reason);
    return;
  }
  const form = parseForm(request.body);
  const grants = form.ok ? form.value.filter(([n]) => n === 'grant_type').map(([, v]) => v) : [];
  if (!form.ok || grants.length !== 1) {
    tokenError(res, 400, 'invalid_request', !form.ok ? 'The form body has malformed percent-encoding.'
      : grants.length === 0 ? 'The body has no grant_type; send grant_type=client_credentials.' : 'grant_type is given more than once.');
    return;
  }
  if (grants[0] !== 'client_credentials') {
    tokenError(res, 400, 'unsupported_grant_type', `Only grant_type=client_credentials is supported, not "${grants[0] ?? ''}".`);
    return;
  }
  const bearer = ctx.oauth2.issue(client.client.clientId);
  sendJson(res, 200, {
    access_token: bearer.accessToken,
    expires_in: OAUTH2_EXPIRES_IN_SECONDS,
    // A string of milliseconds, as OS Data Hub (an Apigee gateway) sends it.
    issued_at: String(bearer.issuedAt),
    token_type: 'Bearer',
  }, { Pragma: 'no-cache', 'X-Sigstep-Client-Auth': `basic-${client.encoding}` });
};

/** GET /oauth2/resource: RFC 6750 §2.1 Bearer; anything else is 401 invalid_token. */
export const oauth2Resource: Endpoint = (ctx, request) => {
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(request.req.headers.authorization ?? '');
  const found = match?.[1] === undefined ? undefined : ctx.oauth2.find(match[1]);
  if (found === undefined || typeof found === 'string') {
    const description = found === undefined ? 'Send Authorization: Bearer <access_token> from /oauth2/token.'
      : found === 'expired' ? 'The access token has expired; get a new one from /oauth2/token.'
        : 'The access token is not one this provider issued.';
    sendJson(request.res, 401, { error: 'invalid_token', error_description: description }, {
      'WWW-Authenticate': `Bearer realm="sigstep", error="invalid_token", error_description="${description}"`,
    });
    return;
  }
  sendJson(request.res, 200, {
    client_id: found.clientId,
    expires_at: new Date(found.expiresAt).toISOString(),
    message: 'The Bearer token was accepted.',
  });
};
