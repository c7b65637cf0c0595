/** The benchmark inputs of issue 2: the same requests for the engine and every peer. */
import { percentEncode } from '../src/engine/index.ts';
import type { HttpRequest } from '../src/engine/index.ts';

export interface BenchCase {
  readonly label: string;
  /** the request as the engine sees it; oauth parameters go where `placement` says */
  readonly request: HttpRequest;
  readonly placement: 'body' | 'header';
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly nonce: string;
  readonly timestamp: string;
}

const enc = (s: string): string => percentEncode(s) as string;

/** A deterministic generator, so every run signs the same bytes. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~ !*\'()&=+/?#[]@$,;:%', 'é', 'ü', '漢', '字', '😀', '→'];

function text(rand: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(ALPHABET[Math.floor(rand() * ALPHABET.length)] as string);
  return out.join('');
}

/** (a) 7digital's request-token request: a signed POST with the oauth parameters in the form body. */
export const sevenDigital: BenchCase = {
  label: '(a) 7digital request token',
  request: { method: 'POST', url: 'https://api.7digital.com/1.2/oauth/requesttoken', headers: [], body: '' },
  placement: 'body',
  consumerKey: 'YOUR_KEY_HERE',
  consumerSecret: 'YOUR_SECRET_HERE',
  nonce: '950262835',
  timestamp: '1426071532',
};

/** (b) 100 query parameters whose values hold reserved and non-ASCII characters. */
export const hundredQuery: BenchCase = (() => {
  const rand = lcg(100);
  const pairs: string[] = [];
  for (let i = 0; i < 100; i++) pairs.push(`p${i}=${enc(text(rand, 24))}`);
  return {
    label: '(b) 100 query parameters',
    request: { method: 'GET', url: `https://api.example.com/search?${pairs.join('&')}`, headers: [], body: '' },
    placement: 'header',
    consumerKey: 'bench-key',
    consumerSecret: 'bench secret/&',
    nonce: 'n0nce',
    timestamp: '1426071532',
  };
})();

/** (c) 10,000 form parameters, about 1 MiB of body. */
export const bigForm: BenchCase = (() => {
  const rand = lcg(10_000);
  const pairs: string[] = [];
  for (let i = 0; i < 10_000; i++) pairs.push(`field${i}=${enc(text(rand, 50))}`);
  return {
    label: '(c) 10,000 form parameters (~1 MiB)',
    request: {
      method: 'POST',
      url: 'https://api.example.com/upload',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: pairs.join('&'),
    },
    placement: 'header',
    consumerKey: 'bench-key',
    consumerSecret: 'bench secret/&',
    nonce: 'n0nce',
    timestamp: '1426071532',
  };
})();

export const CASES: readonly BenchCase[] = [sevenDigital, hundredQuery, bigForm];
