/** Bad input comes back as a Failure with a plain message and, where it applies, a position — never as a throw. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  baseStringUri, collectParameters, computeSignature, isFailure, parseAuthorizationHeader, percentDecode, percentEncode,
  signRequest, signRequestSync, verifyRequestSync, type HttpRequest, type SignatureMethod,
} from '../../src/engine/index.ts';

const FORM: [string, string] = ['Content-Type', 'application/x-www-form-urlencoded'];

function sign(request: HttpRequest) {
  return signRequestSync({
    request, credentials: { consumerKey: 'k', consumerSecret: 's' },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'n', timestamp: '1' }, placement: 'header',
  });
}

describe('error values', () => {
  it('a relative URL', () => {
    expect(sign({ method: 'GET', url: '/photos?x=1', headers: [], body: '' })).toMatchObject({
      ok: false, error: { code: 'relative-url', at: 0, input: 'url', message: expect.stringContaining('relative') },
    });
  });

  it('a malformed URL', () => {
    expect(sign({ method: 'GET', url: 'https://exa mple.com/', headers: [], body: '' })).toMatchObject({ ok: false, error: { code: 'malformed-url', at: 11, input: 'url' } });
  });

  it('%zz in the query', () => {
    expect(sign({ method: 'GET', url: 'https://x.test/?a=%zz', headers: [], body: '' })).toMatchObject({
      ok: false, error: { code: 'bad-percent-encoding', at: 18, input: 'url', message: expect.stringContaining('%zz') },
    });
  });

  it('%zz in a form body, at its offset in the body', () => {
    expect(sign({ method: 'POST', url: 'https://x.test/', headers: [FORM], body: 'ok=1&b=x%zz' })).toMatchObject({
      ok: false, error: { code: 'bad-percent-encoding', at: 8, input: 'body' },
    });
  });

  it('an unparseable Authorization header', () => {
    const request: HttpRequest = { method: 'GET', url: 'https://x.test/', headers: [['Authorization', 'OAuth a="1", b']], body: '' };
    expect(collectParameters(request)).toMatchObject({ ok: false, error: { code: 'bad-authorization-header', at: 14, input: 'authorization' } });
    expect(verifyRequestSync({ request, consumerSecret: 's' })).toMatchObject({ ok: false, error: { code: 'bad-authorization-header' } });
  });

  it('an invalid PEM', async () => {
    const r = await computeSignature({ method: 'RSA-SHA1', baseString: 'x', consumerSecret: '', privateKeyPem: '-----BEGIN PRIVATE KEY-----\nAB*D\n-----END PRIVATE KEY-----' });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-pem', at: 30, input: 'privateKey' } });
  });

  it('a lone surrogate, in a value, in the URL, in the body, in a secret', () => {
    expect(percentEncode('a\uD83D')).toMatchObject({ ok: false, error: { code: 'lone-surrogate', at: 1 } });
    expect(sign({ method: 'GET', url: 'https://x.test/?a=\uDE00', headers: [], body: '' })).toMatchObject({ ok: false, error: { code: 'lone-surrogate', at: 18, input: 'url' } });
    expect(sign({ method: 'POST', url: 'https://x.test/', headers: [FORM], body: 'a=\uD800' })).toMatchObject({ ok: false, error: { code: 'lone-surrogate', at: 2, input: 'body' } });
    const r = signRequestSync({
      request: { method: 'GET', url: 'https://x.test/', headers: [], body: '' }, credentials: { consumerKey: 'k', consumerSecret: 'x\uD800' },
      protocol: { signatureMethod: 'HMAC-SHA1' }, placement: 'header',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'lone-surrogate', at: 1, input: 'consumerSecret' } });
  });
});

describe('the engine never throws (property)', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 40 });
  const methods = fc.constantFrom<SignatureMethod>('HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'PLAINTEXT', 'RSA-SHA1');

  it('on arbitrary strings fed to every parser and to signRequestSync', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, methods, fc.constantFrom('header', 'query', 'body' as const), (url, header, body, secret, method, placement) => {
        const request: HttpRequest = { method: 'POST', url: `https://x.test/${url}`, headers: [FORM, ['Authorization', `OAuth ${header}`]], body };
        expect(() => {
          percentEncode(url);
          percentDecode(url, { plusIsSpace: true });
          baseStringUri(url);
          parseAuthorizationHeader(header);
          collectParameters(request);
          verifyRequestSync({ request, consumerSecret: secret });
          const r = signRequestSync({ request, credentials: { consumerKey: 'k', consumerSecret: secret }, protocol: { signatureMethod: method }, placement });
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
        }).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it('on arbitrary PEM text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (pem) => {
        const r = await signRequest({
          request: { method: 'GET', url: 'https://x.test/', headers: [], body: '' }, credentials: { consumerKey: 'k', consumerSecret: '', privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pem}\n-----END PRIVATE KEY-----` },
          protocol: { signatureMethod: 'RSA-SHA256', nonce: 'n', timestamp: '1' }, placement: 'header',
        });
        expect(isFailure(r)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
