/**
 * The signer decodes form-encoded input in one byte pass that assumes the usual
 * case (already RFC 5849 §3.6 form) and repairs the rest. These properties hold it
 * to a plain reference built from decodeURIComponent and a naive sort.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { collectParameters, signRequestSync, type HttpRequest, type Param } from '../../src/engine/index.ts';

const rfc3986 = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const wellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);

/** Ways a form field is written in the wild: §3.6, WHATWG (`+`, raw `*`), lower-case hex, raw characters. */
const writers: ((s: string) => string)[] = [
  rfc3986,
  (s) => new URLSearchParams([['x', s]]).toString().slice(2),
  (s) => rfc3986(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
  (s) => s.replace(/[%&=+#]/g, (c) => rfc3986(c)),
  (s) => Array.from(s, (c) => (/[A-Za-z]/.test(c) ? `%${c.charCodeAt(0).toString(16)}` : rfc3986(c))).join(''),
];

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }).filter(wellFormed), fc.constantFrom('', 'a', 'A', 'a-', 'oauth_x'));
const field = fc.tuple(text, text, fc.nat(writers.length - 1), fc.nat(writers.length - 1));

/** RFC 5849 §3.4.1.1 done the obvious way. */
function referenceBaseString(method: string, baseUri: string, params: readonly Param[]): string {
  const pairs = params.map(([n, v]) => [rfc3986(n), rfc3986(v)] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return [method, rfc3986(baseUri), rfc3986(pairs.map(([n, v]) => `${n}=${v}`).join('&'))].join('&');
}

describe('form-encoded input, however it was written', () => {
  it('decodes and signs exactly as the plain reference does (property)', () => {
    fc.assert(
      fc.property(fc.array(field, { maxLength: 12 }), fc.array(field, { maxLength: 12 }), (queryFields, bodyFields) => {
        const write = (fs: typeof queryFields): string => fs.map(([n, v, wn, wv]) => `${writers[wn]?.(n)}=${writers[wv]?.(v)}`).join('&');
        const query = write(queryFields);
        const request: HttpRequest = {
          method: 'POST', url: `https://x.test/p${query === '' ? '' : `?${query}`}`,
          headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: write(bodyFields),
        };
        const collected = collectParameters(request);
        expect(collected).toEqual([...queryFields, ...bodyFields].map(([n, v]): Param => [n, v]).filter(([n]) => n !== 'oauth_signature'));

        const r = signRequestSync({
          request, credentials: { consumerKey: 'k', consumerSecret: 's' },
          protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'n', timestamp: '1' }, placement: 'header',
        });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const kept = (collected as Param[]).filter(([n]) => !n.startsWith('oauth_'));
        const oauth: Param[] = [['oauth_consumer_key', 'k'], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '1'], ['oauth_nonce', 'n'], ['oauth_version', '1.0']];
        const base = referenceBaseString('POST', 'https://x.test/p', [...kept, ...oauth]);
        expect(r.value.trace.baseString.full).toBe(base);
        expect(r.value.trace.signature).toBe(createHmac('sha1', 's&').update(base).digest('base64'));
      }),
      { numRuns: 800 },
    );
  });
});
