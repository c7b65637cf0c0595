import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { generateBase, hmacsign } from 'oauth-sign';
import { describe, expect, it } from 'vitest';
import { baseStringUri, signatureBaseString } from '../../server/provider/baseString.ts';
import { collectParameters } from '../../server/provider/requestParameters.ts';
import { SIGNATURE_METHODS } from '../../server/provider/signatureMethods.ts';
import { mountedUrl } from '../../server/shared/mount.ts';

interface Vector {
  id: string;
  source: string;
  request?: { method: string; url: string; headers: [string, string][]; body: string };
  signature_method: string;
  consumer_secret?: string;
  token_secret?: string;
  expected: { base_string?: string; normalized_params?: string; signature?: string };
}
const vectors = JSON.parse(readFileSync(new URL('../../../shared/vectors/rfc5849.json', import.meta.url), 'utf8')) as {
  base_string_uri: { source: string; cases: [string, string][] };
  signatures: Vector[];
};

/** The provider's base string for a request given as a vector: what it would compute on the socket. */
function providerBaseString(request: NonNullable<Vector['request']>): string {
  const url = new URL(request.url);
  const header = (name: string): string | undefined => request.headers.find(([n]) => n.toLowerCase() === name)?.[1];
  const params = collectParameters({ authorization: header('authorization'), query: url.search.slice(1), contentType: header('content-type'), body: request.body });
  if (!params.ok) throw new Error(params.advice);
  const uri = baseStringUri({ host: url.host, 'x-forwarded-proto': url.protocol.slice(0, -1) }, url.pathname, false);
  return signatureBaseString(request.method, uri ?? '', params.value.signed);
}

describe('the provider\'s own base string against the published vectors (shared/vectors/rfc5849.json)', () => {
  it.each(vectors.base_string_uri.cases)('base string URI of %s is %s (RFC 5849 §3.4.1.2)', (input, expected) => {
    const url = new URL(input);
    // The Host header as a client would send it, case and default port included.
    const host = /^[a-z]+:\/\/([^/]+)/i.exec(input)?.[1] ?? '';
    expect(baseStringUri({ host, 'x-forwarded-proto': url.protocol.slice(0, -1) }, url.pathname, false)).toBe(expected);
  });

  for (const vector of vectors.signatures) {
    const { request } = vector;
    if (request === undefined) continue;
    if (vector.expected.base_string !== undefined) {
      it(`computes the base string of ${vector.id} (${vector.source})`, () => {
        expect(providerBaseString(request)).toBe(vector.expected.base_string);
      });
    }
    if (vector.expected.signature !== undefined && vector.consumer_secret !== undefined) {
      it(`accepts the published signature of ${vector.id}`, () => {
        const method = SIGNATURE_METHODS.get(vector.signature_method);
        expect(method?.verify({
          baseString: providerBaseString(request),
          signature: vector.expected.signature ?? '',
          client: { consumerKey: 'k', name: 'n', kind: 'secret', consumerSecret: vector.consumer_secret ?? '' },
          tokenSecret: vector.token_secret ?? '',
        })).toBe(true);
      });
    }
  }

  it('agrees with oauth-sign\'s generateBase and hmacsign on awkward values', () => {
    const params = { 'b[]': ['2', '1 2'], a: 'x+y=z&', 'ü': '✓', empty: '', 'c*': "'()!" };
    const pairs = Object.entries(params).flatMap(([n, v]) => (Array.isArray(v) ? v : [v]).map((x) => [n, x] as const));
    const ours = signatureBaseString('post', 'http://h.example/p%20q', pairs);
    expect(ours).toBe(generateBase('POST', 'http://h.example/p%20q', params));
    const mac = SIGNATURE_METHODS.get('HMAC-SHA1');
    const signature = hmacsign('POST', 'http://h.example/p%20q', params, 'c s', 't&s');
    expect(mac?.verify({ baseString: ours, signature, client: { consumerKey: 'k', name: 'n', kind: 'secret', consumerSecret: 'c s' }, tokenSecret: 't&s' })).toBe(true);
  });
});

describe('base string URI from the request', () => {
  it('keeps a non-default port and drops the default one', () => {
    expect(baseStringUri({ host: 'LocalHost:5173' }, '/provider/api/me', false)).toBe('http://localhost:5173/provider/api/me');
    expect(baseStringUri({ host: 'example.com:443', 'x-forwarded-proto': 'https' }, '/x', false)).toBe('https://example.com/x');
    expect(baseStringUri({ host: '[::1]:8080' }, '/', false)).toBe('http://[::1]:8080/');
  });

  it('has no URI without a usable Host header', () => {
    expect(baseStringUri({}, '/x', false)).toBeUndefined();
    expect(baseStringUri({ host: 'a b' }, '/x', false)).toBeUndefined();
    expect(baseStringUri({ host: 'a/b' }, '/x', false)).toBeUndefined();
  });
});

describe('mountedUrl', () => {
  const req = (url: string, originalUrl?: string): IncomingMessage => ({ url, originalUrl } as unknown as IncomingMessage);

  it('recovers the prefix Connect stripped from req.url', () => {
    expect(mountedUrl(req('/api/me?x=1', '/provider/api/me?x=1'))).toEqual({ prefix: '/provider', route: '/api/me?x=1', full: '/provider/api/me?x=1' });
    expect(mountedUrl(req('/', '/provider'))).toMatchObject({ prefix: '/provider', route: '/' });
    expect(mountedUrl(req('/', '/provider/'))).toMatchObject({ prefix: '/provider', route: '/' });
  });

  it('strips a mount path from a full req.url', () => {
    expect(mountedUrl(req('/provider/oauth/token'), '/provider')).toEqual({ prefix: '/provider', route: '/oauth/token', full: '/provider/oauth/token' });
    expect(mountedUrl(req('/providerX/a'), '/provider')).toMatchObject({ prefix: '', route: '/providerX/a' });
  });
});
