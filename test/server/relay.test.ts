import type { IncomingMessage } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCESS_TOKEN, startProvider } from '../../server/provider/index.ts';
import { RELAY_TOKEN_HEADER, startRelay } from '../../server/relay/index.ts';
import { send, signOAuth1 } from './support/oauth1Client.ts';
import { clientFor } from './support/demo.ts';
import { closedPort, startUpstream, type Upstream } from './support/upstream.ts';

const APP = 'http://localhost:5173';
type Started = Awaited<ReturnType<typeof startRelay>>;

let relay: Started;
let upstream: Upstream;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  relay = await startRelay({ allowedOrigins: [APP] });
  upstream = await startUpstream((req, res) => {
    if (req.url === '/redirect') {
      res.writeHead(302, { Location: 'http://app.example/callback?oauth_token=t' }).end();
    } else if (req.url === '/big') {
      // 2 MiB, chunked: no Content-Length for the relay to read the size from.
      const chunk = Buffer.alloc(64 * 1024, 'x');
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      for (let i = 0; i < 32; i++) res.write(chunk);
      res.end();
    } else if (req.url === '/hang') {
      // never answers
    } else {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.writeHead(201, 'Made', [['Content-Type', 'application/json'], ['Set-Cookie', 'a=1'], ['Set-Cookie', 'b=2'], ['X-Echo', 'yes']]);
        res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() }));
      });
    }
  });
});
afterAll(async () => {
  await relay.close();
  await upstream.close();
});
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

function forward(
  payload: unknown,
  { origin = APP, token = relay.token, on = relay }: { origin?: string | null; token?: string | null; on?: Started } = {},
): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (origin !== null) headers.Origin = origin;
  if (token !== null) headers[RELAY_TOKEN_HEADER] = token;
  return send({ method: 'POST', url: `${on.url}/forward`, headers, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });
}

async function refusal(response: Response): Promise<{ status: number; code: string }> {
  const body = await response.json() as { error: { code: string; message: string } };
  expect(body.error.message).toEqual(expect.any(String));
  return { status: response.status, code: body.error.code };
}

describe('forwarding', () => {
  it('forwards method, headers and body, and returns status, headers and body', async () => {
    const response = await forward({ method: 'PUT', url: `${upstream.url}/echo?q=1`, headers: [['Authorization', 'OAuth x="y"'], ['X-Test', 'a']], body: 'hello' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    const answer = await response.json() as { status: number; statusText: string; headers: [string, string][]; body: string; durationMs: number };
    expect(answer).toMatchObject({ status: 201, statusText: 'Made', durationMs: expect.any(Number) });
    expect(answer.headers).toContainEqual(['x-echo', 'yes']);
    expect(answer.headers.filter(([n]) => n === 'set-cookie')).toEqual([['set-cookie', 'a=1'], ['set-cookie', 'b=2']]);
    const echoed = JSON.parse(answer.body) as { method: string; url: string; headers: Record<string, string>; body: string };
    expect(echoed).toMatchObject({ method: 'PUT', url: '/echo?q=1', body: 'hello' });
    expect(echoed.headers).toMatchObject({ authorization: 'OAuth x="y"', 'x-test': 'a' });
    expect(echoed.headers[RELAY_TOKEN_HEADER.toLowerCase()]).toBeUndefined();
  });

  it('returns a redirect as it is instead of following it', async () => {
    const answer = await (await forward({ method: 'GET', url: `${upstream.url}/redirect`, headers: [], body: '' })).json() as { status: number; headers: [string, string][] };
    expect(answer.status).toBe(302);
    expect(answer.headers).toContainEqual(['location', 'http://app.example/callback?oauth_token=t']);
  });

  it('reaches a provider that sends no CORS headers, with the signature intact', async () => {
    const provider = await startProvider({ cors: false });
    closers.push(provider.close);
    const signed = signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'GET', url: `${provider.url}/api/me?x=1`, signatureMethod: 'HMAC-SHA1', placement: 'header',
      token: { key: DEMO_ACCESS_TOKEN.token, secret: DEMO_ACCESS_TOKEN.secret },
    });
    const answer = await (await forward({ method: 'GET', url: signed.url, headers: Object.entries(signed.headers), body: '' })).json() as { status: number; body: string };
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ signature_method: 'HMAC-SHA1' });
  });
});

describe('refusals', () => {
  it.each([
    ['a missing', null],
    ['a wrong', 'f'.repeat(64)],
  ])('refuses %s token with 403 bad-token', async (_case, token) => {
    expect(await refusal(await forward({ method: 'GET', url: `${upstream.url}/`, headers: [], body: '' }, { token }))).toEqual({ status: 403, code: 'bad-token' });
  });

  it.each([
    ['another origin', 'http://evil.example'],
    ['a look-alike port', 'http://localhost:5174'],
    ['no Origin header', null],
    ['the opaque origin "null"', 'null'],
  ])('refuses %s with 403 bad-origin', async (_case, origin) => {
    const response = await forward({ method: 'GET', url: `${upstream.url}/`, headers: [], body: '' }, { origin });
    expect(await refusal(response)).toEqual({ status: 403, code: 'bad-origin' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each(['ftp://example.com/x', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/plain,hi'])('refuses the non-http(s) target %s with 400 bad-scheme', async (url) => {
    expect(await refusal(await forward({ method: 'GET', url, headers: [], body: '' }))).toEqual({ status: 400, code: 'bad-scheme' });
  });

  it('refuses malformed JSON with 400 bad-json', async () => {
    expect(await refusal(await forward('{"method": "GET", '))).toEqual({ status: 400, code: 'bad-json' });
  });

  it('refuses JSON of the wrong shape with 400 bad-request', async () => {
    expect(await refusal(await forward({ method: 'GET', url: `${upstream.url}/`, headers: { a: 'b' } }))).toEqual({ status: 400, code: 'bad-request' });
    expect(await refusal(await forward({ method: 'GET', url: `${upstream.url}/`, headers: [], body: 'x' }))).toEqual({ status: 400, code: 'bad-request' });
  });

  it('refuses a request over 1 MiB with 413 too-large', async () => {
    const body = 'x'.repeat(1024 * 1024 + 1);
    expect(await refusal(await forward({ method: 'POST', url: `${upstream.url}/`, headers: [], body }))).toEqual({ status: 413, code: 'too-large' });
  });

  it('refuses an upstream answer over 1 MiB with 502 upstream-too-large', async () => {
    expect(await refusal(await forward({ method: 'GET', url: `${upstream.url}/big`, headers: [], body: '' }))).toEqual({ status: 502, code: 'upstream-too-large' });
  });

  it('gives up on a silent upstream with 504 timeout', async () => {
    const impatient = await startRelay({ allowedOrigins: [APP], timeoutMs: 200 });
    closers.push(impatient.close);
    const started = Date.now();
    const response = await forward({ method: 'GET', url: `${upstream.url}/hang`, headers: [], body: '' }, { on: impatient, token: impatient.token });
    expect(await refusal(response)).toEqual({ status: 504, code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('answers an unreachable upstream with 502 upstream-unreachable', async () => {
    const port = await closedPort();
    expect(await refusal(await forward({ method: 'GET', url: `http://127.0.0.1:${port}/`, headers: [], body: '' }))).toEqual({ status: 502, code: 'upstream-unreachable' });
  });
});

describe('the token and CORS', () => {
  it('is a fresh 32-byte hex token per start', async () => {
    const other = await startRelay({ allowedOrigins: [APP] });
    closers.push(other.close);
    expect(relay.token).toMatch(/^[0-9a-f]{64}$/);
    expect(other.token).not.toBe(relay.token);
  });

  it('hands the token to an allowed origin only', async () => {
    const mine = await send({ method: 'GET', url: `${relay.url}/token`, headers: { Origin: APP } });
    expect(await mine.json()).toEqual({ token: relay.token });
    const theirs = await send({ method: 'GET', url: `${relay.url}/token`, headers: { Origin: 'http://evil.example' } });
    expect(theirs.status).toBe(403);
    expect(await theirs.text()).not.toContain(relay.token);
    expect((await send({ method: 'GET', url: `${relay.url}/token` })).status).toBe(403);
  });

  it('answers the preflight of an allowed origin, allowing its token header', async () => {
    const response = await send({
      method: 'OPTIONS', url: `${relay.url}/forward`,
      headers: { Origin: APP, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, x-sigstep-relay-token' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect((response.headers.get('access-control-allow-headers') ?? '').toLowerCase()).toContain('x-sigstep-relay-token');
  });

  it('refuses the preflight of any other origin', async () => {
    const response = await send({ method: 'OPTIONS', url: `${relay.url}/forward`, headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('where it listens and what it says', () => {
  it('binds 127.0.0.1 only', () => {
    expect(relay.address.address).toBe('127.0.0.1');
    expect(new URL(relay.url).hostname).toBe('127.0.0.1');
  });

  it('writes nothing to stdout, stderr or the console while forwarding a secret', async () => {
    const writes = [vi.spyOn(process.stdout, 'write'), vi.spyOn(process.stderr, 'write')];
    const consoles = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m));
    try {
      const secret = 'Bearer super-secret-value-1234';
      await forward({ method: 'POST', url: `${upstream.url}/echo`, headers: [['Authorization', secret]], body: 'password=hunter2' });
      await forward({ method: 'GET', url: 'ftp://x/', headers: [['Authorization', secret]], body: '' });
      await forward({ method: 'GET', url: `${upstream.url}/`, headers: [['Authorization', secret]], body: '' }, { token: 'wrong' });
      for (const spy of [...writes, ...consoles]) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of [...writes, ...consoles]) spy.mockRestore();
    }
  });
});

describe('same-origin requests without an Origin header', () => {
  it('trusts Sec-Fetch-Site: same-origin only as far as the request\'s own host is allowed', async () => {
    const { createRelay } = await import('../../server/relay/index.ts');
    const { sameHostOrigin } = await import('../../server/relay/index.ts');
    const mounted = createRelay({ allowedOrigins: sameHostOrigin });
    const server = await startUpstream((req: IncomingMessage, res) => mounted.handler(req, res));
    closers.push(server.close);
    const sameOrigin = await send({ method: 'GET', url: `${server.url}/token`, headers: { 'Sec-Fetch-Site': 'same-origin' } });
    expect(await sameOrigin.json()).toEqual({ token: mounted.token });
    // The standalone relay serves no page, so a "same-origin" request to it comes from no app.
    expect((await send({ method: 'GET', url: `${relay.url}/token`, headers: { 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(403);
  });
});
