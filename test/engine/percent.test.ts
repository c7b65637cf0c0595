import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isFailure, percentDecode, percentEncode } from '../../src/engine/index.ts';

const wellFormed = (s: string): boolean => !/\p{Cs}/u.test(s);

describe('percentEncode (RFC 5849 §3.6)', () => {
  it('leaves exactly the unreserved characters alone', () => {
    expect(percentEncode('AZaz09-._~')).toBe('AZaz09-._~');
  });

  it("encodes the sub-delims encodeURIComponent would leave: !*'()", () => {
    expect(percentEncode("!*'()")).toBe('%21%2A%27%28%29');
  });

  it('encodes UTF-8 bytes with upper-case hex, including characters outside the BMP', () => {
    expect(percentEncode('é')).toBe('%C3%A9');
    expect(percentEncode('😀')).toBe('%F0%9F%98%80');
    expect(percentEncode(' +/')).toBe('%20%2B%2F');
  });

  it('returns a Failure with the position of a lone surrogate instead of garbage', () => {
    const r = percentEncode('ab\uD800c');
    expect(isFailure(r)).toBe(true);
    expect(r).toMatchObject({ ok: false, error: { code: 'lone-surrogate', at: 2 } });
    expect(percentEncode('\uDC00')).toMatchObject({ error: { code: 'lone-surrogate', at: 0 } });
  });

  it('round-trips any Unicode string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }).filter(wellFormed)), (s) => {
        const encoded = percentEncode(s);
        expect(typeof encoded).toBe('string');
        expect(percentDecode(encoded as string)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it('outputs only unreserved characters and %XX with upper-case hex (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }).filter(wellFormed), (s) => {
        expect(percentEncode(s)).toMatch(/^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('percentDecode', () => {
  it('keeps + as + unless asked for form decoding', () => {
    expect(percentDecode('a+b%20c')).toBe('a+b c');
    expect(percentDecode('a+b%20c', { plusIsSpace: true })).toBe('a b c');
    expect(percentDecode('%2B', { plusIsSpace: true })).toBe('+');
  });

  it('accepts lower-case hex', () => {
    expect(percentDecode('%c3%a9')).toBe('é');
  });

  it('returns a Failure at the position of %zz', () => {
    expect(percentDecode('abc%zzdef')).toMatchObject({ ok: false, error: { code: 'bad-percent-encoding', at: 3 } });
    expect(percentDecode('abc%4')).toMatchObject({ ok: false, error: { code: 'bad-percent-encoding', at: 3 } });
  });

  it('returns a Failure at the first byte that is not UTF-8', () => {
    expect(percentDecode('ok%C3%28')).toMatchObject({ ok: false, error: { code: 'invalid-utf8', at: 2 } });
    expect(percentDecode('%ED%A0%80')).toMatchObject({ ok: false, error: { code: 'invalid-utf8', at: 0 } });
  });
});
