import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePasted } from '../../../src/http/index.ts';
import { read } from './helpers.ts';

const MiB = 1 << 20;

/** Pieces that steer random text into every parser's corners. */
const piece = fc.constantFrom(
  'curl', ' ', '-H', '-d', '-X', '-G', '-u', '--url', '--data-urlencode', "'", '"', "$'", '\\', '\\\n', '\n', '\r\n', '\t',
  '$', '${', '}', '$(', '`', '|', '>', '#', '*', '?', '@', 'POST', 'GET', ' /p', ' HTTP/1.1', 'Host:', 'Authorization:',
  ':', ' OAuth ', 'oauth_token="', '=', '&', '%', '%2', '%zz', '+', '{', '}', '[', ']', '"log"', '"request"', ',', 'https://',
  'a', 'é', '😀', '\uD800', '\u0000',
);
const starts = fc.constantFrom('', 'curl ', 'POST /x HTTP/1.1\nHost: h\n', '{', 'Authorization: OAuth ', 'OAuth ', 'https://h/', 'a=b&');
const steered = fc.tuple(starts, fc.array(piece, { maxLength: 40 })).map(([s, parts]) => s + parts.join(''));

function checkShape(text: string): void {
  const r = parsePasted(text);
  if (r.ok) {
    expect(typeof r.value.request.method).toBe('string');
    expect(typeof r.value.request.url).toBe('string');
    expect(typeof r.value.request.body).toBe('string');
  } else {
    expect(r.error.input).toBe('paste');
    expect(Number.isInteger(r.error.at)).toBe(true);
    expect(r.error.at).toBeGreaterThanOrEqual(0);
    expect(r.error.at).toBeLessThanOrEqual(text.length);
  }
}

describe('parsePasted never throws', () => {
  it('on arbitrary strings, returning a request or an error that points inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkShape), { numRuns: 2000 });
  });

  it('on text built from the pieces of every format', () => {
    fc.assert(fc.property(steered, checkShape), { numRuns: 4000 });
  });
});

describe('1 MiB pastes parse, and correctly', () => {
  const value = 'x'.repeat(MiB);

  it('a curl command with a 1 MiB body', () => {
    const p = read(`curl -X POST 'https://x.example/' \\\n  -d 'a=${value}'`);
    expect(p.request.body.length).toBe(MiB + 2);
  });

  it('a raw request with a 1 MiB form body of 100,000 fields', () => {
    const body = 'ab=cdefgh&'.repeat(MiB / 10);
    const p = read(`POST /x HTTP/1.1\r\nHost: h.example\r\n\r\n${body}`);
    expect(p.request.body).toBe(body);
  });

  it('a HAR whose body is 1 MiB', () => {
    const p = read(JSON.stringify({ request: { method: 'POST', url: 'https://h/', headers: [], postData: { text: value } } }));
    expect(p.request.body).toBe(value);
  });

  it('a 1 MiB URL and a 1 MiB form body', () => {
    expect(read(`https://h.example/?q=${value}`).request.url.length).toBe(MiB + 21);
    const form = `${'flag&'.repeat(MiB / 5)}a=1`;
    expect(read(form).request.body).toBe(form);
  });

  // Needs the engine's parseAuthorizationHeader to be linear in the number of quoted values.
  it('a 1 MiB Authorization header wrapped over 20,000 lines, with long runs of blanks', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `p${i}="${'v'.repeat(40)}",${' '.repeat(10)}`);
    const p = read(`Authorization: OAuth\n${lines.join('\n')}`);
    expect(p.request.headers[0]?.[1].startsWith('OAuth p0="')).toBe(true);
  });

  it('adversarial 1 MiB inputs that trip backtracking parsers', () => {
    expect(parsePasted(`Authorization: OAuth a="b",${' '.repeat(MiB)}\n c="d"`).ok).toBe(true);
    expect(read(`curl https://h/ -H "X-A: ${'$'.repeat(MiB)}"`).request.headers[0]?.[1].length).toBe(MiB);
    expect(read(`curl ${"$'".repeat(MiB / 2)}`).request.url).toBe(`http://${'$'.repeat(MiB / 4)}`);
    expect(parsePasted('['.repeat(MiB)).ok).toBe(false);
    expect(parsePasted(`GET ${'/'.repeat(MiB)} extra words`).ok).toBe(false);
    expect(parsePasted('?'.repeat(MiB)).ok).toBe(false);
  });
});
