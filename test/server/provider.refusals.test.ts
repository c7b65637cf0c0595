import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_OAUTH1 } from '../../src/providers/demoCredentials.ts';
import { DEMO_ACCESS_TOKEN, startProvider } from '../../server/provider/index.ts';
import { formOf, place, send, signOAuth1, type SignOptions } from './support/oauth1Client.ts';
import { clientFor } from './support/demo.ts';

// The provider's clock, moved by the tests; requests are signed against it.
const START = Date.UTC(2025, 5, 1, 12, 0, 0);
let clock = START;
const nowSeconds = (): number => Math.floor(clock / 1000);

let provider: { url: string; close(): Promise<void> };
beforeAll(async () => {
  provider = await startProvider({ now: () => clock });
});
afterAll(() => provider.close());
beforeEach(() => {
  clock = START;
});

const demoToken = { key: DEMO_ACCESS_TOKEN.token, secret: DEMO_ACCESS_TOKEN.secret };

function meRequest(overrides: Partial<SignOptions> = {}): ReturnType<typeof signOAuth1> {
  return signOAuth1({
    ...clientFor('HMAC-SHA1'), method: 'GET', url: `${provider.url}/api/me`, signatureMethod: 'HMAC-SHA1',
    placement: 'header', token: demoToken, timestamp: nowSeconds(), ...overrides,
  });
}

/** Status, the decoded Problem Reporting body, and the WWW-Authenticate header. */
async function problemOf(response: Response): Promise<{ status: number; body: Record<string, string>; challenge: string | null }> {
  expect(response.headers.get('content-type')).toContain('application/x-www-form-urlencoded');
  return { status: response.status, body: await formOf(response), challenge: response.headers.get('www-authenticate') };
}

describe('signature_invalid', () => {
  it('answers 401 with the base string the provider computed, which equals the client\'s', async () => {
    const signed = meRequest({ consumer: { key: DEMO_OAUTH1.consumerKey, secret: 'not-the-secret' } });
    const { status, body, challenge } = await problemOf(await send(signed));
    expect(status).toBe(401);
    expect(body.oauth_problem).toBe('signature_invalid');
    expect(body.oauth_signature_base_string).toBe(signed.baseString);
    expect(challenge).toBe('OAuth realm="sigstep", oauth_problem="signature_invalid"');
  });

  it('shows a different base string when the client signed another URL', async () => {
    const signed = meRequest({ url: `${provider.url}/api/ME` });
    const { body } = await problemOf(await send({ ...signed, url: `${provider.url}/api/me` }));
    expect(body.oauth_problem).toBe('signature_invalid');
    expect(body.oauth_signature_base_string).toContain('%2Fapi%2Fme&');
    expect(body.oauth_signature_base_string).not.toBe(signed.baseString);
  });

  it('explains a "+" sent unencoded in the query, which arrives as a space', async () => {
    const signed = meRequest({ placement: 'query', nonce: 'plus-test' });
    const raw = signed.url.replace(/oauth_signature=[^&]*/, 'oauth_signature=abc+def');
    const { body } = await problemOf(await send({ ...signed, url: raw }));
    expect(body.oauth_problem_advice).toContain('%2B');
  });

  it('does not spend the nonce of a badly signed request', async () => {
    const bad = meRequest({ nonce: 'retry-me', consumer: { key: DEMO_OAUTH1.consumerKey, secret: 'wrong' } });
    expect((await send(bad)).status).toBe(401);
    expect((await send(meRequest({ nonce: 'retry-me' }))).status).toBe(200);
  });
});

describe('timestamp_refused', () => {
  it.each([
    ['behind', -301],
    ['ahead of', +301],
  ])('refuses a timestamp more than 5 minutes %s the server clock, naming the acceptable range', async (_side, offset) => {
    const { status, body } = await problemOf(await send(meRequest({ timestamp: nowSeconds() + offset })));
    expect(status).toBe(401);
    expect(body.oauth_problem).toBe('timestamp_refused');
    expect(body.oauth_acceptable_timestamps).toBe(`${nowSeconds() - 300}-${nowSeconds() + 300}`);
  });

  it.each([-300, 300])('accepts a timestamp exactly %i s off', async (offset) => {
    expect((await send(meRequest({ timestamp: nowSeconds() + offset }))).status).toBe(200);
  });

  it('sends its Date from the clock that judged the timestamp', async () => {
    const response = await send(meRequest({ timestamp: nowSeconds() - 1000 }));
    expect(Date.parse(response.headers.get('date') ?? '')).toBe(nowSeconds() * 1000);
  });
});

describe('nonce_used', () => {
  it('refuses the same nonce, timestamp, client and token twice', async () => {
    const signed = meRequest({ nonce: 'once-only' });
    expect((await send(signed)).status).toBe(200);
    const { status, body } = await problemOf(await send(signed));
    expect(status).toBe(401);
    expect(body.oauth_problem).toBe('nonce_used');
  });

  it('accepts the same nonce with another timestamp', async () => {
    expect((await send(meRequest({ nonce: 'n-1' }))).status).toBe(200);
    expect((await send(meRequest({ nonce: 'n-1', timestamp: nowSeconds() + 1 }))).status).toBe(200);
  });
});

describe('parameter_absent', () => {
  it('answers 400 and lists every missing parameter in oauth_parameters_absent', async () => {
    const { oauth_nonce: _n, oauth_timestamp: _t, ...rest } = meRequest().oauth;
    const { status, body } = await problemOf(await send(place({ method: 'GET', url: `${provider.url}/api/me`, placement: 'header' }, rest)));
    expect(status).toBe(400);
    expect(body.oauth_problem).toBe('parameter_absent');
    expect(body.oauth_parameters_absent).toBe('oauth_timestamp&oauth_nonce');
  });

  it('requires oauth_callback at /oauth/initiate', async () => {
    const signed = signOAuth1({ ...clientFor('HMAC-SHA1'), method: 'POST', url: `${provider.url}/oauth/initiate`, signatureMethod: 'HMAC-SHA1', placement: 'body', timestamp: nowSeconds() });
    const { body } = await problemOf(await send(signed));
    expect(body.oauth_parameters_absent).toBe('oauth_callback');
  });

  it('requires oauth_token and oauth_verifier at /oauth/token', async () => {
    const signed = signOAuth1({ ...clientFor('HMAC-SHA1'), method: 'POST', url: `${provider.url}/oauth/token`, signatureMethod: 'HMAC-SHA1', placement: 'body', timestamp: nowSeconds() });
    const { body } = await problemOf(await send(signed));
    expect(body.oauth_parameters_absent).toBe('oauth_token&oauth_verifier');
  });
});

describe('the client and the token', () => {
  it('refuses an unknown consumer key (consumer_key_unknown)', async () => {
    const { status, body } = await problemOf(await send(meRequest({ consumer: { key: 'who-is-this', secret: 'x' } })));
    expect(status).toBe(401);
    expect(body.oauth_problem).toBe('consumer_key_unknown');
  });

  it('refuses an unknown token (token_rejected)', async () => {
    const { status, body } = await problemOf(await send(meRequest({ token: { key: 'made-up', secret: 'x' } })));
    expect(status).toBe(401);
    expect(body.oauth_problem).toBe('token_rejected');
  });

  it('refuses a request token where an access token is needed (token_rejected)', async () => {
    const temporary = await initiate();
    const { body } = await problemOf(await send(meRequest({ token: temporary })));
    expect(body.oauth_problem).toBe('token_rejected');
  });

  it('refuses an expired request token after 10 minutes (token_expired)', async () => {
    const temporary = await initiate();
    clock += 10 * 60_000 + 1000;
    const { status, body } = await problemOf(await send(exchange(temporary, 'whatever')));
    expect(status).toBe(401);
    expect(body.oauth_problem).toBe('token_expired');
  });

  it('refuses a wrong verifier (verifier_invalid), and an unauthorized token the same way', async () => {
    const temporary = await initiate();
    expect((await formOf(await send(exchange(temporary, 'guess')))).oauth_problem).toBe('verifier_invalid');
    await approve(temporary.key);
    const { status, body } = await problemOf(await send(exchange(temporary, 'still-a-guess')));
    expect(status).toBe(401);
    expect(body.oauth_problem).toBe('verifier_invalid');
  });

  it('spends the request token on exchange: a second exchange is token_rejected', async () => {
    const temporary = await initiate();
    const verifier = await approve(temporary.key);
    expect((await send(exchange(temporary, verifier))).status).toBe(200);
    expect((await formOf(await send(exchange(temporary, verifier)))).oauth_problem).toBe('token_rejected');
  });
});

describe('malformed requests', () => {
  it('refuses an unsupported signature method with 400 (signature_method_rejected)', async () => {
    const request = place({ method: 'GET', url: `${provider.url}/api/me`, placement: 'query' }, { ...meRequest().oauth, oauth_signature_method: 'HMAC-MD5' });
    const { status, body } = await problemOf(await send(request));
    expect(status).toBe(400);
    expect(body.oauth_problem).toBe('signature_method_rejected');
  });

  it('refuses RSA-SHA1 from a client registered with a shared secret (signature_method_rejected)', async () => {
    const { body } = await problemOf(await send(meRequest({ signatureMethod: 'RSA-SHA1', privateKeyPem: clientFor('RSA-SHA1').privateKeyPem ?? '' })));
    expect(body.oauth_problem).toBe('signature_method_rejected');
  });

  it('refuses a protocol parameter given twice, in two places (parameter_rejected)', async () => {
    const signed = meRequest({ nonce: 'dup' });
    const { status, body } = await problemOf(await send({ ...signed, url: `${signed.url}?oauth_nonce=dup` }));
    expect(status).toBe(400);
    expect(body.oauth_problem).toBe('parameter_rejected');
    expect(body.oauth_parameters_rejected).toBe('oauth_nonce');
  });

  it('refuses oauth_version other than 1.0 (version_rejected)', async () => {
    const request = place({ method: 'GET', url: `${provider.url}/api/me`, placement: 'header' }, { ...meRequest().oauth, oauth_version: '2.0' });
    const { status, body } = await problemOf(await send(request));
    expect(status).toBe(400);
    expect(body.oauth_problem).toBe('version_rejected');
  });

  it('refuses malformed percent-encoding with 400 (parameter_rejected)', async () => {
    const { status, body } = await problemOf(await send({ method: 'GET', url: `${provider.url}/api/me?x=%ZZ` }));
    expect(status).toBe(400);
    expect(body.oauth_problem).toBe('parameter_rejected');
  });

  it('refuses an Authorization header it cannot parse with 400', async () => {
    const response = await send({ method: 'GET', url: `${provider.url}/api/me`, headers: { Authorization: 'OAuth oauth_consumer_key="unterminated' } });
    expect(response.status).toBe(400);
  });

  it('refuses a callback that is neither oob nor an http(s) URL', async () => {
    const signed = signOAuth1({ ...clientFor('HMAC-SHA1'), method: 'GET', url: `${provider.url}/oauth/initiate`, signatureMethod: 'HMAC-SHA1', placement: 'query', timestamp: nowSeconds(), oauth: { oauth_callback: 'javascript:alert(1)' } });
    const { status, body } = await problemOf(await send(signed));
    expect(status).toBe(400);
    expect(body.oauth_parameters_rejected).toBe('oauth_callback');
  });

  it('refuses a callback URL longer than 8,192 characters, so stored request tokens stay small', async () => {
    const callback = `https://client.example/cb?pad=${'x'.repeat(8200)}`;
    const signed = signOAuth1({ ...clientFor('HMAC-SHA1'), method: 'POST', url: `${provider.url}/oauth/initiate`, signatureMethod: 'HMAC-SHA1', placement: 'body', timestamp: nowSeconds(), oauth: { oauth_callback: callback } });
    const { status, body } = await problemOf(await send(signed));
    expect(status).toBe(400);
    expect(body.oauth_parameters_rejected).toBe('oauth_callback');
  });

  it('answers a body over 1 MiB with 413', async () => {
    const response = await send({ method: 'POST', url: `${provider.url}/api/me`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `x=${'a'.repeat(1024 * 1024)}` });
    expect(response.status).toBe(413);
  });

  it('answers an unknown path with 404 and a wrong method with 405', async () => {
    expect((await send({ method: 'GET', url: `${provider.url}/oauth/nothing` })).status).toBe(404);
    const wrong = await send({ method: 'DELETE', url: `${provider.url}/api/me` });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('GET');
  });

  it('writes nothing to stdout, stderr or the console, even when refusing a secret-bearing request', async () => {
    const spies = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write'),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m))];
    try {
      await send(meRequest({ consumer: { key: DEMO_OAUTH1.consumerKey, secret: 'a-secret-worth-keeping' } }));
      await send({ method: 'GET', url: `${provider.url}/api/me?x=%ZZ` });
      await send({ method: 'POST', url: `${provider.url}/oauth2/token`, headers: { Authorization: 'Basic Zm9vOmJhcg==' }, body: 'grant_type=x' });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('keeps serving after garbage on the socket', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(provider.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('\x00\x01 not http at all\r\n\r\n'));
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      socket.resume();
    });
    expect((await send({ method: 'GET', url: `${provider.url}/` })).status).toBe(200);
  });
});

async function initiate(): Promise<{ key: string; secret: string }> {
  const response = await send(signOAuth1({
    ...clientFor('HMAC-SHA1'), method: 'POST', url: `${provider.url}/oauth/initiate`, signatureMethod: 'HMAC-SHA1',
    placement: 'header', timestamp: nowSeconds(), oauth: { oauth_callback: 'oob' },
  }));
  const form = await formOf(response);
  return { key: form.oauth_token ?? '', secret: form.oauth_token_secret ?? '' };
}

async function approve(token: string): Promise<string> {
  const page = await send({
    method: 'POST', url: `${provider.url}/oauth/authorize`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `oauth_token=${encodeURIComponent(token)}&decision=approve`,
  });
  return /id="oauth_verifier">([^<]+)</.exec(await page.text())?.[1] ?? '';
}

function exchange(temporary: { key: string; secret: string }, verifier: string): ReturnType<typeof signOAuth1> {
  return signOAuth1({
    ...clientFor('HMAC-SHA1'), method: 'POST', url: `${provider.url}/oauth/token`, signatureMethod: 'HMAC-SHA1',
    placement: 'header', timestamp: nowSeconds(), token: temporary, oauth: { oauth_verifier: verifier },
  });
}
