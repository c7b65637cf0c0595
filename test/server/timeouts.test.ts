/**
 * A client that opens a connection and never finishes its request is cut off
 * (408) once the header or request time is up, by the provider and the relay
 * run on their own. Short limits here; the defaults are 10 s and 30 s.
 */
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startProvider } from '../../server/provider/index.ts';
import { RELAY_TOKEN_HEADER, startRelay } from '../../server/relay/index.ts';

const LIMITS = { headersTimeoutMs: 300, requestTimeoutMs: 600 };
const ORIGIN = 'http://localhost:5173';

/** Sends `head`, then a byte every 50 ms, until the server answers or closes; how long that took and what it said. */
function dribble(url: string, head: string): Promise<{ ms: number; text: string }> {
  const { hostname, port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let text = '';
    const ticker = setInterval(() => socket.write('a'), 50);
    const done = (): void => {
      clearInterval(ticker);
      socket.destroy();
      resolve({ ms: Date.now() - started, text });
    };
    socket.on('data', (d: Buffer) => { text += d.toString('latin1'); });
    socket.on('close', done);
    socket.on('error', done);
    socket.write(head);
  });
}

describe('slow requests on the standalone servers', () => {
  for (const [name, start] of [
    ['provider', () => startProvider(LIMITS)],
    ['relay', () => startRelay({ allowedOrigins: [ORIGIN], ...LIMITS })],
  ] as const) {
    it(`${name}: headers that never end get 408, and the connection closes`, async () => {
      const server = await start();
      try {
        const { ms, text } = await dribble(server.url, 'GET / HTTP/1.1\r\nHost: h\r\nX-Slow: ');
        expect(text).toMatch(/^HTTP\/1\.1 408/);
        expect(ms).toBeLessThan(5000);
      } finally {
        await server.close();
      }
    });

    it(`${name}: a body that never ends gets 408, and the connection closes`, async () => {
      const server = await start();
      try {
        // a request the server reads the body of: the provider's initiate, the relay with its token and the app's origin
        const head = 'token' in server
          ? `POST /forward HTTP/1.1\r\nHost: h\r\nOrigin: ${ORIGIN}\r\n${RELAY_TOKEN_HEADER}: ${server.token}\r\nContent-Type: application/json\r\n`
          : 'POST /oauth/initiate HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-urlencoded\r\n';
        const { ms, text } = await dribble(server.url, `${head}Content-Length: 100000\r\n\r\n`);
        expect(text).toMatch(/^HTTP\/1\.1 408/);
        expect(ms).toBeLessThan(5000);
      } finally {
        await server.close();
      }
    });
  }
});
