import { describe, expect, it } from 'vitest';
import { linesAndColumn } from '../../../src/http/index.ts';
import { AKANA_INITIATE_REQUEST, AKANA_TOKEN_AUTHORIZATION } from '../fixtures/providerSamples.ts';
import { failure, read } from './helpers.ts';

describe('raw HTTP paste', () => {
  it("reads Akana's token request with its wrapped Authorization header folded onto continuation lines", () => {
    const folded = AKANA_TOKEN_AUTHORIZATION.replaceAll('\n', '\r\n ');
    const text = `GET /oauth/oauth10/token HTTP/1.1\r\nHost: api.acme.example\r\n${folded}\r\nAccept: */*\r\n\r\n`;
    const p = read(text);
    expect(p.kind).toBe('raw-http');
    expect(p.request.method).toBe('GET');
    expect(p.request.url).toBe('https://api.acme.example/oauth/oauth10/token');
    expect(p.request.headers[1]).toEqual([
      'Authorization',
      'OAuth oauth_signature="XupDUJuzrHqq2fCGO%2FVDXBZxFsA%3D", scope=Scope1, oauth_version="1.0", oauth_nonce="2367428168", oauth_signature_method="HMAC-SHA1", oauth_consumer_key="acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v", oauth_token="45c8npv52e48", oauth_verifier="z1CcnUbEVbQQvY635MG2svirqVDJaXsI3GUEQQ", oauth_timestamp="1444076361"',
    ]);
    expect(p.request.headers[2]).toEqual(['Accept', '*/*']);
    expect(p.request.body).toBe('');
  });

  it("refuses Akana's initiate sample, which the page cuts off inside a quote, pointing at line 2", () => {
    const e = failure(AKANA_INITIATE_REQUEST);
    expect(e.code).toBe('bad-authorization-header');
    expect(linesAndColumn(AKANA_INITIATE_REQUEST, e.at)).toEqual({ line: 2, column: 37 });
  });

  it('reads a 7digital-style POST with LF line ends and keeps the body byte for byte', () => {
    const body = 'oauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835&oauth_signature=qX5UNhYyuqZVx%2BZOXHQbWMpuKvE%3D';
    const p = read(`POST /1.2/oauth/requesttoken HTTP/1.1\nHost: api.7digital.com\nContent-Type: application/x-www-form-urlencoded\n\n${body}\n`);
    expect(p.request).toEqual({
      method: 'POST',
      url: 'https://api.7digital.com/1.2/oauth/requesttoken',
      headers: [['Host', 'api.7digital.com'], ['Content-Type', 'application/x-www-form-urlencoded']],
      body,
    });
  });

  it('keeps a trailing line break that Content-Length counts, and drops one it does not', () => {
    const kept = read('POST /x HTTP/1.1\r\nHost: a.example\r\nContent-Length: 4\r\n\r\na=1\n');
    expect(kept.request.body).toBe('a=1\n');
    const dropped = read('POST /x HTTP/1.1\r\nHost: a.example\r\nContent-Length: 3\r\n\r\na=1\r\n');
    expect(dropped.request.body).toBe('a=1');
    expect(dropped.notes).toEqual([]);
  });

  it('notes a Content-Length that does not match the body', () => {
    const p = read('POST /x HTTP/1.1\nHost: a.example\nContent-Length: 10\n\na=1');
    expect(p.notes[0]).toContain('Content-Length');
  });

  it('uses http for port 80 and https otherwise', () => {
    expect(read('GET /p?q=1 HTTP/1.1\nHost: a.example:80\n').request.url).toBe('http://a.example:80/p?q=1');
    expect(read('GET /p HTTP/1.1\nHost: a.example:8443\n').request.url).toBe('https://a.example:8443/p');
  });

  it('takes an absolute-form target as the URL', () => {
    expect(read('GET http://proxy.example/a?b=c HTTP/1.1\nHost: other\n').request.url).toBe('http://proxy.example/a?b=c');
  });

  it('reads a request line without the HTTP version when the method is a known one', () => {
    const p = read('DELETE /photos/1\nHost: photos.example.net');
    expect(p.request.method).toBe('DELETE');
    expect(p.request.url).toBe('https://photos.example.net/photos/1');
  });

  it('refuses a request without Host, pointing at the target', () => {
    const text = 'GET /oauth/token HTTP/1.1\nAccept: */*\n\n';
    expect(failure(text)).toMatchObject({ code: 'no-host', at: text.indexOf('/oauth') });
  });

  it('refuses a line that is not a header, giving its line', () => {
    const text = 'POST /x HTTP/1.1\r\nHost: a.example\r\nthis is not a header\r\n\r\n';
    const e = failure(text);
    expect(e.code).toBe('bad-header-line');
    expect(linesAndColumn(text, e.at)).toEqual({ line: 3, column: 1 });
  });

  it('refuses a continuation line with no header before it', () => {
    expect(failure('GET / HTTP/1.1\n  folded\nHost: a\n').code).toBe('bad-header-line');
  });
});
