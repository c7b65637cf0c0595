import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OAUTH1 } from '../../src/providers/demoCredentials.ts';
import { DEMO_ACCESS_TOKEN, DEMO_RSA_ACCESS_TOKEN, startProvider } from '../../server/provider/index.ts';
import { formOf, place, send, signOAuth1, type Placement, type SignatureMethod } from './support/oauth1Client.ts';
import { clientFor } from './support/demo.ts';

let provider: { url: string; close(): Promise<void> };
beforeAll(async () => {
  provider = await startProvider();
});
afterAll(() => provider.close());

const CALLBACK = 'http://app.example/callback?keep=a%20b';

/** initiate → authorize page → approve → token: the access credentials, or a failed expectation. */
async function runFlow(method: SignatureMethod, placement: Placement): Promise<{ token: string; secret: string }> {
  const client = clientFor(method);
  const verb = placement === 'body' ? 'POST' : 'GET';
  const initiate = await send(signOAuth1({
    ...client, method: verb, url: `${provider.url}/oauth/initiate`, signatureMethod: method, placement,
    oauth: { oauth_callback: CALLBACK },
  }));
  expect(initiate.status).toBe(200);
  const temporary = await formOf(initiate);
  expect(temporary.oauth_callback_confirmed).toBe('true');
  expect(temporary.oauth_token_secret).toMatch(/.{16,}/);

  const page = await send({ method: 'GET', url: `${provider.url}/oauth/authorize?oauth_token=${encodeURIComponent(temporary.oauth_token ?? '')}` });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(/sigstep demo (RSA )?client/);
  expect(html).toContain('value="approve"');
  expect(html).toContain('value="deny"');

  const approve = await send({
    method: 'POST', url: `${provider.url}/oauth/authorize`,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `oauth_token=${encodeURIComponent(temporary.oauth_token ?? '')}&decision=approve`,
  });
  expect(approve.status).toBe(302);
  const location = approve.headers.get('location') ?? '';
  expect(location.startsWith(`${CALLBACK}&oauth_token=`)).toBe(true);
  const back = new URL(location).searchParams;
  expect(back.get('oauth_token')).toBe(temporary.oauth_token);

  const token = await send(signOAuth1({
    ...client, method: verb, url: `${provider.url}/oauth/token`, signatureMethod: method, placement,
    token: { key: temporary.oauth_token ?? '', secret: temporary.oauth_token_secret ?? '' },
    oauth: { oauth_verifier: back.get('oauth_verifier') ?? '' },
  }));
  expect(token.status).toBe(200);
  const access = await formOf(token);
  return { token: access.oauth_token ?? '', secret: access.oauth_token_secret ?? '' };
}

describe.each([
  ...(['header', 'query', 'body'] as const).flatMap((placement) =>
    (['HMAC-SHA1', 'PLAINTEXT', 'RSA-SHA1'] as const).map((method) => ({ placement, method }))),
])('the three-legged flow with $method, parameters in the $placement', ({ placement, method }) => {
  it('issues credentials that open /api/me', async () => {
    const access = await runFlow(method, placement);
    const me = await send(signOAuth1({
      ...clientFor(method), method: placement === 'body' ? 'POST' : 'GET', url: `${provider.url}/api/me`,
      signatureMethod: method, placement, token: { key: access.token, secret: access.secret },
    }));
    expect(me.status).toBe(200);
    const body = await me.json() as Record<string, unknown>;
    expect(body).toMatchObject({ signature_method: method, oauth_parameters_in: placement, token: access.token });
  });
});

describe('the authorize step', () => {
  async function initiate(callback: string): Promise<Record<string, string>> {
    const response = await send(signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'POST', url: `${provider.url}/oauth/initiate`,
      signatureMethod: 'HMAC-SHA1', placement: 'header', oauth: { oauth_callback: callback },
    }));
    return formOf(response);
  }
  const decide = (token: string, decision: string): Promise<Response> => send({
    method: 'POST', url: `${provider.url}/oauth/authorize`,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `oauth_token=${encodeURIComponent(token)}&decision=${decision}`,
  });

  it('shows the verifier on the page for an out-of-band (oob) callback', async () => {
    const temporary = await initiate('oob');
    const page = await decide(temporary.oauth_token ?? '', 'approve');
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/id="oauth_verifier">[\w-]{16,}</);
  });

  it('redirects a denial with denied=<token>, after which the token is refused', async () => {
    const temporary = await initiate('http://app.example/cb');
    const denied = await decide(temporary.oauth_token ?? '', 'deny');
    expect(denied.status).toBe(302);
    expect(denied.headers.get('location')).toBe(`http://app.example/cb?denied=${temporary.oauth_token}`);
    const exchange = await send(signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'POST', url: `${provider.url}/oauth/token`, signatureMethod: 'HMAC-SHA1', placement: 'header',
      token: { key: temporary.oauth_token ?? '', secret: temporary.oauth_token_secret ?? '' }, oauth: { oauth_verifier: 'x' },
    }));
    expect(exchange.status).toBe(401);
    expect((await formOf(exchange)).oauth_problem).toBe('token_rejected');
  });

  it('answers an unknown request token with a 400 page', async () => {
    const page = await send({ method: 'GET', url: `${provider.url}/oauth/authorize?oauth_token=nope` });
    expect(page.status).toBe(400);
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});

describe('protected resource with the pre-issued demo tokens', () => {
  it.each(['HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'PLAINTEXT', 'RSA-SHA1', 'RSA-SHA256'] as const)('accepts %s', async (method) => {
    const demo = method.startsWith('RSA-') ? DEMO_RSA_ACCESS_TOKEN : DEMO_ACCESS_TOKEN;
    const response = await send(signOAuth1({
      ...clientFor(method), method: 'GET', url: `${provider.url}/api/me`, signatureMethod: method, placement: 'header',
      token: { key: demo.token, secret: demo.secret },
    }));
    expect(response.status).toBe(200);
  });

  it('accepts PLAINTEXT without oauth_timestamp and oauth_nonce (RFC 5849 §3.1)', async () => {
    const request = place({ method: 'GET', url: `${provider.url}/api/me`, placement: 'header' }, {
      oauth_consumer_key: DEMO_OAUTH1.consumerKey,
      oauth_token: DEMO_ACCESS_TOKEN.token,
      oauth_signature_method: 'PLAINTEXT',
      oauth_signature: `${DEMO_OAUTH1.consumerSecret}&${DEMO_ACCESS_TOKEN.secret}`,
    });
    expect((await send(request)).status).toBe(200);
  });

  // oauth-1.0a does not decode parameter names, so the brackets go unencoded (the WHATWG URL keeps them so).
  it('signs non-oauth parameters of an Akana-style header (scope, unquoted) and a MediaMosa-style query', async () => {
    const signed = signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'GET', url: `${provider.url}/api/me?app_id[]=1&app_id[]=2&mediamosa_version=3`,
      signatureMethod: 'HMAC-SHA1', placement: 'header', token: { key: DEMO_ACCESS_TOKEN.token, secret: DEMO_ACCESS_TOKEN.secret },
      oauth: { scope: 'Scope1' },
    });
    const headers = { Authorization: (signed.headers.Authorization ?? '').replace('scope="Scope1"', 'scope=Scope1') };
    const response = await send({ ...signed, headers });
    expect(response.status).toBe(200);
    expect((await response.json() as { base_string: string }).base_string).toBe(signed.baseString);
  });

  it('covers the public URL in the base string when a proxy terminates TLS (X-Forwarded-Proto)', async () => {
    const host = new URL(provider.url).host;
    const signed = signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'GET', url: `https://${host}/api/me`, signatureMethod: 'HMAC-SHA1', placement: 'header',
      token: { key: DEMO_ACCESS_TOKEN.token, secret: DEMO_ACCESS_TOKEN.secret },
    });
    const response = await send({ ...signed, url: `${provider.url}/api/me`, headers: { ...signed.headers, 'X-Forwarded-Proto': 'https' } });
    expect(response.status).toBe(200);
  });

  it('sends a Date header from its own clock on every answer', async () => {
    for (const response of [
      await send({ method: 'GET', url: `${provider.url}/` }),
      await send({ method: 'GET', url: `${provider.url}/api/me` }),
      await send({ method: 'GET', url: `${provider.url}/nowhere` }),
    ]) {
      expect(Math.abs(Date.parse(response.headers.get('date') ?? '') - Date.now())).toBeLessThan(5_000);
    }
  });

  it('describes itself and the demo credentials at /', async () => {
    const index = await send({ method: 'GET', url: `${provider.url}/` });
    expect(index.status).toBe(200);
    const html = await index.text();
    expect(html).toContain('sigstep reference provider');
    expect(html).toContain(DEMO_OAUTH1.consumerKey);
  });
});
