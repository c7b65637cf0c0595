import { describe, expect, it } from 'vitest';
import { linesAndColumn, parsePasted } from '../../../src/http/index.ts';
import { AKANA_TOKEN_AUTHORIZATION, MEDIAMOSA_EXAMPLE_REQUEST, SEVENDIGITAL_REQUEST_TOKEN_CURL } from '../fixtures/providerSamples.ts';
import { failure, read } from './helpers.ts';

const SEVENDIGITAL_FORM = SEVENDIGITAL_REQUEST_TOKEN_CURL.slice(SEVENDIGITAL_REQUEST_TOKEN_CURL.indexOf("-d '") + 4, -1);

describe('Authorization header paste', () => {
  it("reads Akana's sample: wrapped over lines, scope unquoted, onto one header line", () => {
    const p = read(AKANA_TOKEN_AUTHORIZATION);
    expect(p.kind).toBe('authorization-header');
    expect(p.known).toEqual({ method: false, url: false, headers: true, body: false });
    expect(p.request).toEqual({
      method: '',
      url: '',
      headers: [[
        'Authorization',
        'OAuth oauth_signature="XupDUJuzrHqq2fCGO%2FVDXBZxFsA%3D", scope=Scope1, oauth_version="1.0", oauth_nonce="2367428168", oauth_signature_method="HMAC-SHA1", oauth_consumer_key="acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v", oauth_token="45c8npv52e48", oauth_verifier="z1CcnUbEVbQQvY635MG2svirqVDJaXsI3GUEQQ", oauth_timestamp="1444076361"',
      ]],
      body: '',
    });
  });

  it('reads a bare OAuth value without the header name, with CRLF wrapping', () => {
    const p = read('OAuth realm="Photos",\r\n   oauth_consumer_key="dpf43f3p2l4k3l03"');
    expect(p.request.headers).toEqual([['Authorization', 'OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03"']]);
  });

  it('passes other schemes through as the header they are', () => {
    expect(read('Authorization: Bearer abc.def').request.headers).toEqual([['Authorization', 'Bearer abc.def']]);
  });

  it('points at the parameter the engine cannot read', () => {
    const text = 'Authorization: OAuth\n  oauth_consumer_key="k",\n  oauth_nonce';
    const e = failure(text);
    expect(linesAndColumn(text, e.at).line).toBe(3);
  });
});

describe('URL paste', () => {
  it('reads a full URL with the oauth parameters in its query; the method is not known', () => {
    const url = `https://mediamosa.example/openapi/oauth/access_token?${MEDIAMOSA_EXAMPLE_REQUEST.split('?')[1] ?? ''}`;
    const p = read(url);
    expect(p.kind).toBe('url');
    expect(p.request).toEqual({ method: 'GET', url, headers: [], body: '' });
    expect(p.known).toEqual({ method: false, url: true, headers: false, body: false });
  });

  it("refuses MediaMosa's example, a path and query without scheme and host, asking for the full URL", () => {
    expect(failure(MEDIAMOSA_EXAMPLE_REQUEST).code).toBe('relative-url');
  });

  it('refuses a URL with a space in it, pointing at the space', () => {
    const text = 'https://x.example/a b';
    expect(failure(text)).toMatchObject({ code: 'space-in-url', at: text.indexOf(' ') });
  });
});

describe('form body paste', () => {
  it("reads the string after 7digital's -d as a form body", () => {
    const p = read(`${SEVENDIGITAL_FORM}\n`);
    expect(p.kind).toBe('form-body');
    expect(p.request).toEqual({ method: '', url: '', headers: [], body: SEVENDIGITAL_FORM });
    expect(p.known).toEqual({ method: false, url: false, headers: false, body: true });
  });

  it('points at a bad percent-encoding inside a value', () => {
    const text = 'a=1&b=%zz';
    expect(failure(text)).toMatchObject({ code: 'bad-percent-encoding', at: text.indexOf('%') });
  });

  it('reads fields without "=" when another field has one', () => {
    expect(read('flag&a=1').request.body).toBe('flag&a=1');
  });
});

describe('recognising the format', () => {
  it('says nothing was pasted for blank input', () => {
    expect(failure(' \n\t').code).toBe('empty');
  });

  it('says what it accepts when it recognises nothing', () => {
    const e = failure('hello world');
    expect(e.code).toBe('unrecognised-paste');
    expect(e.message).toContain('curl');
  });

  it('skips leading blank lines and reports positions in the text as pasted', () => {
    const text = '\n\n  curl --nope https://x.example/';
    const r = parsePasted(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(linesAndColumn(text, r.error.at ?? -1)).toEqual({ line: 3, column: 8 });
  });
});

describe('linesAndColumn', () => {
  it('counts lines across LF, CRLF and CR, and columns in characters', () => {
    expect(linesAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(linesAndColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(linesAndColumn('a\rb', 2)).toEqual({ line: 2, column: 1 });
    expect(linesAndColumn('😀x', 2)).toEqual({ line: 1, column: 2 });
  });

  it('clamps an offset outside the text', () => {
    expect(linesAndColumn('abc', 99)).toEqual({ line: 1, column: 4 });
    expect(linesAndColumn('abc', -5)).toEqual({ line: 1, column: 1 });
  });
});
