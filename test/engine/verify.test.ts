import { describe, expect, it } from 'vitest';
import { signRequestSync, verifyRequest, verifyRequestSync, type HttpRequest, type Placement } from '../../src/engine/index.ts';

const FORM: [string, string] = ['Content-Type', 'application/x-www-form-urlencoded'];

function signedRequest(placement: Placement, request: HttpRequest, tokenSecret = 'ts'): HttpRequest {
  const r = signRequestSync({
    request,
    credentials: { consumerKey: 'k', consumerSecret: 'cs', token: 't', tokenSecret },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'abc', timestamp: '1426071532' },
    placement,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.signedRequest;
}

describe('verifyRequest (RFC 5849 §3.2)', () => {
  const plain: HttpRequest = { method: 'POST', url: 'https://x.test/p?a=1+2', headers: [FORM], body: 'b=%2B' };

  it.each(['header', 'query', 'body'] as const)('finds the signature in the %s and confirms it', (placement) => {
    const request = signedRequest(placement, plain);
    const v = verifyRequestSync({ request, consumerSecret: 'cs', tokenSecret: 'ts' });
    expect(v).toMatchObject({ ok: true, value: { matches: true } });
    if (v.ok) expect(v.value.given).toBe(v.value.expected);
  });

  it('recomputes with the nonce and timestamp the request carries', () => {
    const v = verifyRequestSync({ request: signedRequest('header', plain), consumerSecret: 'cs', tokenSecret: 'ts' });
    expect(v.ok && v.value.trace.collected).toContainEqual(expect.objectContaining({ name: 'oauth_nonce', value: 'abc' }));
  });

  it('reports a mismatch with both signatures when the secret is wrong', () => {
    const v = verifyRequestSync({ request: signedRequest('query', plain), consumerSecret: 'cs', tokenSecret: 'other' });
    expect(v).toMatchObject({ ok: true, value: { matches: false } });
    if (v.ok) expect(v.value.given).not.toBe(v.value.expected);
  });

  it('reports a mismatch when a signed parameter was changed', () => {
    const request = signedRequest('header', plain);
    const v = verifyRequestSync({ request: { ...request, body: 'b=changed' }, consumerSecret: 'cs', tokenSecret: 'ts' });
    expect(v.ok && v.value.matches).toBe(false);
  });

  it('decodes a signature sent in the query', () => {
    const request = signedRequest('query', plain);
    expect(request.url).toMatch(/oauth_signature=[^&]*%/);
    const v = verifyRequestSync({ request, consumerSecret: 'cs', tokenSecret: 'ts' });
    expect(v.ok && v.value.given).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('says which parameter is absent', () => {
    expect(verifyRequestSync({ request: plain, consumerSecret: 'cs' })).toMatchObject({ ok: false, error: { code: 'parameter_absent' } });
    const noMethod: HttpRequest = { ...plain, url: 'https://x.test/?oauth_signature=x' };
    expect(verifyRequestSync({ request: noMethod, consumerSecret: 'cs' })).toMatchObject({ ok: false, error: { code: 'parameter_absent', message: expect.stringContaining('oauth_signature_method') } });
  });

  it('rejects an unknown signature method', () => {
    const request: HttpRequest = { ...plain, url: 'https://x.test/?oauth_signature=x&oauth_signature_method=HMAC-MD5' };
    expect(verifyRequestSync({ request, consumerSecret: 'cs' })).toMatchObject({ ok: false, error: { code: 'signature_method_rejected' } });
  });

  it('gives the same answer asynchronously', async () => {
    const input = { request: signedRequest('body', plain), consumerSecret: 'cs', tokenSecret: 'ts' };
    expect(await verifyRequest(input)).toEqual(verifyRequestSync(input));
  });
});
