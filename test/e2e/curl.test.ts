/**
 * The curl commands the app shows, run with the real curl against the reference
 * provider: what the engine signs, toCurl writes, and the provider accepts —
 * every placement, OAuth 1.0a and OAuth 2.0 (Basic and Bearer).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_TOKEN, DEMO_RSA_ACCESS_TOKEN, startProvider } from '../../server/provider/index.ts';
import { bearerRequest, clientCredentialsRequest, signRequest } from '../../src/engine/index.ts';
import type { HttpRequest, Placement, SignatureMethod } from '../../src/engine/types.ts';
import { toCurl } from '../../src/http/index.ts';
import { DEMO_OAUTH1, DEMO_OAUTH1_RSA, DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';

const run = promisify(execFile);

let provider: { url: string; close(): Promise<void> };
beforeAll(async () => {
  provider = await startProvider({ port: 0 });
});
afterAll(() => provider.close());

/** Runs the command as a person pastes it, plus flags that print the status after the body. */
async function curl(req: HttpRequest, multiline = false): Promise<{ status: number; body: string }> {
  const { stdout } = await run('sh', ['-c', `${toCurl(req, { multiline })} -sS -w '\\n%{http_code}'`], { timeout: 20_000 });
  const cut = stdout.lastIndexOf('\n');
  return { status: Number(stdout.slice(cut + 1)), body: stdout.slice(0, cut) };
}

let nonce = 0;
async function signed(method: string, path: string, placement: Placement, signatureMethod: SignatureMethod, extra: { token?: string; tokenSecret?: string; callback?: string } = {}) {
  const rsa = signatureMethod.startsWith('RSA-');
  const result = await signRequest({
    request: { method, url: `${provider.url}${path}`, headers: [], body: '' },
    credentials: {
      consumerKey: rsa ? DEMO_OAUTH1_RSA.consumerKey : DEMO_OAUTH1.consumerKey,
      consumerSecret: rsa ? '' : DEMO_OAUTH1.consumerSecret,
      ...(rsa ? { privateKeyPem: DEMO_OAUTH1_RSA.privateKeyPem } : {}),
      ...(extra.token === undefined ? {} : { token: extra.token }),
      ...(extra.tokenSecret === undefined ? {} : { tokenSecret: extra.tokenSecret }),
    },
    protocol: {
      signatureMethod,
      nonce: `curl-test-${Date.now()}-${++nonce}`,
      timestamp: String(Math.floor(Date.now() / 1000)),
      ...(extra.callback === undefined ? {} : { callback: extra.callback }),
    },
    placement,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.signedRequest;
}

describe('generated curl commands against the reference provider', () => {
  const PLACEMENTS: readonly Placement[] = ['header', 'query', 'body'];

  it.each(PLACEMENTS)('gets temporary credentials with the oauth parameters in the %s', async (placement) => {
    const req = await signed('POST', '/oauth/initiate', placement, 'HMAC-SHA1', { callback: 'http://127.0.0.1:5173/callback?x=a b' });
    const { status, body } = await curl(req);
    expect(body).toMatch(/^oauth_token=[^&]+&oauth_token_secret=[^&]+&oauth_callback_confirmed=true$/);
    expect(status).toBe(200);
  });

  it.each([
    ['header', 'HMAC-SHA1'],
    ['query', 'PLAINTEXT'],
    ['body', 'RSA-SHA1'],
    ['header', 'HMAC-SHA256'],
    ['query', 'RSA-SHA256'],
    ['body', 'HMAC-SHA512'],
  ] as const)('calls the protected resource with the oauth parameters in the %s, signed %s', async (placement, method) => {
    const token = method.startsWith('RSA-') ? DEMO_RSA_ACCESS_TOKEN : DEMO_ACCESS_TOKEN;
    const req = await signed(placement === 'body' ? 'POST' : 'GET', '/api/me?q=a%20b&x=%7E', placement, method, { token: token.token, tokenSecret: token.secret });
    const { status, body } = await curl(req);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ signature_method: method, oauth_parameters_in: placement, token: token.token });
  });

  it('sends the multi-line form of the command as well', async () => {
    const req = await signed('GET', '/api/me', 'header', 'HMAC-SHA1', { token: DEMO_ACCESS_TOKEN.token, tokenSecret: DEMO_ACCESS_TOKEN.secret });
    expect((await curl(req, true)).status).toBe(200);
  });

  it.each([true, false])('gets an OAuth 2.0 token with Basic credentials (form-encoded first: %s), then calls the resource with Bearer', async (formEncodeCredentials) => {
    const { request } = clientCredentialsRequest({
      tokenUrl: `${provider.url}/oauth2/token`, clientId: DEMO_OAUTH2.clientId, clientSecret: DEMO_OAUTH2.clientSecret, formEncodeCredentials,
    });
    const token = await curl(request);
    expect(token.status).toBe(200);
    const answer = JSON.parse(token.body) as { access_token: string; token_type: string; expires_in: number };
    expect(answer).toMatchObject({ token_type: 'Bearer', expires_in: 299 });

    const resource = await curl(bearerRequest(`${provider.url}/oauth2/resource`, answer.access_token));
    expect(resource.status).toBe(200);
    expect(JSON.parse(resource.body)).toMatchObject({ client_id: DEMO_OAUTH2.clientId });
  });
});
