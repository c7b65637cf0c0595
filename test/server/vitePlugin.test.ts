import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_TOKEN } from '../../server/provider/index.ts';
import { sigstepServer } from '../../server/vitePlugin.ts';
import { send, signOAuth1 } from './support/oauth1Client.ts';
import { clientFor } from './support/demo.ts';

let root: string;
let vite: ViteDevServer;
let origin: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sigstep-vite-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  vite = await createServer({
    configFile: false, root, logLevel: 'silent', plugins: [sigstepServer()],
    server: { host: '127.0.0.1', port: 0, strictPort: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true },
  });
  await vite.listen();
  origin = `http://127.0.0.1:${(vite.httpServer?.address() as AddressInfo).port}`;
}, 30_000);
afterAll(async () => {
  await vite.close();
  rmSync(root, { recursive: true, force: true });
});

describe('sigstepServer(): the Vite dev server mount', () => {
  it('serves the provider at /provider and signs over the URL the client used', async () => {
    expect((await send({ method: 'GET', url: `${origin}/provider/` })).status).toBe(200);
    const response = await send(signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'GET', url: `${origin}/provider/api/me?x=1`, signatureMethod: 'HMAC-SHA1', placement: 'query',
      token: { key: DEMO_ACCESS_TOKEN.token, secret: DEMO_ACCESS_TOKEN.secret },
    }));
    expect(response.status).toBe(200);
  });

  it('still serves the app itself', async () => {
    expect(await (await send({ method: 'GET', url: `${origin}/` })).text()).toContain('<title>app</title>');
  });

  it('gives the relay token to its own origin and no other', async () => {
    const mine = await send({ method: 'GET', url: `${origin}/__relay/token`, headers: { Origin: origin } });
    expect(await mine.json()).toEqual({ token: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await send({ method: 'GET', url: `${origin}/__relay/token`, headers: { Origin: 'http://127.0.0.1:1' } })).status).toBe(403);
  });
});

describe('sigstepServer(): the vite preview mount', () => {
  let previewServer: PreviewServer;
  let previewOrigin: string;
  beforeAll(async () => {
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>built</title>');
    previewServer = await preview({
      configFile: false, root, logLevel: 'silent', plugins: [sigstepServer()],
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
    previewOrigin = `http://127.0.0.1:${(previewServer.httpServer.address() as AddressInfo).port}`;
  }, 30_000);
  afterAll(() => previewServer.close());

  it('serves the provider and the relay there too', async () => {
    expect(await (await send({ method: 'GET', url: `${previewOrigin}/provider/` })).text()).toContain('sigstep reference provider');
    const token = await send({ method: 'GET', url: `${previewOrigin}/__relay/token`, headers: { Origin: previewOrigin } });
    expect(token.status).toBe(200);
  });
});
