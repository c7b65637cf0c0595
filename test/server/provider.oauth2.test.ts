import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';
import { startProvider } from '../../server/provider/index.ts';
import { send } from './support/oauth1Client.ts';

const START = Date.UTC(2025, 5, 1, 12, 0, 0);
let clock = START;
let provider: { url: string; close(): Promise<void> };
beforeAll(async () => {
  provider = await startProvider({ now: () => clock });
});
afterAll(() => provider.close());
beforeEach(() => {
  clock = START;
});

const basic = (id: string, secret: string): string => `Basic ${Buffer.from(`${id}:${secret}`, 'utf8').toString('base64')}`;
const formEncode = (s: string): string => new URLSearchParams({ s }).toString().slice(2);
const FORM = 'application/x-www-form-urlencoded';

function tokenRequest(headers: Record<string, string>, body = 'grant_type=client_credentials'): Promise<Response> {
  return send({ method: 'POST', url: `${provider.url}/oauth2/token`, headers: { 'Content-Type': FORM, ...headers }, body });
}

async function issue(): Promise<string> {
  const response = await tokenRequest({ Authorization: basic(DEMO_OAUTH2.clientId, DEMO_OAUTH2.clientSecret) });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('POST /oauth2/token (client credentials, shaped like OS Data Hub)', () => {
  it('issues a Bearer token for the raw id:secret in Basic, as OS Data Hub documents it', async () => {
    const response = await tokenRequest({ Authorization: basic(DEMO_OAUTH2.clientId, DEMO_OAUTH2.clientSecret) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-sigstep-client-auth')).toBe('basic-raw');
    const body = await response.json() as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.stringMatching(/^\S{20,}$/), expires_in: 299, issued_at: String(START), token_type: 'Bearer' });
  });

  it('accepts id and secret form-encoded before base64 (RFC 6749 §2.3.1) and says so', async () => {
    const response = await tokenRequest({ Authorization: basic(formEncode(DEMO_OAUTH2.clientId), formEncode(DEMO_OAUTH2.clientSecret)) });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-sigstep-client-auth')).toBe('basic-form-encoded');
  });

  it.each([
    ['a wrong secret', { Authorization: basic(DEMO_OAUTH2.clientId, 'wrong') }],
    ['an unknown client', { Authorization: basic('nobody', DEMO_OAUTH2.clientSecret) }],
    ['no Authorization header', {}],
    ['a non-Basic Authorization header', { Authorization: 'Bearer abc' }],
  ])('answers %s with 401 invalid_client and a Basic challenge', async (_case, headers) => {
    const response = await tokenRequest(headers);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="sigstep"/);
    expect(await response.json()).toMatchObject({ error: 'invalid_client', error_description: expect.any(String) });
  });

  it('answers a missing grant_type with 400 invalid_request', async () => {
    const response = await tokenRequest({ Authorization: basic(DEMO_OAUTH2.clientId, DEMO_OAUTH2.clientSecret) }, 'scope=x');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers another grant_type with 400 unsupported_grant_type', async () => {
    const response = await tokenRequest({ Authorization: basic(DEMO_OAUTH2.clientId, DEMO_OAUTH2.clientSecret) }, 'grant_type=password');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('answers a body that is not form-encoded with 400 invalid_request', async () => {
    const response = await send({
      method: 'POST', url: `${provider.url}/oauth2/token`,
      headers: { 'Content-Type': 'application/json', Authorization: basic(DEMO_OAUTH2.clientId, DEMO_OAUTH2.clientSecret) },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('application/x-www-form-urlencoded') });
  });

  it('answers GET with 405', async () => {
    expect((await send({ method: 'GET', url: `${provider.url}/oauth2/token` })).status).toBe(405);
  });
});

describe('GET /oauth2/resource (Bearer)', () => {
  it('accepts the token it issued', async () => {
    const token = await issue();
    const response = await send({ method: 'GET', url: `${provider.url}/oauth2/resource`, headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ client_id: DEMO_OAUTH2.clientId });
  });

  it.each([
    ['no Authorization header', {}],
    ['an unknown token', { Authorization: 'Bearer not-a-token' }],
    ['Basic instead of Bearer', { Authorization: 'Basic abc=' }],
  ])('refuses %s with 401 invalid_token', async (_case, headers) => {
    const response = await send({ method: 'GET', url: `${provider.url}/oauth2/resource`, headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="sigstep", error="invalid_token"/);
    expect(await response.json()).toMatchObject({ error: 'invalid_token' });
  });

  it('refuses the token once its 299 seconds are up', async () => {
    const token = await issue();
    clock += 298_000;
    const fresh = await send({ method: 'GET', url: `${provider.url}/oauth2/resource`, headers: { Authorization: `Bearer ${token}` } });
    expect(fresh.status).toBe(200);
    clock += 2_000;
    const expired = await send({ method: 'GET', url: `${provider.url}/oauth2/resource`, headers: { Authorization: `Bearer ${token}` } });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ error: 'invalid_token', error_description: expect.stringContaining('expired') });
  });
});
