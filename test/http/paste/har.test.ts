import { describe, expect, it } from 'vitest';
import { linesAndColumn } from '../../../src/http/index.ts';
import { failure, read } from './helpers.ts';

const entry = {
  startedDateTime: '2025-01-01T00:00:00.000Z',
  request: {
    method: 'POST',
    url: 'https://api.7digital.com/1.2/oauth/requesttoken',
    httpVersion: 'HTTP/2',
    headers: [
      { name: ':authority', value: 'api.7digital.com' },
      { name: ':method', value: 'POST' },
      { name: 'content-type', value: 'application/x-www-form-urlencoded' },
    ],
    queryString: [],
    postData: { mimeType: 'application/x-www-form-urlencoded', text: 'oauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835' },
  },
  response: { status: 401 },
};

describe('HAR paste', () => {
  it('reads the first entry of a whole log, without HTTP/2 pseudo-headers', () => {
    const p = read(JSON.stringify({ log: { version: '1.2', entries: [entry, entry] } }, null, 2));
    expect(p.kind).toBe('har');
    expect(p.request).toEqual({
      method: 'POST',
      url: 'https://api.7digital.com/1.2/oauth/requesttoken',
      headers: [['content-type', 'application/x-www-form-urlencoded']],
      body: 'oauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835',
    });
    expect(p.notes[0]).toContain('2 requests');
  });

  it('reads a single entry and a bare request object', () => {
    expect(read(JSON.stringify(entry)).request.method).toBe('POST');
    expect(read(JSON.stringify({ method: 'GET', url: 'https://x.example/?a=1', headers: [] })).request).toEqual({
      method: 'GET', url: 'https://x.example/?a=1', headers: [], body: '',
    });
  });

  it('rebuilds the body from postData.params when there is no text, and says so', () => {
    const p = read(JSON.stringify({ request: { ...entry.request, postData: { mimeType: 'x', params: [{ name: 'a', value: '1' }, { name: 'b' }] } } }));
    expect(p.request.body).toBe('a=1&b=');
    expect(p.notes[0]).toContain('postData.params');
  });

  it('points at the place where the JSON breaks', () => {
    const text = '{\n  "log": {\n    "entries": [}\n}';
    const e = failure(text);
    expect(e.code).toBe('bad-json');
    expect(linesAndColumn(text, e.at)).toEqual({ line: 3, column: 17 });
  });

  it('points at the end of JSON that stops early', () => {
    const text = '{"request": {"method": "GET"';
    expect(failure(text)).toMatchObject({ code: 'bad-json', at: text.length });
  });

  it('refuses JSON that is not a HAR, and a HAR header that is not a name and value', () => {
    expect(failure('{"access_token": "x"}').code).toBe('not-har');
    expect(failure(JSON.stringify({ request: { method: 'GET', url: 'https://x/', headers: [{ name: 'a' }] } })).code).toBe('bad-har');
  });
});
