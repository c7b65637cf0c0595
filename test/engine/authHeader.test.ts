import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAuthorizationHeader, parseAuthorizationHeader, type Param } from '../../src/engine/index.ts';

describe('parseAuthorizationHeader (RFC 5849 §3.5.1)', () => {
  it('accepts a leading "Authorization:" and any letter case of the scheme', () => {
    const r = parseAuthorizationHeader('Authorization: oauth oauth_consumer_key="k"');
    expect(r).toEqual({ ok: true, value: { params: [['oauth_consumer_key', 'k']] } });
  });

  it("accepts unquoted values, as in Akana's sample (scope=Scope1)", () => {
    const r = parseAuthorizationHeader('OAuth realm="https://api.example.com", scope=Scope1, oauth_consumer_key="acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v"');
    expect(r).toEqual({
      ok: true,
      value: { realm: 'https://api.example.com', params: [['scope', 'Scope1'], ['oauth_consumer_key', 'acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v']] },
    });
  });

  it('separates parameters by commas and any whitespace, newlines included', () => {
    const r = parseAuthorizationHeader('OAuth a="1"\n\tb="2",c="3" ,  d="4"');
    expect(r.ok && r.value.params).toEqual([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4']]);
  });

  it('percent-decodes names and values but not the realm', () => {
    const r = parseAuthorizationHeader('OAuth realm="a%20b", oauth_signature="x%2By%3D", n%5B%5D="v+w"');
    expect(r).toEqual({ ok: true, value: { realm: 'a%20b', params: [['oauth_signature', 'x+y='], ['n[]', 'v+w']] } });
  });

  it('unescapes backslashes in quoted strings', () => {
    const r = parseAuthorizationHeader('OAuth realm="say \\"hi\\"", a="b"');
    expect(r).toEqual({ ok: true, value: { realm: 'say "hi"', params: [['a', 'b']] } });
  });

  it('returns a Failure with a position for an unparseable header', () => {
    expect(parseAuthorizationHeader('Basic abc')).toMatchObject({ ok: false, error: { code: 'not-oauth-header', at: 0, input: 'authorization' } });
    expect(parseAuthorizationHeader('OAuth a="1", b')).toMatchObject({ ok: false, error: { code: 'bad-authorization-header', at: 14 } });
    expect(parseAuthorizationHeader('OAuth a="1", b="2')).toMatchObject({ ok: false, error: { code: 'bad-authorization-header', at: 15 } });
    expect(parseAuthorizationHeader('OAuth a="1", "b"')).toMatchObject({ ok: false, error: { code: 'bad-authorization-header', at: 13 } });
    expect(parseAuthorizationHeader('OAuth a="%zz"')).toMatchObject({ ok: false, error: { code: 'bad-percent-encoding', at: 9 } });
  });
});

describe('buildAuthorizationHeader', () => {
  it('writes realm first and percent-encodes every name and value', () => {
    expect(buildAuthorizationHeader([['oauth_callback', 'http://x/y'], ['scope', 'a b']], 'Photos')).toBe(
      'OAuth realm="Photos", oauth_callback="http%3A%2F%2Fx%2Fy", scope="a%20b"',
    );
  });

  it('round-trips with parseAuthorizationHeader (property)', () => {
    const text = fc.string({ unit: 'grapheme' });
    fc.assert(
      fc.property(fc.array(fc.tuple(text.filter((n) => n !== 'realm'), text), { maxLength: 12 }), fc.option(text, { nil: undefined }), (params: Param[], realm) => {
        const parsed = parseAuthorizationHeader(buildAuthorizationHeader(params, realm));
        expect(parsed).toEqual({ ok: true, value: realm === undefined ? { params } : { realm, params } });
      }),
      { numRuns: 1000 },
    );
  });
});
