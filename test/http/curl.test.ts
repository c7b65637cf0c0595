import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../../src/engine/types.ts';
import { parsePasted, toCurl } from '../../src/http/index.ts';
import { headerPairs, startEchoServer, type EchoServer } from './support/echoServer.ts';
import { runShell } from './support/run.ts';

let echo: EchoServer;
beforeAll(async () => {
  echo = await startEchoServer();
});
afterAll(() => echo.close());

/** Runs the generated command with the real curl and returns what the server received. */
async function send(req: HttpRequest, multiline = false): Promise<{ method: string; target: string; headers: [string, string][]; body: string }> {
  const before = echo.requests.length;
  const ran = await runShell('sh', ['-c', `${toCurl(req, { multiline })} -sS -o /dev/null`]);
  expect(ran.stderr).toBe('');
  expect(ran.code).toBe(0);
  const got = echo.requests[before];
  if (!got) throw new Error('the server received nothing');
  return { method: got.method, target: got.target, headers: headerPairs(got), body: got.body.toString('utf8') };
}

/** Headers curl adds on its own; everything else must be exactly the model's. */
const CURL_OWN = new Set(['host', 'user-agent', 'accept', 'content-length']);
const own = (headers: [string, string][]): [string, string][] => headers.filter(([n]) => !CURL_OWN.has(n.toLowerCase()));

const awkward = `it's "quoted" $HOME \`id\` \\ back ; & | * ? ~ # !x é 😀`;

describe('toCurl, run with the real curl', () => {
  it('sends a signed form POST byte for byte, with quotes, $, backticks and Unicode in headers and body', async () => {
    const req: HttpRequest = {
      method: 'POST',
      url: `${echo.origin}/1.2/oauth/requesttoken?x=1`,
      headers: [
        ['Authorization', 'OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_signature="tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D"'],
        ['X-Awkward', awkward],
        ['Content-Type', 'application/x-www-form-urlencoded'],
      ],
      body: `a=${awkward}\nline two\r\nthree '' $(rm -rf x)`,
    };
    const got = await send(req);
    expect(got.method).toBe('POST');
    expect(got.target).toBe('/1.2/oauth/requesttoken?x=1');
    expect(own(got.headers)).toEqual(req.headers);
    expect(got.body).toBe(req.body);
  });

  it('sends GET without -X, and other methods with it', async () => {
    expect(toCurl({ method: 'GET', url: 'https://x.example/', headers: [], body: '' })).toBe('curl https://x.example/');
    const got = await send({ method: 'DELETE', url: `${echo.origin}/photos/1`, headers: [], body: '' });
    expect(got.method).toBe('DELETE');
  });

  it('sends a GET with a body as GET, and a POST without one as POST with no body', async () => {
    const get = await send({ method: 'GET', url: `${echo.origin}/`, headers: [['Content-Type', 'text/plain']], body: 'x=1' });
    expect([get.method, get.body]).toEqual(['GET', 'x=1']);
    const post = await send({ method: 'POST', url: `${echo.origin}/`, headers: [], body: '' });
    expect([post.method, post.body, own(post.headers)]).toEqual(['POST', '', []]);
  });

  it('adds no form Content-Type of its own to a body that has none', async () => {
    const got = await send({ method: 'PUT', url: `${echo.origin}/`, headers: [], body: '{"a":1}' });
    expect(own(got.headers)).toEqual([]);
    expect(got.body).toBe('{"a":1}');
  });

  it('sends an empty header value as an empty header', async () => {
    const got = await send({ method: 'GET', url: `${echo.origin}/`, headers: [['X-Empty', '']], body: '' });
    expect(own(got.headers)).toEqual([['X-Empty', '']]);
  });

  it("keeps MediaMosa's app_id[], resolves a /../ segment as the engine signs it, and encodes a space and é as a browser would", async () => {
    const got = await send({ method: 'GET', url: `${echo.origin}/a/../openapi/é x?app_id[]=1&q=a b&r=%7E#frag`, headers: [], body: '' });
    expect(got.target).toBe('/openapi/%C3%A9%20x?app_id[]=1&q=a%20b&r=%7E');
  });

  it('sends HEAD with --head, so curl does not wait for a body', async () => {
    const req: HttpRequest = { method: 'HEAD', url: `${echo.origin}/h`, headers: [], body: '' };
    expect(toCurl(req)).toContain('--head');
    expect((await send(req)).method).toBe('HEAD');
  });

  it('sends the OS Data Hub token request (Basic) and an API call (Bearer) unchanged', async () => {
    const basic = `Basic ${Buffer.from('sigstep-demo-client:sigstep demo secret', 'utf8').toString('base64')}`;
    const token = await send({
      method: 'POST', url: `${echo.origin}/oauth2/token/v1`,
      headers: [['Authorization', basic], ['Content-Type', 'application/x-www-form-urlencoded']], body: 'grant_type=client_credentials',
    });
    expect(own(token.headers)).toEqual([['Authorization', basic], ['Content-Type', 'application/x-www-form-urlencoded']]);
    const api = await send({ method: 'GET', url: `${echo.origin}/api`, headers: [['Authorization', 'Bearer ZclClFcksJlZ19vnJOt09Yj3xme0']], body: '' });
    expect(own(api.headers)).toEqual([['Authorization', 'Bearer ZclClFcksJlZ19vnJOt09Yj3xme0']]);
  });

  it('sends the same request when written over several lines', async () => {
    const req: HttpRequest = { method: 'POST', url: `${echo.origin}/m`, headers: [['X-A', "a'b"], ['Content-Type', 'text/plain']], body: 'line\nnext' };
    const command = toCurl(req, { multiline: true });
    expect(command.split('\n').length).toBeGreaterThan(3);
    const got = await send(req, true);
    expect([got.method, own(got.headers), got.body]).toEqual(['POST', req.headers, req.body]);
  });
});

describe('toCurl and the curl paste parser agree', () => {
  const printable = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => !/[\r\n]/.test(s) && s.trim() === s);
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
  const request = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
    path: fc.stringMatching(/^[a-z0-9/._~-]{0,20}$/),
    headers: fc.array(fc.tuple(name, printable), { maxLength: 4 }),
    body: fc.string({ unit: 'grapheme', maxLength: 60 }),
  });

  it('reads every generated command back into the same request', () => {
    fc.assert(
      fc.property(request, ({ method, path, headers, body }) => {
        const req: HttpRequest = { method, url: `https://x.example/${path}`, headers: headers.map(([n, v]) => [n, v]), body };
        if (body !== '') req.headers.push(['Content-Type', 'text/plain']);
        const back = parsePasted(toCurl(req));
        expect(back.ok && back.value.request).toEqual(req);
      }),
      { numRuns: 1000 },
    );
  });
});
