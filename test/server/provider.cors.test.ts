import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProvider } from '../../server/provider/index.ts';
import { send } from './support/oauth1Client.ts';

let withCors: { url: string; close(): Promise<void> };
let withoutCors: { url: string; close(): Promise<void> };
beforeAll(async () => {
  withCors = await startProvider();
  withoutCors = await startProvider({ cors: false });
});
afterAll(async () => {
  await withCors.close();
  await withoutCors.close();
});

const preflight = (url: string): Promise<Response> => send({
  method: 'OPTIONS', url,
  headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
});

describe('CORS on (the default)', () => {
  it('lets any origin read answers, including Date and WWW-Authenticate', async () => {
    const response = await send({ method: 'GET', url: `${withCors.url}/api/me`, headers: { Origin: 'http://localhost:5173' } });
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = (response.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    expect(exposed).toContain('date');
    expect(exposed).toContain('www-authenticate');
  });

  it('answers a preflight for Authorization and Content-Type with 204', async () => {
    const response = await preflight(`${withCors.url}/oauth/initiate`);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect((response.headers.get('access-control-allow-headers') ?? '').toLowerCase()).toBe('authorization, content-type');
  });
});

describe('CORS off', () => {
  it('sends no CORS header on answers', async () => {
    const response = await send({ method: 'GET', url: `${withoutCors.url}/`, headers: { Origin: 'http://localhost:5173' } });
    expect(response.status).toBe(200);
    expect([...response.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('sends no CORS header on a preflight either, so a browser refuses the request', async () => {
    const response = await preflight(`${withoutCors.url}/oauth/initiate`);
    expect([...response.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});
