/** The worked examples of RFC 5849 itself, section by section. */
import { describe, expect, it } from 'vitest';
import {
  baseStringUri, collectParameters, normalizeParameters, parseAuthorizationHeader, signRequestSync, signatureBaseString,
  type HttpRequest, type Param,
} from '../../src/engine/index.ts';

describe('RFC 5849 §1.2 (the photos.example.net walk-through)', () => {
  it('signs the temporary credentials request with PLAINTEXT exactly as the RFC shows', () => {
    const r = signRequestSync({
      request: { method: 'POST', url: 'https://photos.example.net/initiate', headers: [], body: '' },
      credentials: { consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44' },
      protocol: {
        signatureMethod: 'PLAINTEXT', timestamp: '137131200', nonce: 'wIjqoS', includeVersion: false,
        callback: 'http://printer.example.com/ready', realm: 'Photos',
      },
      placement: 'header',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.trace.signature).toBe('kd94hf93k423kf44&');
    expect(r.value.authorizationHeader).toContain('oauth_signature="kd94hf93k423kf44%26"');
    expect(r.value.authorizationHeader).toContain('oauth_callback="http%3A%2F%2Fprinter.example.com%2Fready"');
    expect(r.value.authorizationHeader?.startsWith('OAuth realm="Photos", ')).toBe(true);
  });

  it('signs the token credentials request with PLAINTEXT and the token secret', () => {
    const r = signRequestSync({
      request: { method: 'POST', url: 'https://photos.example.net/token', headers: [], body: '' },
      credentials: { consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44', token: 'hh5s93j4hdidpola', tokenSecret: 'hdhd0244k9j7ao03' },
      protocol: { signatureMethod: 'PLAINTEXT', timestamp: '137131201', nonce: 'walatlh', includeVersion: false, verifier: 'hfdp7dh39dks9884', realm: 'Photos' },
      placement: 'header',
    });
    expect(r.ok && r.value.trace.signature).toBe('kd94hf93k423kf44&hdhd0244k9j7ao03');
  });

  it('signs the protected resource request with HMAC-SHA1: MdpQcU8iPSUjWoN/UDMsK2sui9I=', () => {
    const r = signRequestSync({
      request: { method: 'GET', url: 'http://photos.example.net/photos?file=vacation.jpg&size=original', headers: [], body: '' },
      credentials: { consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44', token: 'nnch734d00sl2jdk', tokenSecret: 'pfkkdhi9sl3r4s00' },
      protocol: { signatureMethod: 'HMAC-SHA1', timestamp: '137131202', nonce: 'chapoH', includeVersion: false, realm: 'Photos' },
      placement: 'header',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.trace.signature).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    expect(r.value.authorizationHeader).toContain('oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"');
    expect(r.value.signedRequest.url).toBe('http://photos.example.net/photos?file=vacation.jpg&size=original');
  });
});

/** The request of RFC 5849 §3.4.1.1 / §3.4.1.3.1. */
const example: HttpRequest = {
  method: 'POST',
  url: 'http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b',
  headers: [
    ['Host', 'example.com'],
    ['Content-Type', 'application/x-www-form-urlencoded'],
    ['Authorization', 'OAuth realm="Example",\n  oauth_consumer_key="9djdj82h48djs9d2",\n  oauth_token="kkk9d7dh3k39sjv7",\n  oauth_signature_method="HMAC-SHA1",\n  oauth_timestamp="137131201",\n  oauth_nonce="7d8f3e4a",\n  oauth_signature="djosJKDKJSD8743243%2Fjdk33klY%3D"'],
  ],
  body: 'c2&a3=2+q',
};

/** RFC 5849 §3.4.1.3.1's table of the parameters that example yields, in source order (query, header, body). */
const exampleParams: Param[] = [
  ['b5', '=%3D'], ['a3', 'a'], ['c@', ''], ['a2', 'r b'],
  ['oauth_consumer_key', '9djdj82h48djs9d2'], ['oauth_token', 'kkk9d7dh3k39sjv7'], ['oauth_signature_method', 'HMAC-SHA1'],
  ['oauth_timestamp', '137131201'], ['oauth_nonce', '7d8f3e4a'],
  ['c2', ''], ['a3', '2 q'],
];

describe('RFC 5849 §3.4.1.3.1 parameter sources', () => {
  it('collects the eleven parameters of the example, realm and oauth_signature excluded', () => {
    expect(collectParameters(example)).toEqual(exampleParams);
  });
});

describe('RFC 5849 §3.4.1.3.2 normalisation', () => {
  it('normalizes the example parameters to the published string', () => {
    expect(normalizeParameters(exampleParams)).toBe(
      'a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9djdj82h48djs9d2&oauth_nonce=7d8f3e4a&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7',
    );
  });
});

describe('RFC 5849 §3.4.1.1 signature base string', () => {
  it('builds the published base string for the example request', () => {
    const params = collectParameters(example) as Param[];
    expect(signatureBaseString(example.method, example.url, params)).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });

  it('parses the example header, which wraps over several lines', () => {
    const parsed = parseAuthorizationHeader(example.headers[2]?.[1] ?? '');
    expect(parsed).toMatchObject({ ok: true, value: { realm: 'Example' } });
    expect(parsed.ok && parsed.value.params).toContainEqual(['oauth_signature', 'djosJKDKJSD8743243/jdk33klY=']);
  });
});

describe('RFC 5849 §3.4.1.2 base string URI', () => {
  it('gives the two examples of the section', () => {
    expect(baseStringUri('HTTP://EXAMPLE.COM:80/r%20v/X?id=123')).toBe('http://example.com/r%20v/X');
    expect(baseStringUri('https://www.example.net:8080/?q=1')).toBe('https://www.example.net:8080/');
  });
});
