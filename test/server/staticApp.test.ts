import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_TOKEN } from '../../server/provider/index.ts';
import { RELAY_TOKEN_HEADER } from '../../server/relay/index.ts';
import { startAppServer } from '../../server/staticApp.ts';
import { send, signOAuth1 } from './support/oauth1Client.ts';
import { clientFor } from './support/demo.ts';

let dist: string;
let app: Awaited<ReturnType<typeof startAppServer>>;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sigstep-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>sigstep</title>');
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'app-abc123.css'), 'body{}');
  app = await startAppServer({ distDir: dist });
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

/** A raw GET, so the path reaches the server exactly as written ('..' included). */
function rawGet(path: string): Promise<number> {
  const { port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject).end();
  });
}

describe('startAppServer: the built app', () => {
  it('serves files with their content types', async () => {
    const js = await send({ method: 'GET', url: `${app.url}/assets/app-abc123.js` });
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const css = await send({ method: 'GET', url: `${app.url}/assets/app-abc123.css` });
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const index = await send({ method: 'GET', url: `${app.url}/` });
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('falls back to index.html for the app\'s own routes, such as the OAuth callback', async () => {
    const callback = await send({ method: 'GET', url: `${app.url}/callback?oauth_token=a&oauth_verifier=b` });
    expect(callback.status).toBe(200);
    expect(await callback.text()).toContain('<title>sigstep</title>');
  });

  it('answers a missing asset with 404, not with the page', async () => {
    expect((await send({ method: 'GET', url: `${app.url}/assets/missing.js` })).status).toBe(404);
  });

  it('never serves a file outside dist', async () => {
    expect(await rawGet('/../../../etc/passwd')).toBe(403);
    expect(await rawGet('/%2e%2e/%2e%2e/etc/passwd')).toBe(403);
  });
});

describe('startAppServer: provider and relay mounted like the dev server', () => {
  it('serves the provider at /provider, signing over the prefixed URL', async () => {
    const signed = signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'GET', url: `${app.url}/provider/api/me`, signatureMethod: 'HMAC-SHA1', placement: 'header',
      token: { key: DEMO_ACCESS_TOKEN.token, secret: DEMO_ACCESS_TOKEN.secret },
    });
    const response = await send(signed);
    expect(response.status).toBe(200);
    expect((await response.json() as { base_string: string }).base_string).toContain(encodeURIComponent('/provider/api/me'));
  });

  it('points the authorize form at the prefixed path', async () => {
    const initiate = await send(signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'POST', url: `${app.url}/provider/oauth/initiate`, signatureMethod: 'HMAC-SHA1', placement: 'body',
      oauth: { oauth_callback: `${app.url}/callback` },
    }));
    const token = new URLSearchParams(await initiate.text()).get('oauth_token') ?? '';
    const page = await (await send({ method: 'GET', url: `${app.url}/provider/oauth/authorize?oauth_token=${token}` })).text();
    expect(page).toContain('action="/provider/oauth/authorize"');
  });

  it('gives the relay token to the app\'s own origin and relays for it', async () => {
    const tokenAnswer = await send({ method: 'GET', url: `${app.url}/__relay/token`, headers: { Origin: app.url } });
    expect(await tokenAnswer.json()).toEqual({ token: app.relayToken });
    const forwarded = await send({
      method: 'POST', url: `${app.url}/__relay/forward`,
      headers: { Origin: app.url, [RELAY_TOKEN_HEADER]: app.relayToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'GET', url: `${app.url}/provider/`, headers: [], body: '' }),
    });
    expect((await forwarded.json() as { status: number }).status).toBe(200);
  });

  it('refuses the relay to other origins', async () => {
    expect((await send({ method: 'GET', url: `${app.url}/__relay/token`, headers: { Origin: 'http://localhost:1' } })).status).toBe(403);
  });
});
