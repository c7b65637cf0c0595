import { describe, expect, it } from 'vitest';
import { createHash, createHmac } from 'node:crypto';
import {
  collectParameters, isFailure, parseAuthorizationHeader, signRequest, signRequestSync, signingKey,
  type HttpRequest, type SignInput, type SignResult,
} from '../../src/engine/index.ts';

const FORM: [string, string] = ['Content-Type', 'application/x-www-form-urlencoded'];

function input(request: HttpRequest, over: Partial<SignInput> = {}): SignInput {
  return {
    request,
    credentials: { consumerKey: 'key', consumerSecret: 'secret' },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'n0nce', timestamp: '1426071532' },
    placement: 'header',
    ...over,
  };
}

function signed(i: SignInput): SignResult {
  const r = signRequestSync(i);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('signRequest: the 7digital request-token request (oauth parameters in the form body)', () => {
  const r = signed(input({ method: 'POST', url: 'https://api.7digital.com/1.2/oauth/requesttoken', headers: [], body: '' }, {
    credentials: { consumerKey: 'YOUR_KEY_HERE', consumerSecret: 'YOUR_SECRET_HERE' },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce: '950262835', timestamp: '1426071532' },
    placement: 'body',
  }));

  it('puts every oauth parameter in the body and sets the form Content-Type', () => {
    expect(r.signedRequest.headers).toContainEqual(FORM);
    expect(r.signedRequest.body).toMatch(/^oauth_consumer_key=YOUR_KEY_HERE&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1426071532&oauth_nonce=950262835&oauth_version=1\.0&oauth_signature=[A-Za-z0-9%]+$/);
    expect(r.authorizationHeader).toBeUndefined();
  });

  it('signs what an independent HMAC over the same base string gives', () => {
    const expected = createHmac('sha1', 'YOUR_SECRET_HERE&').update(r.trace.baseString.full).digest('base64');
    expect(r.trace.signature).toBe(expected);
    expect(r.trace.baseString.full).toBe(
      'POST&https%3A%2F%2Fapi.7digital.com%2F1.2%2Foauth%2Frequesttoken&oauth_consumer_key%3DYOUR_KEY_HERE%26oauth_nonce%3D950262835%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1426071532%26oauth_version%3D1.0',
    );
  });

  it('returns every oauth parameter sent, oauth_signature included', () => {
    expect(r.oauthParams.map(([n]) => n)).toEqual([
      'oauth_consumer_key', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce', 'oauth_version', 'oauth_signature',
    ]);
  });
});

describe('signRequest placements (RFC 5849 §3.5)', () => {
  const base: HttpRequest = { method: 'GET', url: 'https://x.test/api?b=2&a=1#frag', headers: [['Accept', 'application/json']], body: '' };

  it('header: adds one Authorization header and leaves the URL alone', () => {
    const r = signed(input(base, { protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'n', timestamp: '1', realm: 'R' } }));
    expect(r.signedRequest.url).toBe(base.url);
    expect(r.signedRequest.headers.filter(([n]) => n === 'Authorization')).toHaveLength(1);
    expect(r.authorizationHeader).toMatch(/^OAuth realm="R", oauth_consumer_key="key", /);
  });

  it('query: appends to the query, before the fragment', () => {
    const r = signed(input(base, { placement: 'query' }));
    expect(r.signedRequest.url).toMatch(/^https:\/\/x\.test\/api\?b=2&a=1&oauth_consumer_key=key&.*&oauth_signature=[^&#]+#frag$/);
  });

  it('query: starts a query when there is none', () => {
    const r = signed(input({ ...base, url: 'https://x.test/api' }, { placement: 'query' }));
    expect(r.signedRequest.url).toMatch(/^https:\/\/x\.test\/api\?oauth_consumer_key=key&/);
  });

  it('body: appends to an existing form body', () => {
    const r = signed(input({ method: 'POST', url: 'https://x.test/', headers: [FORM], body: 'a=1' }, { placement: 'body' }));
    expect(r.signedRequest.body).toMatch(/^a=1&oauth_consumer_key=key&/);
    expect(r.signedRequest.headers.filter(([n]) => n.toLowerCase() === 'content-type')).toEqual([FORM]);
  });

  it('body: refuses a body that is not form-encoded', () => {
    const r = signRequestSync(input({ method: 'POST', url: 'https://x.test/', headers: [['Content-Type', 'application/json']], body: '{}' }, { placement: 'body' }));
    expect(r).toMatchObject({ ok: false, error: { code: 'body-not-form' } });
  });

  it('every placement gives the same signature for the same request', () => {
    const sigs = (['header', 'query', 'body'] as const).map((placement) => signed(input({ method: 'POST', url: 'https://x.test/', headers: [], body: '' }, { placement })).trace.signature);
    expect(new Set(sigs).size).toBe(1);
  });
});

describe('signRequest protocol parameters (RFC 5849 §3.1)', () => {
  const req: HttpRequest = { method: 'GET', url: 'https://x.test/', headers: [], body: '' };

  it('takes the timestamp from the injected clock (seconds) and the nonce from the injected source', () => {
    const r = signed(input(req, { protocol: { signatureMethod: 'HMAC-SHA1' }, clock: () => 1_426_071_532_999, nonceSource: () => 'fixed' }));
    expect(r.oauthParams).toContainEqual(['oauth_timestamp', '1426071532']);
    expect(r.oauthParams).toContainEqual(['oauth_nonce', 'fixed']);
  });

  it('draws a fresh random nonce by default', () => {
    const nonce = (): string => signed(input(req, { protocol: { signatureMethod: 'HMAC-SHA1' } })).oauthParams.find(([n]) => n === 'oauth_nonce')?.[1] ?? '';
    const [a, b] = [nonce(), nonce()];
    expect(a).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect(a).not.toBe(b);
  });

  it('adds oauth_token, oauth_callback and oauth_verifier when given, and leaves out oauth_version on request', () => {
    const r = signed(input(req, {
      credentials: { consumerKey: 'k', consumerSecret: 's', token: 't', tokenSecret: 'ts' },
      protocol: { signatureMethod: 'PLAINTEXT', nonce: 'n', timestamp: '1', callback: 'oob', verifier: 'v', includeVersion: false },
    }));
    expect(r.oauthParams.map(([n]) => n)).toEqual([
      'oauth_consumer_key', 'oauth_token', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce', 'oauth_callback', 'oauth_verifier', 'oauth_signature',
    ]);
    expect(r.trace.signature).toBe('s&ts');
  });

  it("sends extra header parameters (Akana's scope) in the header and signs them", () => {
    const r = signed(input({ method: 'POST', url: 'https://x.test/oauth/oauth10/initiate', headers: [], body: '' }, {
      protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'n', timestamp: '1', realm: 'https://x.test', extraHeaderParams: [['scope', 'Scope1']] },
    }));
    expect(r.authorizationHeader).toMatch(/^OAuth realm="https:\/\/x\.test", scope="Scope1", oauth_consumer_key=/);
    expect(r.trace.collected).toContainEqual({ ref: 0, name: 'scope', value: 'Scope1', source: 'header' });
    expect(r.oauthParams.map(([n]) => n)).not.toContain('scope');
  });

  it('leaves extra header parameters out of the query and body placements', () => {
    const r = signed(input(req, { placement: 'query', protocol: { signatureMethod: 'HMAC-SHA1', extraHeaderParams: [['scope', 'S']] } }));
    expect(r.trace.collected.map((p) => p.name)).not.toContain('scope');
  });
});

describe('signRequest on a pasted request that is already signed', () => {
  it('replaces the oauth parameters of the query, the body and the header instead of duplicating them', () => {
    const pasted: HttpRequest = {
      method: 'POST',
      url: 'https://x.test/p?keep=1&oauth_nonce=old&oauth_signature=old',
      headers: [FORM, ['Authorization', 'OAuth oauth_consumer_key="old", oauth_signature="old"']],
      body: 'oauth_timestamp=1&also=2&oauth_signature=old',
    };
    for (const placement of ['header', 'query', 'body'] as const) {
      const r = signed(input(pasted, { placement }));
      const all = collectParameters({ ...r.signedRequest });
      expect(isFailure(all)).toBe(false);
      const names = (all as [string, string][]).map(([n]) => n);
      expect(names.filter((n) => n === 'oauth_nonce')).toHaveLength(1);
      expect(names.filter((n) => n === 'oauth_consumer_key')).toHaveLength(1);
      expect(names).toEqual(expect.arrayContaining(['keep', 'also']));
      expect(r.signedRequest.url).not.toContain('old');
      expect(r.signedRequest.body).not.toContain('old');
    }
  });
});

describe('signRequest with the OAuth Request Body Hash extension', () => {
  const json: HttpRequest = { method: 'POST', url: 'https://x.test/', headers: [['Content-Type', 'application/json']], body: '{"a":1}' };
  const hashOf = (alg: string, body: string): string => createHash(alg).update(body).digest('base64');

  it("adds oauth_body_hash (SHA-1) for a non-form body in 'auto' mode", () => {
    const r = signed(input(json));
    expect(r.oauthParams).toContainEqual(['oauth_body_hash', hashOf('sha1', '{"a":1}')]);
  });

  it('uses SHA-256 with HMAC-SHA256', () => {
    const r = signed(input(json, { protocol: { signatureMethod: 'HMAC-SHA256', bodyHash: 'auto' } }));
    expect(r.oauthParams).toContainEqual(['oauth_body_hash', hashOf('sha256', '{"a":1}')]);
  });

  it('never adds it to a form body, nor in auto mode to an empty body, nor when off', () => {
    const names = (i: SignInput): string[] => signed(i).oauthParams.map(([n]) => n);
    expect(names(input({ ...json, headers: [FORM], body: 'a=1' }))).not.toContain('oauth_body_hash');
    expect(names(input({ ...json, body: '' }))).not.toContain('oauth_body_hash');
    expect(names(input(json, { protocol: { signatureMethod: 'HMAC-SHA1', bodyHash: 'off' } }))).not.toContain('oauth_body_hash');
  });

  it('hashes an empty non-form body when a hash is asked for explicitly', () => {
    const r = signed(input({ ...json, body: '' }, { protocol: { signatureMethod: 'HMAC-SHA1', bodyHash: 'SHA-256' } }));
    expect(r.oauthParams).toContainEqual(['oauth_body_hash', hashOf('sha256', '')]);
  });
});

describe('the trace (every step of RFC 5849 §3.4 as data)', () => {
  const r = signed(input({
    method: 'post', url: 'HTTPS://X.test:443/p?b=2+2&a=%C3%A9',
    headers: [FORM], body: 'z=1&a=0',
  }, { credentials: { consumerKey: 'k', consumerSecret: 'c s', tokenSecret: 't&s' } }));
  const t = r.trace;

  it('lists the collected parameters with their sources and stable refs', () => {
    expect(t.collected.slice(0, 4)).toEqual([
      { ref: 0, name: 'b', value: '2 2', source: 'query' },
      { ref: 1, name: 'a', value: 'é', source: 'query' },
      { ref: 2, name: 'z', value: '1', source: 'body' },
      { ref: 3, name: 'a', value: '0', source: 'body' },
    ]);
    expect(t.collected.slice(4).every((p) => p.source === 'oauth')).toBe(true);
    expect(t.encoded.map((p) => p.ref)).toEqual(t.collected.map((p) => p.ref));
  });

  it('encodes and sorts', () => {
    expect(t.encoded[0]).toEqual({ ref: 0, name: 'b', value: '2 2', encodedName: 'b', encodedValue: '2%202' });
    expect(t.sorted.slice(0, 2).map((p) => [p.encodedName, p.encodedValue])).toEqual([['a', '%C3%A9'], ['a', '0']]);
  });

  it('gives spans that point at each parameter in the normalized string and in the base string', () => {
    for (const span of t.normalized.spans) {
      const p = t.encoded[span.ref];
      expect(t.normalized.value.slice(span.start, span.end)).toBe(`${p?.encodedName}=${p?.encodedValue}`);
    }
    for (const span of t.baseString.spans) {
      const p = t.encoded[span.ref];
      const twice = (s: string | undefined): string => (s ?? '').replaceAll('%', '%25');
      expect(t.baseString.full.slice(span.start, span.end)).toBe(`${twice(p?.encodedName)}%3D${twice(p?.encodedValue)}`);
    }
    expect(t.baseString.spans).toHaveLength(t.collected.length);
  });

  it('splits the base string into its three parts', () => {
    expect(t.baseString.method).toBe('POST');
    expect(t.baseString.uri).toBe('https://x.test/p');
    expect(t.baseString.full).toBe(`POST&https%3A%2F%2Fx.test%2Fp&${encodeURIComponent(t.baseString.parameters)}`);
  });

  it('shows the signing key with each secret encoded and the & always present', () => {
    expect(t.signingKey).toEqual({ consumerSecretEncoded: 'c%20s', tokenSecretEncoded: 't%26s', key: 'c%20s&t%26s' });
    expect(signingKey('c s')).toBe('c%20s&');
  });

  it('records the raw digest in hex and the base64 signature', () => {
    const mac = createHmac('sha1', 'c%20s&t%26s').update(t.baseString.full).digest();
    expect(t.digestHex).toBe(mac.toString('hex'));
    expect(t.signature).toBe(mac.toString('base64'));
  });
});

describe('signRequestSync and signRequest', () => {
  const req: HttpRequest = { method: 'GET', url: 'https://x.test/', headers: [], body: '' };

  it('agree for every synchronous method', async () => {
    for (const signatureMethod of ['HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'PLAINTEXT'] as const) {
      const i = input(req, { protocol: { signatureMethod, nonce: 'n', timestamp: '1' } });
      expect(await signRequest(i)).toEqual(signRequestSync(i));
    }
  });

  it.each([['HMAC-SHA1', 'sha1'], ['HMAC-SHA256', 'sha256'], ['HMAC-SHA512', 'sha512']] as const)('sign %s as node:crypto HMAC does over the same base string', (signatureMethod, alg) => {
    const r = signed(input(req, { credentials: { consumerKey: 'k', consumerSecret: 'c/s', tokenSecret: 't s' }, protocol: { signatureMethod, nonce: 'n', timestamp: '1' } }));
    const mac = createHmac(alg, 'c%2Fs&t%20s').update(r.trace.baseString.full).digest();
    expect(r.trace.signature).toBe(mac.toString('base64'));
    expect(r.trace.digestHex).toBe(mac.toString('hex'));
  });

  it('sign PLAINTEXT with the key itself and no digest (RFC 5849 §3.4.4)', () => {
    const r = signed(input(req, { credentials: { consumerKey: 'k', consumerSecret: 'c&s' }, protocol: { signatureMethod: 'PLAINTEXT', nonce: 'n', timestamp: '1' } }));
    expect(r.trace.signature).toBe('c%26s&');
    expect(r.trace.digestHex).toBe('');
  });

  it("refuse RSA synchronously with 'async-required'", () => {
    expect(signRequestSync(input(req, { protocol: { signatureMethod: 'RSA-SHA1' } }))).toMatchObject({ ok: false, error: { code: 'async-required' } });
  });

  it('refuse an unknown signature method', () => {
    const i = input(req, { protocol: { signatureMethod: 'HMAC-MD5' as never } });
    expect(signRequestSync(i)).toMatchObject({ ok: false, error: { code: 'unknown-signature-method' } });
  });

  it('build a header that parses back to the sent parameters', () => {
    const r = signed(input(req));
    const parsed = parseAuthorizationHeader(r.authorizationHeader ?? '');
    expect(parsed.ok && parsed.value.params).toEqual(r.oauthParams);
  });
});
