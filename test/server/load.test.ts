/**
 * The reference provider and the relay under a bounded load and abuse, on
 * loopback only: everything is answered, nothing crashes, memory stays within
 * a bound, malformed HTTP is refused, and the nonce memory stays bounded
 * however long it runs. `npm run fuzz` runs the same load with 10,000 requests.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeLoad, loadProviderAndRelay } from '../../fuzz/load.ts';
import { startProvider } from '../../server/provider/index.ts';
import { MAX_NONCES, NONCE_WINDOW_SECONDS, NonceMemory } from '../../server/provider/nonces.ts';
import { RELAY_TOKEN_HEADER, startRelay } from '../../server/relay/index.ts';

const MiB = 1 << 20;
const ORIGIN = 'http://localhost:5173';

describe('under a bounded load (2,000 requests at 50 concurrent)', () => {
  it('answers every request to the provider and the relay as expected, and the heap grows by less than 64 MiB', async () => {
    const { provider, relay } = await loadProviderAndRelay({ requests: 2000, concurrency: 50 });
    console.log(`${describeLoad(provider)}\n${describeLoad(relay)}`);
    for (const f of [provider, relay]) {
      expect(f.statuses[0], `${f.target}: requests without an answer`).toBeUndefined();
      expect(f.unexpected, f.target).toBe(0);
      expect(f.heapAfter - f.heapBefore, f.target).toBeLessThan(64 * MiB);
    }
  }, 60_000);
});

/** Writes `data` on a fresh connection and collects what comes back until the server closes it or `waitMs` passes. */
function exchange(url: string, data: string | Buffer, waitMs = 3000): Promise<{ text: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    const done = (closed: boolean): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed });
    };
    const timer = setTimeout(() => done(false), waitMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => done(true));
    socket.on('error', () => done(true));
    socket.write(data);
  });
}

const statusOf = (text: string): number => Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);

describe.each([
  ['provider', async () => startProvider({ port: 0 }), '/oauth/initiate'],
  ['relay', async () => startRelay({ port: 0, allowedOrigins: [ORIGIN] }), '/forward'],
] as const)('the %s, abused', (_name, start, postPath) => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await start();
  });
  afterAll(async () => {
    await server.close();
  });

  /** After each abuse the server must still answer an ordinary request. */
  async function stillServes(): Promise<void> {
    const res = await fetch(`${server.url}/token`, { headers: { Origin: ORIGIN } });
    expect(res.status).toBeLessThan(500);
    await res.arrayBuffer();
  }

  it('answers random bytes instead of HTTP with 400 and closes', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const { text, closed } = await exchange(server.url, garbage);
    expect([0, 400]).toContain(statusOf(text));
    expect(closed).toBe(true);
    await stillServes();
  });

  it('refuses a request line with a bad method or version, and a bad chunked body', async () => {
    expect(statusOf((await exchange(server.url, 'G\u0000T / HTTP/1.1\r\nHost: h\r\n\r\n')).text)).toBe(400);
    expect(statusOf((await exchange(server.url, 'GET / HTTP/9.9\r\nHost: h\r\n\r\n')).text)).toBeGreaterThanOrEqual(400);
    const chunked = `POST ${postPath} HTTP/1.1\r\nHost: h\r\nOrigin: ${ORIGIN}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`;
    // the provider reads the body and refuses it; the relay refuses it sooner, for want of a token
    expect([400, 403]).toContain(statusOf((await exchange(server.url, chunked)).text));
    await stillServes();
  });

  it('refuses a 64 KiB header with 431', async () => {
    const { text } = await exchange(server.url, `GET / HTTP/1.1\r\nHost: h\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(statusOf(text)).toBe(431);
    await stillServes();
  });

  it('refuses a body over 1 MiB with 413, declared or chunked', async () => {
    const headers = { Origin: ORIGIN, 'Content-Type': 'application/x-www-form-urlencoded', [RELAY_TOKEN_HEADER]: 'wrong' };
    const relayToken = _name === 'relay' ? await (await fetch(`${server.url}/token`, { headers: { Origin: ORIGIN } })).json() as { token: string } : undefined;
    if (relayToken !== undefined) headers[RELAY_TOKEN_HEADER] = relayToken.token;
    const big = 'a='.padEnd(MiB + 10, 'x');
    const declared = await fetch(`${server.url}${postPath}`, { method: 'POST', headers, body: big });
    expect(declared.status).toBe(413);
    await declared.arrayBuffer();
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 20; i++) c.enqueue(new Uint8Array(64 * 1024).fill(0x61));
        c.close();
      },
    });
    const chunked = await fetch(`${server.url}${postPath}`, { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    await chunked.arrayBuffer();
    await stillServes();
  });

  it('keeps serving while 100 slow half-requests hold connections open (slowloris), and answers none of them', async () => {
    const { hostname, port } = new URL(server.url);
    const slow: Socket[] = [];
    const answered: number[] = [];
    for (let i = 0; i < 100; i++) {
      const s = connect(Number(port), hostname);
      s.on('data', () => answered.push(i));
      s.on('error', () => {});
      s.write('GET / HTTP/1.1\r\nHost: h\r\nX-Slow: ');
      slow.push(s);
    }
    // a byte at a time for a while, as slowloris does, while ordinary requests keep coming
    for (let round = 0; round < 5; round++) {
      for (const s of slow) s.write('a');
      await Promise.all(Array.from({ length: 10 }, stillServes));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(answered).toEqual([]);
    for (const s of slow) s.destroy();
    await stillServes();
  });
});

describe('the nonce memory over time (server/provider/nonces.ts)', () => {
  it('forgets each window as the clock moves: 12 windows (2 hours) of a steady 5 nonces a second', () => {
    const memory = new NonceMemory();
    const start = 1_700_000_000;
    const perSecond = 5;
    let most = 0;
    for (let now = start; now < start + 12 * NONCE_WINDOW_SECONDS; now++) {
      // timestamps anywhere in the ±5 minutes the provider accepts
      for (let i = 0; i < perSecond; i++) memory.use({ consumerKey: 'c', token: 't', timestamp: now - 300 + ((now + i * 131) % 600), nonce: `${now}-${i}`, nowSeconds: now });
      most = Math.max(most, memory.count);
    }
    // one window's worth (its seconds plus the 5 minutes of skew ahead), however long it runs
    expect(most).toBeLessThanOrEqual(perSecond * (NONCE_WINDOW_SECONDS + 300));
    expect(memory.count).toBeGreaterThan(perSecond * 300);
  });

  it('stays at its cap under a flood far above it', () => {
    const memory = new NonceMemory();
    let most = 0;
    for (let i = 0; i < 1.5 * MAX_NONCES; i++) {
      const now = 1_700_000_000 + Math.floor(i / 1000);
      memory.use({ consumerKey: 'c', token: 't', timestamp: now, nonce: `n${i}`, nowSeconds: now });
      most = Math.max(most, memory.count);
    }
    expect(most).toBe(MAX_NONCES);
  });
});
