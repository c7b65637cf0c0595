import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baseStringUri, signatureBaseString } from '../../src/engine/index.ts';

describe('baseStringUri (RFC 5849 §3.4.1.2)', () => {
  it('lower-cases the scheme and host but not the path', () => {
    expect(baseStringUri('HTTPS://API.Example.COM/Path/To')).toBe('https://api.example.com/Path/To');
  });

  it('drops the default port from the base string URI and keeps any other', () => {
    expect(baseStringUri('http://example.com:80/a')).toBe('http://example.com/a');
    expect(baseStringUri('https://example.com:443/a')).toBe('https://example.com/a');
    expect(baseStringUri('http://example.com:443/a')).toBe('http://example.com:443/a');
    expect(baseStringUri('https://example.com:8443/a')).toBe('https://example.com:8443/a');
  });

  it('turns an empty path into /', () => {
    expect(baseStringUri('https://example.com')).toBe('https://example.com/');
    expect(baseStringUri('https://example.com?x=1')).toBe('https://example.com/');
  });

  it('drops the query, the fragment and the userinfo', () => {
    expect(baseStringUri('https://user:pw@example.com/p?q=1#frag')).toBe('https://example.com/p');
    expect(baseStringUri('https://example.com/p#frag?x')).toBe('https://example.com/p');
  });

  it('keeps IPv6 hosts in brackets', () => {
    expect(baseStringUri('http://[::1]:8080/x')).toBe('http://[::1]:8080/x');
    expect(baseStringUri('http://[2001:DB8::1]:80/')).toBe('http://[2001:db8::1]/');
  });

  it('percent-encodes what a browser would in the path, and keeps existing escapes', () => {
    expect(baseStringUri('https://example.com/a b/é/%7e')).toBe('https://example.com/a%20b/%C3%A9/%7e');
  });

  it('sends an internationalised host as punycode', () => {
    expect(baseStringUri('https://bücher.example/')).toBe('https://xn--bcher-kva.example/');
  });

  it('resolves dot segments as the request will be sent (RFC 3986 §5.2.4)', () => {
    expect(baseStringUri('https://api.example.com/a/../openapi/./x')).toBe('https://api.example.com/openapi/x');
    expect(baseStringUri('https://api.example.com/a/b/..')).toBe('https://api.example.com/a/');
    expect(baseStringUri('https://api.example.com/../%2E%2e/a/%2e')).toBe('https://api.example.com/a/');
    expect(baseStringUri('https://api.example.com/a..b/.c')).toBe('https://api.example.com/a..b/.c');
    expect(baseStringUri('https://api.example.com/a/.x/..')).toBe('https://api.example.com/a/');
  });

  it('resolves dot segments exactly as the browser\'s URL parser does', () => {
    // No segment that merely starts with a dot: Node 20's URL parser keeps `/a/.x/..` unresolved
    // (Chromium and RFC 3986 give `/a/`), so it cannot be the oracle there; the case above covers it.
    const segment = fc.constantFrom('a', 'bc', '.', '..', '%2e', '%2E%2e', '.%2E', '', 'x.');
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (segments) => {
        const url = `https://h.example/${segments.join('/')}`;
        expect(baseStringUri(url)).toBe(`https://h.example${new URL(url).pathname}`);
      }),
      { numRuns: 500 },
    );
  });

  it('returns a Failure for a relative URL', () => {
    expect(baseStringUri('/photos?x=1')).toMatchObject({ ok: false, error: { code: 'relative-url', at: 0, input: 'url' } });
    expect(baseStringUri('example.com/photos')).toMatchObject({ ok: false, error: { code: 'relative-url' } });
  });

  it('returns a Failure with the position of a malformed part', () => {
    expect(baseStringUri('https://example.com:80a/')).toMatchObject({ ok: false, error: { code: 'bad-port', at: 22 } });
    expect(baseStringUri('https://exa mple.com/')).toMatchObject({ ok: false, error: { code: 'malformed-url', at: 11 } });
    expect(baseStringUri('https:/example.com')).toMatchObject({ ok: false, error: { code: 'malformed-url', at: 6 } });
    expect(baseStringUri('https:///path')).toMatchObject({ ok: false, error: { code: 'missing-host', at: 8 } });
    expect(baseStringUri('http://[::1/')).toMatchObject({ ok: false, error: { code: 'malformed-url', at: 7 } });
    expect(baseStringUri('ftp://example.com/')).toMatchObject({ ok: false, error: { code: 'unsupported-scheme', at: 0 } });
    expect(baseStringUri('https://example.com:99999/')).toMatchObject({ ok: false, error: { code: 'bad-port' } });
  });

  it('gives the same Failure from signatureBaseString', () => {
    expect(signatureBaseString('GET', 'photos', [])).toMatchObject({ ok: false, error: { code: 'relative-url' } });
  });

  it('upper-cases the method in the base string', () => {
    expect(signatureBaseString('get', 'https://a.test/', [])).toBe('GET&https%3A%2F%2Fa.test%2F&');
  });
});
