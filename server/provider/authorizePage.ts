/**
 * RFC 5849 §2.2: the resource owner's decision. There is no login: the person
 * at the keyboard is the resource owner, which is all a loopback test provider needs.
 */
import { escapeHtml, sendHtml } from '../shared/respond.ts';
import { parseForm, percentEncode } from './formEncoding.ts';
import type { TemporaryCredential } from './oauth1Tokens.ts';
import { OAUTH1_CLIENTS } from './clients.ts';
import { PAGE_HEADERS, page } from './pages.ts';
import type { Endpoint, ProviderContext, ProviderRequest } from './providerContext.ts';
import { isFormContentType } from './requestParameters.ts';

export const authorize: Endpoint = (ctx, request) => {
  if (request.method === 'GET') {
    const temporary = findTemporary(ctx, request, paramOf(request.query, 'oauth_token'));
    if (temporary !== undefined) showDecision(request, temporary);
    return;
  }
  const form = isFormContentType(request.req.headers['content-type']) ? request.body : '';
  const temporary = findTemporary(ctx, request, paramOf(form, 'oauth_token'));
  if (temporary === undefined) return;
  const decision = paramOf(form, 'decision');
  if (decision === 'approve') {
    const verifier = ctx.oauth1.approve(temporary);
    finish(request, temporary, [['oauth_token', temporary.token], ['oauth_verifier', verifier]], approvedOob(verifier));
  } else if (decision === 'deny') {
    ctx.oauth1.deny(temporary);
    finish(request, temporary, [['denied', temporary.token]], deniedOob());
  } else {
    sendHtml(request.res, 400, page('Bad request', '<h1>Bad request</h1><p>Choose Approve or Deny.</p>'), PAGE_HEADERS);
  }
};

function paramOf(form: string, name: string): string | undefined {
  const parsed = parseForm(form);
  return parsed.ok ? parsed.value.find(([n]) => n === name)?.[1] : undefined;
}

function findTemporary(ctx: ProviderContext, request: ProviderRequest, token: string | undefined): TemporaryCredential | undefined {
  const found = token === undefined ? 'unknown' : ctx.oauth1.find(token);
  if (typeof found === 'object' && found.kind === 'temporary' && found.state !== 'denied') return found;
  const why = token === undefined
    ? 'The request has no <code>oauth_token</code>.'
    : found === 'expired'
      ? 'This request token has expired (they last 10 minutes). Start again from <code>/oauth/initiate</code>.'
      : 'This is not a request token the provider issued, or it was already used or denied.';
  sendHtml(request.res, 400, page('Cannot authorize', `<h1>Cannot authorize</h1><p>${why}</p>`), PAGE_HEADERS);
  return undefined;
}

function showDecision(request: ProviderRequest, temporary: TemporaryCredential): void {
  const name = OAUTH1_CLIENTS.get(temporary.consumerKey)?.name ?? temporary.consumerKey;
  const after = temporary.callback === 'oob'
    ? 'After you decide, this page shows a verifier code for you to paste into the application.'
    : `After you decide, you are sent back to <code>${escapeHtml(temporary.callback)}</code>.`;
  sendHtml(request.res, 200, page(`Authorize ${name}`, `
<h1>Authorize ${escapeHtml(name)}?</h1>
<p>The application <strong>${escapeHtml(name)}</strong> (consumer key <code>${escapeHtml(temporary.consumerKey)}</code>)
asks for access to your account on the sigstep reference provider.</p>
<p>${after}</p>
<form method="post" action="${escapeHtml(`${request.prefix}/oauth/authorize`)}">
  <input type="hidden" name="oauth_token" value="${escapeHtml(temporary.token)}">
  <button type="submit" name="decision" value="approve">Approve</button>
  <button type="submit" name="decision" value="deny">Deny</button>
</form>`), PAGE_HEADERS);
}

/** Redirects to the callback with `params` added to its query, or shows the out-of-band page. */
function finish(request: ProviderRequest, temporary: TemporaryCredential, params: readonly (readonly [string, string])[], oobPage: string): void {
  if (temporary.callback === 'oob') {
    sendHtml(request.res, 200, oobPage, PAGE_HEADERS);
    return;
  }
  request.res.writeHead(302, { Location: appendQuery(temporary.callback, params), 'Cache-Control': 'no-store', 'Content-Length': 0 });
  request.res.end();
}

/**
 * Adds parameters to a URL's query by string, not through URLSearchParams, so
 * the callback's own query is kept byte for byte (URLSearchParams would
 * re-encode it) and a fragment stays last.
 */
export function appendQuery(url: string, params: readonly (readonly [string, string])[]): string {
  const hash = url.indexOf('#');
  const base = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const added = params.map(([n, v]) => `${percentEncode(n)}=${percentEncode(v)}`).join('&');
  const joiner = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}${added}${fragment}`;
}

function approvedOob(verifier: string): string {
  return page('Authorized', `
<h1>Authorized</h1>
<p>Copy this verifier into the application; it needs it to get the access token.</p>
<p>Verifier: <code class="verifier" id="oauth_verifier">${escapeHtml(verifier)}</code></p>`);
}

function deniedOob(): string {
  return page('Denied', '<h1>Denied</h1><p>You denied the request. The application gets no access; its request token is void.</p>');
}
