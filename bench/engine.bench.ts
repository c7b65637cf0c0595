/**
 * Signatures per second of signRequestSync (HMAC-SHA1) next to its peers on the
 * same requests (issue 2, "Speed"), and the floor: HMAC-SHA1 of the finished base
 * string alone with the engine's own hash. Peers parse the same raw query or body
 * inside the timed function, as the engine does. Each figure is the median
 * time per signature, best of ROUNDS runs, since other processes on a shared
 * machine slow runs at random.
 */
import { createHmac } from 'node:crypto';
import { parse as parseQuery } from 'node:querystring';
import { Bench } from 'tinybench';
import OAuth from 'oauth-1.0a';
import CryptoJS from 'crypto-js';
import * as oauthSign from 'oauth-sign';
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { signRequestSync, signingKey, type SignResult } from '../src/engine/index.ts';
import { CASES, type BenchCase } from './inputs.ts';

type Signer = () => string;

function engine(c: BenchCase): Signer {
  return () => signedOnce(c).trace.signature;
}

function signedOnce(c: BenchCase): SignResult {
  const r = signRequestSync({
    request: c.request,
    credentials: { consumerKey: c.consumerKey, consumerSecret: c.consumerSecret },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce: c.nonce, timestamp: c.timestamp },
    placement: c.placement,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const nodeHmac = (base: string, key: string): string => createHmac('sha1', key).update(base).digest('base64');
const cryptoJsHmac = (base: string, key: string): string => CryptoJS.HmacSHA1(base, key).toString(CryptoJS.enc.Base64);

/** The form body (or nothing) as the object oauth-1.0a and oauth-sign take, parsed inside the timing. */
function bodyData(c: BenchCase): Record<string, string | string[]> {
  return c.request.body === '' ? {} : (parseQuery(c.request.body, '&', '=', { maxKeys: 0 }) as Record<string, string | string[]>);
}

function oauth10a(c: BenchCase, hash: (base: string, key: string) => string): Signer {
  const oauth = new OAuth({ consumer: { key: c.consumerKey, secret: c.consumerSecret }, signature_method: 'HMAC-SHA1', hash_function: hash });
  // Fixed like the engine's inputs: the library would otherwise draw them from Math.random and Date.
  oauth.getNonce = () => c.nonce;
  oauth.getTimeStamp = () => Number(c.timestamp);
  return () => oauth.authorize({ url: c.request.url, method: c.request.method, data: bodyData(c) }).oauth_signature;
}

function oauthSignPeer(c: BenchCase): Signer {
  return () => {
    const q = c.request.url.indexOf('?');
    const params: Record<string, string | string[]> = {
      ...(q === -1 ? {} : (parseQuery(c.request.url.slice(q + 1), '&', '=', { maxKeys: 0 }) as Record<string, string | string[]>)),
      ...bodyData(c),
      oauth_consumer_key: c.consumerKey,
      oauth_nonce: c.nonce,
      oauth_signature_method: 'HMAC-SHA1',
      oauth_timestamp: c.timestamp,
      oauth_version: '1.0',
    };
    return oauthSign.hmacsign(c.request.method, q === -1 ? c.request.url : c.request.url.slice(0, q), params, c.consumerSecret, '');
  };
}

function floor(c: BenchCase): Signer {
  const signed = signedOnce(c);
  const key = new TextEncoder().encode(signingKey(c.consumerSecret));
  const base = signed.trace.baseString.full;
  return () => {
    hmac(sha1, key, new TextEncoder().encode(base));
    return '';
  };
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(11);

/** Other work on the machine slows single runs at random, so each case is run ROUNDS times and each signer's best round counts. */
const ROUNDS = 3;

/** Per signer, in ms: the best median of the rounds, and the fastest single signature seen. */
interface Timing {
  median: number;
  min: number;
}

async function timings(c: BenchCase, signers: readonly [string, Signer][]): Promise<Record<string, Timing>> {
  const big = c.request.body.length > 100_000;
  const best: Record<string, Timing> = {};
  for (let round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ time: big ? 2000 : 500, warmupTime: big ? 300 : 100, iterations: big ? 30 : 64 });
    for (const [name, fn] of signers) bench.add(name, fn);
    await bench.run();
    for (const [name] of signers) {
      const result = bench.getTask(name)?.result;
      // The median, not the mean: a shared machine's load spikes inflate the mean of any run they touch.
      const median = result !== undefined && 'latency' in result ? result.latency.p50 : NaN;
      const min = result !== undefined && 'latency' in result ? result.latency.min : NaN;
      const prev = best[name];
      best[name] = { median: Math.min(prev?.median ?? Infinity, median), min: Math.min(prev?.min ?? Infinity, min) };
    }
  }
  return best;
}

const ENGINE = 'sigstep signRequestSync';
const FLOOR = 'floor: noble HMAC-SHA1 of base string';

async function runCase(c: BenchCase): Promise<Record<string, Timing>> {
  const once = signedOnce(c);
  const signers: [string, Signer][] = [
    [ENGINE, engine(c)],
    ['oauth-1.0a + crypto-js', oauth10a(c, cryptoJsHmac)],
    ['oauth-1.0a + node crypto', oauth10a(c, nodeHmac)],
    ['oauth-sign (node crypto)', oauthSignPeer(c)],
    [FLOOR, floor(c)],
  ];
  const t = await timings(c, signers);
  console.log(`\n${c.label} — url ${c.request.url.length} B, body ${c.request.body.length} B, base string ${once.trace.baseString.full.length} B`);
  console.log(`  ${''.padEnd(40)} ${'sig/s'.padStart(11)}  ${'median ms'.padStart(10)}  ${'fastest ms'.padStart(10)}`);
  for (const [name, fn] of signers) {
    const { median, min } = t[name] ?? { median: NaN, min: NaN };
    const same = name === FLOOR || fn() === once.trace.signature ? '' : '  (different signature: this peer departs from RFC 5849 on this input)';
    console.log(`  ${name.padEnd(40)} ${fmt(1000 / median)}  ${median.toFixed(4).padStart(10)}  ${min.toFixed(4).padStart(10)}${same}`);
  }
  return t;
}

const ratio = (a: number | undefined, b: number | undefined): string => ((a ?? NaN) / (b ?? NaN)).toFixed(2);

export async function run(only?: readonly BenchCase[]): Promise<void> {
  for (const c of only ?? CASES) {
    const t = await runCase(c);
    const own = t[ENGINE]?.median;
    const speedup = (peer: string): string => ratio(t[peer]?.median, own);
    console.log(`  ratios (medians): sigstep is ${speedup('oauth-1.0a + crypto-js')}× oauth-1.0a+crypto-js, ` +
      `${speedup('oauth-1.0a + node crypto')}× oauth-1.0a+node, ${speedup('oauth-sign (node crypto)')}× oauth-sign; ` +
      `time(sigstep) / time(hash alone) = ${ratio(own, t[FLOOR]?.median)}× (fastest runs: ${ratio(t[ENGINE]?.min, t[FLOOR]?.min)}×)`);
  }
}
