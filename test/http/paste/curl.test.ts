import { describe, expect, it } from 'vitest';
import { linesAndColumn } from '../../../src/http/index.ts';
import { failure, read } from './helpers.ts';
import { SEVENDIGITAL_ACCESS_TOKEN_CURL, SEVENDIGITAL_REQUEST_TOKEN_CURL } from '../fixtures/providerSamples.ts';

describe('curl paste', () => {
  it("reads 7digital's own request-token command: POST, form Content-Type, body as written", () => {
    const p = read(SEVENDIGITAL_REQUEST_TOKEN_CURL);
    expect(p.kind).toBe('curl');
    expect(p.request).toEqual({
      method: 'POST',
      url: 'https://api.7digital.com/1.2/oauth/requesttoken',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: 'oauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1426071532&oauth_version=1.0&oauth_signature=qX5UNhYyuqZVx%2BZOXHQbWMpuKvE%3D',
    });
    expect(p.known).toEqual({ method: true, url: true, headers: true, body: true });
  });

  it("names -d and its place when 7digital's access-token command stops right after it", () => {
    const e = failure(SEVENDIGITAL_ACCESS_TOKEN_CURL);
    expect(e.code).toBe('missing-option-value');
    expect(e.message).toContain('-d');
    expect(e.at).toBe(SEVENDIGITAL_ACCESS_TOKEN_CURL.lastIndexOf('-d'));
  });

  it('follows backslash-newline continuations (LF and CRLF) and joins several -d with &', () => {
    const text = "curl 'https://api.example.com/oauth/token' \\\n  -H 'Accept: text/plain' \\\r\n  -d a=1 \\\n  --data-raw 'b=2 3'";
    const p = read(text);
    expect(p.request.headers).toEqual([['Accept', 'text/plain'], ['Content-Type', 'application/x-www-form-urlencoded']]);
    expect(p.request.body).toBe('a=1&b=2 3');
    expect(p.request.method).toBe('POST');
  });

  it('moves the data into the query with -G and sends GET', () => {
    const p = read("curl -G https://host.example/openapi/oauth/access_token?x=1 -d 'app_id[]=3' -d mediamosa_version=3.5");
    expect(p.request.method).toBe('GET');
    expect(p.request.url).toBe('https://host.example/openapi/oauth/access_token?x=1&app_id[]=3&mediamosa_version=3.5');
    expect(p.request.body).toBe('');
    expect(p.request.headers).toEqual([]);
  });

  it('turns -u key:secret into a Basic header over the UTF-8 bytes, as the OS Data Hub call is made', () => {
    const p = read("curl -u 'key:sécret' -d grant_type=client_credentials https://api.os.uk/oauth2/token/v1");
    expect(p.request.headers).toContainEqual(['Authorization', `Basic ${Buffer.from('key:sécret', 'utf8').toString('base64')}`]);
    expect(p.request.body).toBe('grant_type=client_credentials');
  });

  it('refuses -u without a password, since curl would stop to ask for it', () => {
    const text = 'curl -u key https://api.example.com/';
    expect(failure(text)).toMatchObject({ code: 'no-password', at: text.indexOf('key') });
  });

  it('lets an -H Authorization win over -u, as curl does', () => {
    const p = read("curl -u a:b -H 'Authorization: Bearer t' https://api.example.com/");
    expect(p.request.headers).toEqual([['Authorization', 'Bearer t']]);
    expect(p.notes.join(' ')).toContain('-u');
  });

  it('encodes --data-urlencode values the way curl does: content, =content, name=content', () => {
    const p = read("curl --data-urlencode 'a b' --data-urlencode '=c&d' --data-urlencode 'status=Hello World!*' https://x.example/");
    expect(p.request.body).toBe('a%20b&c%26d&status=Hello%20World%21%2A');
  });

  it('names an unknown option and where it is', () => {
    const text = 'curl -s --frobnicate https://x.example/';
    const e = failure(text);
    expect(e.code).toBe('unknown-curl-option');
    expect(e.message).toContain('--frobnicate');
    expect(e.message).toContain('argument 2');
    expect(e.at).toBe(text.indexOf('--frobnicate'));
  });

  it('names an unknown short option inside a bundle', () => {
    const e = failure('curl -sZ https://x.example/');
    expect(e.message).toContain('-Z');
  });

  it('refuses a pipe, pointing at it', () => {
    const text = "curl 'https://x.example/' \\\n  | jq .";
    const e = failure(text);
    expect(e.code).toBe('shell-operator');
    expect(linesAndColumn(text, e.at)).toEqual({ line: 2, column: 3 });
  });

  it('refuses a redirect and command substitution', () => {
    expect(failure('curl https://x.example/ > out.txt').code).toBe('shell-operator');
    expect(failure('curl -H "X-Date: $(date)" https://x.example/').code).toBe('command-substitution');
    expect(failure('curl -H "X-Date: `date`" https://x.example/').code).toBe('command-substitution');
  });

  it('keeps $VAR literally and says so', () => {
    const p = read('curl -H "Authorization: Bearer $TOKEN" "https://x.example/?u=${USER}"');
    expect(p.request.headers).toEqual([['Authorization', 'Bearer $TOKEN']]);
    expect(p.request.url).toBe('https://x.example/?u=$USER');
    expect(p.notes.join(' ')).toContain('$TOKEN');
    expect(p.notes.join(' ')).toContain('$USER');
  });

  it('keeps $ literally inside single quotes, without a note', () => {
    const p = read("curl -d 'price=$5' https://x.example/");
    expect(p.request.body).toBe('price=$5');
    expect(p.notes).toEqual([]);
  });

  it("reads bash $'…' quoting as browsers' Copy as cURL writes it", () => {
    const p = read("curl 'https://x.example/' -H $'X-Note: it\\'s\\tfine' --data-raw $'a=1\\nb=2' --compressed");
    expect(p.request.headers[0]).toEqual(['X-Note', "it's\tfine"]);
    expect(p.request.body).toBe('a=1\nb=2');
  });

  it('ignores options that only change what curl prints or how it connects', () => {
    const p = read('curl -sSL -k -v -i --compressed --max-time 5 -o /dev/null https://x.example/a');
    expect(p.request).toEqual({ method: 'GET', url: 'https://x.example/a', headers: [], body: '' });
  });

  it('reads a value attached to its option (-XPUT) and the long forms', () => {
    const p = read('curl -XPUT --header "X-A: 1" --data b=2 --url https://x.example/');
    expect(p.request.method).toBe('PUT');
    expect(p.request.headers).toEqual([['X-A', '1'], ['Content-Type', 'application/x-www-form-urlencoded']]);
  });

  it("leaves out curl's own Content-Type for -H 'Content-Type:' and sends an empty header for 'Name;'", () => {
    const p = read("curl -H 'Content-Type:' -H 'X-Empty;' -d x https://x.example/");
    expect(p.request.headers).toEqual([['X-Empty', '']]);
  });

  it('reads -A, -e and -b as the headers they are', () => {
    const p = read("curl -A 'agent/1' -e 'https://ref.example/;auto' -b 'a=1; b=2' https://x.example/");
    expect(p.request.headers).toEqual([['User-Agent', 'agent/1'], ['Referer', 'https://ref.example/'], ['Cookie', 'a=1; b=2']]);
  });

  it('sends --json with its Content-Type and Accept', () => {
    const p = read(`curl --json '{"a":1}' https://x.example/`);
    expect(p.request.method).toBe('POST');
    expect(p.request.headers).toEqual([['Content-Type', 'application/json'], ['Accept', 'application/json']]);
    expect(p.request.body).toBe('{"a":1}');
  });

  it('refuses data and headers read from a file, and multipart -F', () => {
    expect(failure('curl -d @body.txt https://x.example/').code).toBe('reads-a-file');
    expect(failure('curl -H @headers.txt https://x.example/').code).toBe('reads-a-file');
    expect(failure('curl -F file=@a.png https://x.example/').code).toBe('multipart');
  });

  it('points at a quote that is never closed', () => {
    const text = "curl -d 'a=1 https://x.example/";
    expect(failure(text)).toMatchObject({ code: 'unterminated-quote', at: text.indexOf("'") });
  });

  it('keeps an unquoted ? and a # inside a word, and drops a comment', () => {
    const p = read('curl https://x.example/a?b=c#frag # fetch it');
    expect(p.request.url).toBe('https://x.example/a?b=c#frag');
  });

  it('adds http:// to a URL without a scheme, as curl does, and says so', () => {
    const p = read('curl example.com/path');
    expect(p.request.url).toBe('http://example.com/path');
    expect(p.notes[0]).toContain('http://');
  });

  it('refuses a command without a URL, or with two', () => {
    expect(failure('curl -X POST').code).toBe('no-url');
    const text = 'curl https://a.example/ https://b.example/';
    expect(failure(text)).toMatchObject({ code: 'several-urls', at: text.indexOf('https://b') });
  });

  it('accepts a copied terminal prompt before curl', () => {
    expect(read('$ curl https://x.example/').request.url).toBe('https://x.example/');
  });

  it('reads an OAuth Authorization header given with -H and reports one the engine cannot read at its -H', () => {
    const good = read(`curl -H 'Authorization: OAuth realm="r", oauth_consumer_key="k", scope=Scope1' https://x.example/`);
    expect(good.request.headers[0]?.[0]).toBe('Authorization');
    const text = `curl https://x.example/ -H 'Authorization: OAuth oauth_callback="'`;
    const e = failure(text);
    expect(e.at).toBe(text.indexOf("'Authorization"));
    expect(e.message).toContain('Authorization');
  });
});
