import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_ACCESS_TOKEN, startProvider } from '../../server/provider/index.ts';
import { startRelay } from '../../server/relay/index.ts';
import { signRequestSync } from '../../src/engine/index.ts';
import type { HttpRequest } from '../../src/engine/types.ts';
import { decodeOAuthProblem, send, type SendOutcome } from '../../src/http/index.ts';
import { DEMO_OAUTH1 } from '../../src/providers/demoCredentials.ts';
import { headerPairs, startEchoServer, type EchoServer } from './support/echoServer.ts';

const APP_ORIGIN = 'http://app.sigstep.test';

function signed(url: string, consumerSecret: string = DEMO_OAUTH1.consumerSecret): HttpRequest {
  const r = signRequestSync({
    request: { method: 'GET', url, headers: [], body: '' },
    credentials: { consumerKey: DEMO_OAUTH1.consumerKey, consumerSecret, token: DEMO_ACCESS_TOKEN.token, tokenSecret: DEMO_ACCESS_TOKEN.secret },
    protocol: { signatureMethod: 'HMAC-SHA1' },
    placement: 'header',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.signedRequest;
}

function response(outcome: SendOutcome): Extract<SendOutcome, { ok: true }>['response'] {
  if (!outcome.ok) throw new Error(`${outcome.failure.kind}: ${outcome.failure.message}`);
  return outcome.response;
}

function failureOf(outcome: SendOutcome): Extract<SendOutcome, { ok: false }>['failure'] {
  if (outcome.ok) throw new Error(`expected a failure, got HTTP ${outcome.response.status}`);
  return outcome.failure;
}

describe('send, direct, over the network', () => {
  let echo: EchoServer;
  let provider: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    echo = await startEchoServer((req) => (req.url === '/missing' ? { status: 404, body: 'nope' } : { status: 200, body: 'hello é' }));
    provider = await startProvider({ port: 0 });
  });
  afterAll(async () => {
    await echo.close();
    await provider.close();
  });

  it('returns status, headers, body and duration', async () => {
    const r = response(await send({ method: 'POST', url: `${echo.origin}/x`, headers: [['Content-Type', 'text/plain']], body: 'b' }, { via: 'direct' }));
    expect(r.status).toBe(200);
    expect(r.body).toBe('hello é');
    expect(r.headers).toContainEqual(['content-type', 'text/plain']);
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('answers an HTTP 404 as a response, not a failure', async () => {
    expect(response(await send({ method: 'GET', url: `${echo.origin}/missing`, headers: [], body: '' }, { via: 'direct' })).status).toBe(404);
  });

  it('drops the headers a browser forbids pages to set, says which, and does not send them', async () => {
    const before = echo.requests.length;
    const outcome = await send({
      method: 'GET', url: `${echo.origin}/f`, body: '',
      headers: [['Host', 'evil.example'], ['Content-Length', '99'], ['Cookie', 'a=1'], ['Sec-Fetch-Mode', 'x'], ['X-Kept', 'yes']],
    }, { via: 'direct' });
    expect(outcome.droppedHeaders).toEqual(['Host', 'Content-Length', 'Cookie', 'Sec-Fetch-Mode']);
    const got = headerPairs(echo.requests[before] ?? { method: '', target: '', rawHeaders: [], body: Buffer.alloc(0) });
    const named = (name: string): string | undefined => got.find(([n]) => n.toLowerCase() === name)?.[1];
    expect(named('x-kept')).toBe('yes');
    expect(named('cookie')).toBeUndefined();
    expect(named('host')).toBe(echo.origin.slice('http://'.length));
  });

  it('gets the reference provider to accept a request the engine signed', async () => {
    const r = response(await send(signed(`${provider.url}/api/me`), { via: 'direct' }));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ token: DEMO_ACCESS_TOKEN.token });
  });

  it('gets a signature_invalid with its base string when the secret is wrong, which decodeOAuthProblem reads', async () => {
    const r = response(await send(signed(`${provider.url}/api/me`, 'wrong'), { via: 'direct' }));
    expect(r.status).toBe(401);
    const problem = decodeOAuthProblem(r.body, r.headers);
    expect(problem?.problem).toBe('signature_invalid');
    expect(problem?.baseString).toMatch(/^GET&http%3A%2F%2F127\.0\.0\.1%3A\d+%2Fapi%2Fme&oauth_consumer_key%3Dsigstep-demo-key/);
  });
});

describe('send, through the relay, to a provider that sends no CORS headers', () => {
  let provider: { url: string; close(): Promise<void> };
  let relay: { url: string; token: string; close(): Promise<void> };
  /** Node's fetch sends no Origin; a browser page always would on this POST. */
  const fromApp: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), Origin: APP_ORIGIN } });
  beforeAll(async () => {
    provider = await startProvider({ port: 0, cors: false });
    relay = await startRelay({ allowedOrigins: [APP_ORIGIN] });
  });
  afterAll(async () => {
    await relay.close();
    await provider.close();
  });

  it('returns the provider\'s answer', async () => {
    const r = response(await send(signed(`${provider.url}/api/me`), { via: 'relay', relayUrl: relay.url, relayToken: relay.token }, fromApp));
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ oauth_parameters_in: 'header' });
  });

  it('names a wrong relay token as the relay refusing, with its code and what to do', async () => {
    const f = failureOf(await send(signed(`${provider.url}/api/me`), { via: 'relay', relayUrl: relay.url, relayToken: 'stale' }, fromApp));
    expect(f).toMatchObject({ kind: 'relay-refused', code: 'bad-token' });
    expect(f.advice).toContain('new token');
  });

  it('names a provider the relay cannot reach as a network failure', async () => {
    const gone = await startProvider({ port: 0 });
    await gone.close();
    const f = failureOf(await send({ method: 'GET', url: `${gone.url}/api/me`, headers: [], body: '' }, { via: 'relay', relayUrl: relay.url, relayToken: relay.token }, fromApp));
    expect(f).toMatchObject({ kind: 'network', code: 'upstream-unreachable' });
  });

  it('names a relay that is not running as a network failure that says how to start it', async () => {
    const f = failureOf(await send(signed(`${provider.url}/api/me`), { via: 'relay', relayUrl: 'http://127.0.0.1:9', relayToken: 't' }, fromApp));
    expect(f.kind).toBe('network');
    expect(f.advice).toContain('npm run relay');
  });
});

describe('naming a failed direct fetch', () => {
  const typeError: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  const get = (url: string): HttpRequest => ({ method: 'GET', url, headers: [], body: '' });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('calls a refused cross-origin request CORS and points at the relay and curl', async () => {
    vi.stubGlobal('location', { protocol: 'https:', origin: 'https://sigstep.example' });
    const f = failureOf(await send(get('https://api.7digital.com/1.2/oauth/requesttoken'), { via: 'direct' }, typeError));
    expect(f.kind).toBe('cors');
    expect(f.advice).toContain('relay');
    expect(f.advice).toContain('curl');
  });

  it('calls an http target from an https page mixed content, except on loopback', async () => {
    vi.stubGlobal('location', { protocol: 'https:', origin: 'https://sigstep.example' });
    expect(failureOf(await send(get('http://api.example.com/x'), { via: 'direct' }, typeError)).kind).toBe('mixed-content');
    expect(failureOf(await send(get('http://127.0.0.1:8080/x'), { via: 'direct' }, typeError)).kind).toBe('cors');
  });

  it('calls a failure on the page\'s own origin, a placeholder host, or offline a network failure', async () => {
    vi.stubGlobal('location', { protocol: 'http:', origin: 'http://localhost:5173' });
    expect(failureOf(await send(get('http://localhost:5173/provider/x'), { via: 'direct' }, typeError)).kind).toBe('network');
    expect(failureOf(await send(get('https://{hostname}/oauth/oauth10/token'), { via: 'direct' }, typeError)).kind).toBe('network');
    vi.stubGlobal('navigator', { onLine: false });
    expect(failureOf(await send(get('https://api.example.com/'), { via: 'direct' }, typeError)).message).toContain('offline');
  });

  const hangs: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

  it('calls no answer within the time limit a timeout', async () => {
    const f = failureOf(await send(get('https://api.example.com/'), { via: 'direct' }, hangs, undefined, 30));
    expect(f.kind).toBe('timeout');
  });

  it('calls a request the caller cancelled aborted, not a timeout', async () => {
    const controller = new AbortController();
    const pending = send(get('https://api.example.com/'), { via: 'direct' }, hangs, controller.signal);
    controller.abort();
    expect(failureOf(await pending).kind).toBe('aborted');
  });
});

describe('requests that cannot be sent are refused before sending', () => {
  const never: typeof fetch = () => {
    throw new Error('must not be called');
  };
  const cases: [string, HttpRequest][] = [
    ['a GET with a body', { method: 'GET', url: 'https://x.example/', headers: [], body: 'a=1' }],
    ['a relative URL', { method: 'GET', url: '/oauth/token', headers: [], body: '' }],
    ['an ftp URL', { method: 'GET', url: 'ftp://x.example/', headers: [], body: '' }],
    ['a header name with a space', { method: 'GET', url: 'https://x.example/', headers: [['X Bad', '1']], body: '' }],
    ['a header value with a line break', { method: 'GET', url: 'https://x.example/', headers: [['X-A', 'a\r\nInjected: 1']], body: '' }],
    ['a header value beyond Latin-1', { method: 'GET', url: 'https://x.example/', headers: [['X-A', 'Zoë 😀']], body: '' }],
  ];
  for (const [name, req] of cases) {
    it(name, async () => {
      expect(failureOf(await send(req, { via: 'direct' }, never)).kind).toBe('invalid-request');
    });
  }

  it('a relay URL that is not a URL', async () => {
    const f = failureOf(await send({ method: 'GET', url: 'https://x.example/', headers: [], body: '' }, { via: 'relay', relayUrl: '', relayToken: 't' }, never));
    expect(f.kind).toBe('invalid-request');
  });
});

describe('odd answers from a relay', () => {
  const req: HttpRequest = { method: 'GET', url: 'https://x.example/', headers: [], body: '' };
  const answering = (status: number, body: string): typeof fetch => () => Promise.resolve(new Response(body, { status }));
  const relay = { via: 'relay', relayUrl: 'http://127.0.0.1:1/__relay/', relayToken: 't' } as const;

  it('posts to {relayUrl}/forward with the token header and the request as JSON', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const spy: typeof fetch = (input, init) => {
      seen = { url: String(input), init };
      return Promise.resolve(new Response(JSON.stringify({ status: 201, statusText: 'Created', headers: [['a', 'b']], body: 'x' })));
    };
    const r = response(await send({ ...req, method: 'POST', body: 'a=1' }, relay, spy));
    expect(r).toMatchObject({ status: 201, statusText: 'Created', headers: [['a', 'b']], body: 'x' });
    expect(seen?.url).toBe('http://127.0.0.1:1/__relay/forward');
    expect(new Headers(seen?.init?.headers).get('X-Sigstep-Relay-Token')).toBe('t');
    expect(JSON.parse(String(seen?.init?.body))).toEqual({ method: 'POST', url: 'https://x.example/', headers: [], body: 'a=1' });
  });

  it('maps the relay\'s timeout to a timeout', async () => {
    const f = failureOf(await send(req, relay, answering(504, '{"error":{"code":"timeout","message":"The provider did not answer within 15 s."}}')));
    expect(f).toMatchObject({ kind: 'timeout', code: 'timeout', message: 'The provider did not answer within 15 s.' });
  });

  it('calls an error answer without JSON, or a 200 that is not a relayed response, a refusal', async () => {
    expect(failureOf(await send(req, relay, answering(500, '<html>oops</html>'))).kind).toBe('relay-refused');
    expect(failureOf(await send(req, relay, answering(200, '{"status":"200"}'))).kind).toBe('relay-refused');
  });
});
