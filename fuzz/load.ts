/**
 * A bounded load on the reference provider and the relay, loopback only: a mix
 * of signed, unsigned and wrong requests at a fixed concurrency, every answer
 * counted, the heap measured before and after. Used by `npm run fuzz` (10,000
 * requests) and test/server/load.test.ts (2,000).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { signRequestSync, type HttpRequest } from '../src/engine/index.ts';
import { DEMO_OAUTH1, DEMO_OAUTH2 } from '../src/providers/demoCredentials.ts';
import { DEMO_ACCESS_TOKEN } from '../server/demoTokens.ts';
import { startProvider } from '../server/provider/index.ts';
import { RELAY_TOKEN_HEADER, startRelay } from '../server/relay/index.ts';

/** `global.gc`, exposed at run time when node was not started with --expose-gc (as under Vitest). */
export function collectGarbage(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing !== undefined) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

export function heapUsed(): number {
  const gc = collectGarbage();
  if (gc !== undefined) {
    gc();
    gc();
  }
  return process.memoryUsage().heapUsed;
}

export interface LoadFigures {
  readonly target: string;
  readonly requests: number;
  readonly concurrency: number;
  readonly ms: number;
  /** status → count; 0 = no answer (a network error) */
  readonly statuses: Readonly<Record<number, number>>;
  /** answers whose status was not the one the request should get */
  readonly unexpected: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
  readonly gcAvailable: boolean;
}

interface Planned {
  readonly request: HttpRequest;
  readonly expect: number;
  readonly extraHeaders?: Record<string, string>;
}

interface Plan {
  /** sent one by one before the measured run, so the heap figure is not the JIT's and undici's first allocations */
  readonly warmUp: readonly Planned[];
  /** request i of the measured run, built just before it is sent */
  at(i: number): Planned;
}

/** Runs `count` requests through `concurrency` workers. */
async function drive(target: string, count: number, concurrency: number, plan: Plan): Promise<LoadFigures> {
  const gcAvailable = collectGarbage() !== undefined;
  const statuses: Record<number, number> = {};
  let unexpected = 0;
  let next = 0;
  for (const planned of plan.warmUp) await send(planned);
  const heapBefore = heapUsed();
  const started = performance.now();
  const worker = async (): Promise<void> => {
    for (let i = next++; i < count; i = next++) {
      const planned = plan.at(i);
      const status = await send(planned);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status !== planned.expect) unexpected++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const ms = performance.now() - started;
  return { target, requests: count, concurrency, ms, statuses, unexpected, heapBefore, heapAfter: heapUsed(), gcAvailable };
}

async function send({ request, extraHeaders }: Planned): Promise<number> {
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: [...request.headers, ...Object.entries(extraHeaders ?? {})],
      ...(request.body === '' ? {} : { body: request.body }),
      redirect: 'manual',
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

const NOW = 1_700_000_000_000;

/** A request to /api/me signed with the demo access token and `nonce`. */
function signedApiMe(base: string, nonce: string, placement: 'header' | 'query' | 'body'): HttpRequest {
  const signed = signRequestSync({
    request: { method: placement === 'body' ? 'POST' : 'GET', url: `${base}/api/me?n=${encodeURIComponent(nonce)}`, headers: [], body: '' },
    credentials: { consumerKey: DEMO_OAUTH1.consumerKey, consumerSecret: DEMO_OAUTH1.consumerSecret, token: DEMO_ACCESS_TOKEN.token, tokenSecret: DEMO_ACCESS_TOKEN.secret },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce, timestamp: String(NOW / 1000) },
    placement,
  });
  if (!signed.ok) throw new Error(signed.error.message);
  return signed.value.signedRequest;
}

/**
 * The provider's mix: signed API calls in each placement, a replayed nonce, a
 * bad signature, OAuth 2 tokens, unknown paths, the index page. `tag` keeps the
 * nonces of two runs against one provider apart.
 */
function providerPlan(base: string, tag: string): Plan {
  const basic = `Basic ${Buffer.from(`${DEMO_OAUTH2.clientId}:${DEMO_OAUTH2.clientSecret}`).toString('base64')}`;
  const replayed = `${tag}-replayed`;
  const at = (i: number): Planned => {
    const nonce = `${tag}-${i}`;
    switch (i % 8) {
      case 0: return { request: signedApiMe(base, nonce, 'header'), expect: 200 };
      case 1: return { request: signedApiMe(base, nonce, 'query'), expect: 200 };
      case 2: return { request: signedApiMe(base, nonce, 'body'), expect: 200 };
      case 3: return { request: signedApiMe(base, replayed, 'header'), expect: 401 };
      case 4: {
        const r = signedApiMe(base, nonce, 'header');
        const forged: [string, string][] = r.headers.map(([n, v]) => [n, v.replace(/oauth_signature="[^"]*"/, 'oauth_signature="bad"')]);
        return { request: { ...r, headers: forged }, expect: 401 };
      }
      case 5: return { request: { method: 'POST', url: `${base}/oauth2/token`, headers: [['Authorization', basic], ['Content-Type', 'application/x-www-form-urlencoded']], body: 'grant_type=client_credentials' }, expect: 200 };
      case 6: return { request: { method: 'GET', url: `${base}/nowhere/${i}`, headers: [], body: '' }, expect: 404 };
      default: return { request: { method: 'GET', url: `${base}/`, headers: [], body: '' }, expect: 200 };
    }
  };
  const warmUp = [{ request: signedApiMe(base, replayed, 'header'), expect: 200 }, ...Array.from({ length: 40 }, (_, i) => at(-1000 - i * 8 - 5))];
  return { warmUp, at };
}

export interface LoadOptions {
  readonly requests: number;
  readonly concurrency: number;
}

/** The provider alone, then the relay forwarding to it: both on 127.0.0.1, both stopped afterwards. */
export async function loadProviderAndRelay(options: LoadOptions): Promise<{ provider: LoadFigures; relay: LoadFigures }> {
  const provider = await startProvider({ port: 0, now: () => NOW });
  const origin = 'http://localhost:5173';
  const relay = await startRelay({ port: 0, allowedOrigins: [origin] });
  try {
    const providerFigures = await drive('provider', options.requests, options.concurrency, providerPlan(provider.url, 'direct'));
    const upstream = providerPlan(provider.url, 'relayed');
    const headers: [string, string][] = [['Content-Type', 'application/json'], ['Origin', origin]];
    // Half the requests are forwarded; the rest are refusals the relay answers itself.
    const forward = (i: number): Planned => {
      const body = JSON.stringify(upstream.at(i).request);
      if (i % 4 === 1) return { request: { method: 'POST', url: `${relay.url}/forward`, headers, body }, expect: 403 };
      if (i % 4 === 3) return { request: { method: 'POST', url: `${relay.url}/forward`, headers, body: '{' }, expect: 400, extraHeaders: { [RELAY_TOKEN_HEADER]: relay.token } };
      return { request: { method: 'POST', url: `${relay.url}/forward`, headers, body }, expect: 200, extraHeaders: { [RELAY_TOKEN_HEADER]: relay.token } };
    };
    const relayFigures = await drive('relay', options.requests, options.concurrency, { warmUp: Array.from({ length: 40 }, (_, i) => forward(-1000 - i)), at: forward });
    return { provider: providerFigures, relay: relayFigures };
  } finally {
    await Promise.all([provider.close(), relay.close()]);
  }
}

export function describeLoad(f: LoadFigures): string {
  const mib = (n: number): string => `${(n / 2 ** 20).toFixed(1)} MiB`;
  const statuses = Object.entries(f.statuses).map(([s, n]) => `${s === '0' ? 'no answer' : s}×${n}`).join(' ');
  return `${f.target}: ${f.requests} requests at ${f.concurrency} concurrent in ${(f.ms / 1000).toFixed(2)} s `
    + `(${Math.round(f.requests / (f.ms / 1000))}/s); ${statuses}; unexpected ${f.unexpected}; `
    + `heap ${mib(f.heapBefore)} → ${mib(f.heapAfter)} (${f.heapAfter >= f.heapBefore ? '+' : ''}${mib(f.heapAfter - f.heapBefore)}${f.gcAvailable ? ', after GC' : ', no GC available'})`;
}
