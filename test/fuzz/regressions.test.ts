/**
 * What fuzzing and the load run found, each fixed where it lived; one case per
 * finding so it stays fixed. Times are never asserted: a quadratic input of
 * the size used here would not finish within the test timeout, which is the
 * failure these cases would show.
 */
import fc from 'fast-check';
import { parse as shellParse } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { heapUsed } from '../../fuzz/load.ts';
import { DEMO_ACCESS_TOKEN } from '../../server/demoTokens.ts';
import { MAX_NONCES, NonceMemory } from '../../server/provider/nonces.ts';
import { OAuth1Tokens } from '../../server/provider/oauth1Tokens.ts';
import { parsePasted } from '../../src/http/index.ts';
import { forwardUrl, withoutTrailingSlashes } from '../../src/http/relayProtocol.ts';
import { readShareFragment, SHARE_PREFIX } from '../../src/store/share.ts';
import { isCallbackRoute } from '../../src/ui/callback/callbackRoute.ts';

const MiB = 1 << 20;

function parsed(text: string) {
  const r = parsePasted(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.request;
}

describe('raw HTTP: obsolete line folding (src/http/paste/rawHttp.ts)', () => {
  // Was: each folded line re-copied and re-trimmed the whole value so far; 20,000 folds took 100 s.
  it('unfolds 20,000 folded lines of an Authorization header into one value', () => {
    const folds = Array.from({ length: 20_000 }, (_, i) => ` p${i}="v",`);
    const request = parsed(`GET /x HTTP/1.1\nHost: h.example\nAuthorization: OAuth\n${folds.join('\n')}\n\n`);
    expect(request.headers[1]).toEqual(['Authorization', `OAuth ${folds.map((f) => f.trim()).join(' ')}`]);
  });

  it('still joins a fold with one space and drops blank folds', () => {
    expect(parsed('GET /x HTTP/1.1\nHost: h\nX-A: a\n \t \n   b  c \n\n').headers[1]).toEqual(['X-A', 'a b  c']);
    expect(parsed('GET /x HTTP/1.1\nHost: h\nX-A:\n b\n\n').headers[1]).toEqual(['X-A', 'b']);
  });
});

describe('curl: words with nothing to unquote (src/http/paste/curlCommand.ts)', () => {
  // Was: shell-quote ran on every word; a 1 MiB command of 350,000 short options took 4 s.
  it('takes a plain word as its own value, exactly as shell-quote would', () => {
    fc.assert(fc.property(fc.stringMatching(/^[A-Za-z0-9_\-.,:/@%+=]{1,40}$/), (word) => {
      expect(shellParse(word)).toEqual([word]);
    }), { numRuns: 500 });
  });

  it('reads a command of 350,000 words', () => {
    expect(parsed(`curl https://h.example/${' -s'.repeat(350_000)}`).url).toBe('https://h.example/');
  });
});

describe('share link of 1 MiB (src/store/share.ts)', () => {
  // Was: Uint8Array.from(binary, mapFn) took over a second on a 1 MiB link.
  it('is decoded, and a garbage one refused', () => {
    const url = `https://h.example/?q=${'a'.repeat(MiB)}`;
    const doc = { v: 1, request: { method: 'GET', url, params: [], body: '', contentType: '', placement: 'header' } };
    const link = SHARE_PREFIX + Buffer.from(JSON.stringify(doc)).toString('base64url');
    expect(readShareFragment(link)).toBeNull(); // incomplete document: refused, after decoding it all
    expect(readShareFragment(SHARE_PREFIX + '-'.repeat(MiB))).toBeNull();
  });
});

describe('trailing slashes (relay URL, callback route)', () => {
  // Was: `/\/+$/`, which retries from every slash of a run: 100,000 slashes took 12 s.
  it('are removed from a relay URL of 1 MiB of slashes', () => {
    expect(withoutTrailingSlashes(`http://h${'/'.repeat(MiB)}x`)).toBe(`http://h${'/'.repeat(MiB)}x`);
    expect(withoutTrailingSlashes(`http://h/${'/'.repeat(MiB)}`)).toBe('http://h');
    expect(forwardUrl('http://127.0.0.1:8788///')).toBe('http://127.0.0.1:8788/forward');
  });

  it('do not stall the callback route check on a path of many slashes', () => {
    expect(isCallbackRoute(`/${'/'.repeat(MiB)}x`, '/')).toBe(false);
    expect(isCallbackRoute('/app/callback//', '/app/')).toBe(true);
  });
});

describe('the provider\'s nonce memory (server/provider/nonces.ts)', () => {
  // Was: the cap was checked before adding, so the memory held MAX_NONCES + 1.
  it('never holds more than MAX_NONCES, even when every nonce shares one second', () => {
    const memory = new NonceMemory();
    let most = 0;
    for (let i = 0; i < MAX_NONCES + 1000; i++) {
      memory.use({ consumerKey: 'c', token: 't', timestamp: 1000, nonce: `n${i}`, nowSeconds: 1000 });
      most = Math.max(most, memory.count);
    }
    expect(most).toBe(MAX_NONCES);
  });

  // Was: the nonce itself was the key, and a signed request may carry a 1 MiB nonce: MAX_NONCES of them is 100 GiB.
  it('keeps a fixed-size digest, not the nonce: 2,000 nonces of 64 KiB cost far less than their 125 MiB', () => {
    const memory = new NonceMemory();
    const before = heapUsed();
    const filler = 'x'.repeat(64 * 1024);
    for (let i = 0; i < 2000; i++) memory.use({ consumerKey: 'c', token: 't', timestamp: 1000, nonce: `${i}${filler}`, nowSeconds: 1000 });
    expect(memory.count).toBe(2000);
    expect(heapUsed() - before).toBeLessThan(16 * MiB);
    expect(memory.use({ consumerKey: 'c', token: 't', timestamp: 1000, nonce: `7${filler}`, nowSeconds: 1000 })).toBe(false);
  });
});

describe('the provider\'s token store (server/provider/oauth1Tokens.ts)', () => {
  // Was: past 10,000 issued credentials the oldest entries went first, and the oldest were the demo tokens.
  it('keeps the pre-issued demo access token however many request tokens are issued', () => {
    const tokens = new OAuth1Tokens(() => 1_700_000_000_000);
    for (let i = 0; i < 10_050; i++) tokens.issueTemporary('sigstep-demo-key', 'oob');
    expect(tokens.find(DEMO_ACCESS_TOKEN.token)).toMatchObject({ kind: 'access', token: DEMO_ACCESS_TOKEN.token });
  });
});
