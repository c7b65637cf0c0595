import { DEMO_OAUTH1, DEMO_OAUTH1_RSA, DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';
import { DEMO_ACCESS_TOKEN } from '../demoTokens.ts';
import { escapeHtml, sendHtml } from '../shared/respond.ts';
import { PAGE_HEADERS, page } from './pages.ts';
import type { Endpoint } from './providerContext.ts';

/** GET /: what this is, its endpoints and the (public) demo credentials. */
export const indexPage: Endpoint = (_ctx, request) => {
  const at = (path: string): string => `<code>${escapeHtml(request.prefix + path)}</code>`;
  const row = (...cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
  sendHtml(request.res, 200, page('sigstep reference provider', `
<h1>sigstep reference provider</h1>
<p>A real OAuth 1.0a and OAuth 2.0 provider for testing <strong>sigstep</strong>, in memory, on this machine.
It checks signatures with its own code, not sigstep's, and explains every refusal (OAuth Problem Reporting).</p>
<h2>OAuth 1.0a (RFC 5849)</h2>
<table>
${row(at('/oauth/initiate'), 'GET or POST, signed, with <code>oauth_callback</code> (or <code>oob</code>)')}
${row(at('/oauth/authorize'), 'GET <code>?oauth_token=…</code>: the page to approve or deny')}
${row(at('/oauth/token'), 'GET or POST, signed with the request token, with <code>oauth_verifier</code>')}
${row(at('/api/me'), 'GET or POST, signed with an access token')}
</table>
<p>Parameters in the Authorization header, the query or a form body. HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, PLAINTEXT, RSA-SHA1, RSA-SHA256.</p>
<h2>OAuth 2.0 client credentials (RFC 6749 §4.4)</h2>
<table>
${row(at('/oauth2/token'), 'POST, <code>Authorization: Basic</code>, body <code>grant_type=client_credentials</code>')}
${row(at('/oauth2/resource'), 'GET with <code>Authorization: Bearer …</code>')}
</table>
<h2>Demo credentials</h2>
<table>
${row('OAuth 1.0a HMAC / PLAINTEXT', `key ${code(DEMO_OAUTH1.consumerKey)}, secret ${code(DEMO_OAUTH1.consumerSecret)}`)}
${row('its access token', `${code(DEMO_ACCESS_TOKEN.token)}, secret ${code(DEMO_ACCESS_TOKEN.secret)}`)}
${row('OAuth 1.0a RSA', `key ${code(DEMO_OAUTH1_RSA.consumerKey)} (key pair in sigstep's presets)`)}
${row('OAuth 2.0', `client id ${code(DEMO_OAUTH2.clientId)}, secret ${code(DEMO_OAUTH2.clientSecret)}`)}
</table>`), PAGE_HEADERS);
};
