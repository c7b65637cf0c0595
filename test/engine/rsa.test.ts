import { describe, expect, it } from 'vitest';
import { createPrivateKey, createPublicKey, createVerify } from 'node:crypto';
import { computeSignature, isFailure, signRequest, signRequestSync, verifyRequest, type SignInput } from '../../src/engine/index.ts';
import { DEMO_OAUTH1_RSA } from '../../src/providers/demoCredentials.ts';

const { privateKeyPem, publicKeyPem } = DEMO_OAUTH1_RSA;
const pkcs1Pem = createPrivateKey(privateKeyPem).export({ type: 'pkcs1', format: 'pem' }) as string;
const pkcs1PublicPem = createPublicKey(publicKeyPem).export({ type: 'pkcs1', format: 'pem' }) as string;

const verifies = (alg: string, data: string, signature: string, pem = publicKeyPem): boolean =>
  createVerify(alg).update(data).verify(pem, signature, 'base64');

function input(method: 'RSA-SHA1' | 'RSA-SHA256', key: string): SignInput {
  return {
    request: { method: 'GET', url: 'https://x.test/photos?size=original', headers: [], body: '' },
    credentials: { consumerKey: DEMO_OAUTH1_RSA.consumerKey, consumerSecret: '', privateKeyPem: key },
    protocol: { signatureMethod: method, nonce: 'n', timestamp: '1' },
    placement: 'header',
  };
}

describe('RSA-SHA1 and RSA-SHA256 (RFC 5849 §3.4.3, WebCrypto RSASSA-PKCS1-v1_5)', () => {
  it.each([['RSA-SHA1', 'RSA-SHA1'], ['RSA-SHA256', 'RSA-SHA256']] as const)('signs with %s so that node:crypto verifies it with the public key', async (method, alg) => {
    const r = await signRequest(input(method, privateKeyPem));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(verifies(alg, r.value.trace.baseString.full, r.value.trace.signature)).toBe(true);
    expect(r.value.trace.signingKey.key).toBe('');
    expect(r.value.trace.digestHex).toBe(Buffer.from(r.value.trace.signature, 'base64').toString('hex'));
  });

  it('accepts a PKCS#1 "BEGIN RSA PRIVATE KEY" key by wrapping it in PKCS#8', async () => {
    expect(pkcs1Pem).toContain('BEGIN RSA PRIVATE KEY');
    const [a, b] = await Promise.all([signRequest(input('RSA-SHA1', pkcs1Pem)), signRequest(input('RSA-SHA1', privateKeyPem))]);
    expect(a.ok && b.ok && a.value.trace.signature === b.value.trace.signature).toBe(true);
  });

  it('computes the same signature through computeSignature', async () => {
    const r = await signRequest(input('RSA-SHA256', privateKeyPem));
    if (!r.ok) throw new Error(r.error.message);
    const sig = await computeSignature({ method: 'RSA-SHA256', baseString: r.value.trace.baseString.full, consumerSecret: '', privateKeyPem });
    expect(sig).toBe(r.value.trace.signature);
  });

  it('returns bad-pem with a position for a PEM that is not one', async () => {
    expect(await computeSignature({ method: 'RSA-SHA1', baseString: 'x', consumerSecret: '', privateKeyPem: 'not a key' }))
      .toMatchObject({ ok: false, error: { code: 'bad-pem', at: 0, input: 'privateKey' } });
    const broken = privateKeyPem.replace('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'MIIEvQIBADANBgkq!kiG9w0BAQEFAASC');
    const r = await computeSignature({ method: 'RSA-SHA1', baseString: 'x', consumerSecret: '', privateKeyPem: broken });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-pem', at: broken.indexOf('!'), input: 'privateKey' } });
    const truncated = privateKeyPem.slice(0, 200);
    expect(await computeSignature({ method: 'RSA-SHA1', baseString: 'x', consumerSecret: '', privateKeyPem: truncated }))
      .toMatchObject({ ok: false, error: { code: 'bad-pem' } });
  });

  it('refuses well-formed PEM that is not a usable key, with the openssl command to fix it', async () => {
    const junk = '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n';
    const r = await computeSignature({ method: 'RSA-SHA1', baseString: 'x', consumerSecret: '', privateKeyPem: junk });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-key', message: expect.stringContaining('openssl pkcs8 -topk8 -nocrypt -in key.pem') } });
    const encrypted = '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n';
    expect(await computeSignature({ method: 'RSA-SHA1', baseString: 'x', consumerSecret: '', privateKeyPem: encrypted }))
      .toMatchObject({ ok: false, error: { code: 'encrypted-key' } });
  });

  it('says a private key is missing, and that RSA cannot sign synchronously', async () => {
    const i = input('RSA-SHA1', privateKeyPem);
    const { privateKeyPem: _omitted, ...credentials } = i.credentials;
    expect(await signRequest({ ...i, credentials })).toMatchObject({ ok: false, error: { code: 'missing-private-key' } });
    expect(signRequestSync(i)).toMatchObject({ ok: false, error: { code: 'async-required' } });
  });

  it('verifies an RSA-signed request with the public key (SPKI or PKCS#1) or by re-signing with the private key', async () => {
    const r = await signRequest(input('RSA-SHA256', privateKeyPem));
    if (!r.ok) throw new Error(r.error.message);
    const request = r.value.signedRequest;
    for (const pem of [publicKeyPem, pkcs1PublicPem]) {
      expect(await verifyRequest({ request, consumerSecret: '', publicKeyPem: pem })).toMatchObject({ ok: true, value: { matches: true } });
    }
    expect(await verifyRequest({ request, consumerSecret: '', privateKeyPem })).toMatchObject({ ok: true, value: { matches: true } });
    const tampered = { ...request, url: request.url.replace('original', 'large') };
    expect(await verifyRequest({ request: tampered, consumerSecret: '', publicKeyPem })).toMatchObject({ ok: true, value: { matches: false } });
    expect(isFailure(await verifyRequest({ request, consumerSecret: '' }))).toBe(true);
  });
});
