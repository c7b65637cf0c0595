/**
 * The parsers of pasted input (src/http/paste) and of a PEM key (src/engine/pem.ts)
 * as fuzz targets. Each parser is called on the whole input directly, so it
 * meets every input, not only the ones the format detector would send it; the
 * detector (parsePasted) gets the same input too. A request a parser accepts is
 * then signed and verified by the engine, as check mode would: that must not
 * throw either.
 */
import { SAMPLES } from '../test/http/fixtures/providerSamples.ts';
import { DEMO_OAUTH1_RSA } from '../src/providers/demoCredentials.ts';
import { signRequestSync, verifyRequestSync, type HttpRequest, type Result } from '../src/engine/index.ts';
import { parsePem } from '../src/engine/pem.ts';
import { isFailure } from '../src/engine/result.ts';
import { parsePasted, type Pasted, type PasteKind } from '../src/http/index.ts';
import { parseAuthorizationPaste } from '../src/http/paste/authorizationHeader.ts';
import { parseCurl } from '../src/http/paste/curlCommand.ts';
import { parseFormPaste } from '../src/http/paste/formBody.ts';
import { parseHar } from '../src/http/paste/har.ts';
import { parseRawHttp } from '../src/http/paste/rawHttp.ts';
import { parseUrlPaste } from '../src/http/paste/url.ts';
import { checkEngineError, checkError, checkRequest, type FuzzTarget, type Shape } from './target.ts';

type Parser = (text: string, from: number, to: number) => Result<Pasted>;

/** Pieces every format shares: quoting, escapes, percent-encoding, separators, awkward characters. */
const COMMON = [
  ' ', '\t', '\n', '\r\n', '"', "'", '\\', '%', '%2', '%zz', '%E9', '%C3%A9', '%F0%9F', '%00', '+', '=', '&', '?', '#', ':', ',', ';',
  '{', '}', '[', ']', 'é', '😀', '\uD800', '\uDC00', '\u0000', 'oauth_signature', 'oauth_token', 'realm', 'https://', 'http://h:80/',
];

const CURL_AUTH = 'curl -sS -H \'Authorization: OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk", oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131202", oauth_nonce="chapoH", oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"\' \\\n  "http://photos.example.net/photos?file=vacation.jpg&size=original"';
const RAW_AKANA = 'GET /oauth/oauth10/token HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: OAuth realm="Akana",\r\n oauth_consumer_key="acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v", scope=Scope1,\r\n oauth_signature="XupDUJuzrHqq2fCGO%2FVDXBZxFsA%3D"\r\n\r\n';
const RAW_FORM = 'POST /1.2/oauth/requesttoken HTTP/1.1\nHost: api.7digital.com\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 54\n\noauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835\n';
const HAR = JSON.stringify({
  log: {
    version: '1.2',
    entries: [{
      request: {
        method: 'POST', url: 'https://api.7digital.com/1.2/oauth/requesttoken', httpVersion: 'HTTP/2',
        headers: [{ name: ':authority', value: 'api.7digital.com' }, { name: 'content-type', value: 'application/x-www-form-urlencoded' }],
        postData: { mimeType: 'application/x-www-form-urlencoded', text: 'oauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835' },
      },
    }],
  },
});
const HAR_PARAMS = JSON.stringify({ method: 'POST', url: 'https://h.example/p?a=1', headers: [{ name: 'Authorization', value: 'OAuth oauth_token="t"' }], postData: { params: [{ name: 'a', value: 'b c' }] } });
const MEDIAMOSA_URL = `https://mediamosa.example.org/${SAMPLES['mediamosa-access-token.txt'][0]}&app_id%5B%5D=2&mediamosa_version=3.0`;

const [SEVENDIGITAL_CURL, SEVENDIGITAL_CUT] = SAMPLES['7digital-oauth-guide.txt'];
const [AKANA_HEADER, AKANA_RESPONSE] = SAMPLES['akana-oauth10-token.txt'];
const [AKANA_INITIATE] = SAMPLES['akana-oauth10-initiate.txt'];
const [MEDIAMOSA_PATH, MEDIAMOSA_RESPONSE] = SAMPLES['mediamosa-access-token.txt'];

const MiB = 1 << 20;

/** `prefix` + `piece` repeated to about `size` characters + `suffix`. */
function run(prefix: string, piece: string, size: number, suffix = ''): string {
  return prefix + piece.repeat(Math.max(1, Math.floor(size / piece.length))) + suffix;
}

/** Runs of the characters that trip backtracking and quadratic scanners, after `prefix`. */
function runsAfter(prefix: string, size: number, suffix = ''): Shape[] {
  return ['a', ' ', '\\', '"', "'", '%', '=', '&', '\n', '$', '/', ',', '%2', '\\"', '=&', 'a=', '"a",', '\r\n ', '\uD800']
    .map((piece) => ({ label: `${JSON.stringify(prefix.slice(0, 24))} + ${JSON.stringify(piece)} × ${Math.floor(size / piece.length)}`, text: run(prefix, piece, size, suffix) }));
}

/** A request the parser accepted goes through the engine as check mode would use it: that may fail, never throw. */
function checkDownstream(request: HttpRequest): string | undefined {
  const signed = signRequestSync({
    request,
    credentials: { consumerKey: 'k', consumerSecret: 's', token: 't', tokenSecret: 'u' },
    protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'n', timestamp: '1' },
    placement: 'header',
  });
  if (!signed.ok) {
    const bad = checkEngineError(signed.error);
    if (bad !== undefined) return `signing it: ${bad}`;
  }
  const verified = verifyRequestSync({ request, consumerSecret: 's', tokenSecret: 'u' });
  if (!verified.ok) {
    const bad = checkEngineError(verified.error);
    if (bad !== undefined) return `verifying it: ${bad}`;
  }
  return undefined;
}

function checkPasted(kind: PasteKind | undefined, text: string, result: Result<Pasted>): string | undefined {
  if (!result.ok) return checkError(result.error, text.length, 'paste');
  const p = result.value;
  if (kind !== undefined && p.kind !== kind) return `read as ${p.kind}, not ${kind}`;
  const bad = checkRequest(p.request);
  if (bad !== undefined) return bad;
  if (!p.notes.every((n) => typeof n === 'string' && n !== '')) return 'a note that is not text';
  for (const flag of ['method', 'url', 'headers', 'body'] as const) if (typeof p.known[flag] !== 'boolean') return `known.${flag} is not a boolean`;
  return checkDownstream(p.request);
}

function pasteTarget(kind: PasteKind, parse: Parser, seeds: readonly string[], dictionary: readonly string[], shapes: FuzzTarget['shapes']): FuzzTarget {
  return {
    name: kind,
    json: kind === 'har',
    seeds,
    dictionary: [...dictionary, ...COMMON],
    shapes,
    parse: (text) => parse(text, 0, text.length),
    validate(text, answer) {
      const direct = checkPasted(kind, text, answer as Result<Pasted>);
      if (direct !== undefined) return `${kind} parser: ${direct}`;
      const detected = checkPasted(undefined, text, parsePasted(text));
      return detected === undefined ? undefined : `parsePasted: ${detected}`;
    },
  };
}

export const curlTarget = pasteTarget('curl', parseCurl,
  [SEVENDIGITAL_CURL, SEVENDIGITAL_CUT, CURL_AUTH, "curl.exe -G --data-urlencode 'q=a b' -u 'user:pa:ss' -b 'c=1' https://h.example/x?y", "curl $'https://h/\\'x' --json '{\"a\":1}' -H 'Content-Type;' -H 'Accept:'"],
  ['curl ', ' -H ', ' -d ', ' -X ', ' -G', ' -I', ' -u ', ' --url ', ' --data-urlencode ', ' --data-raw ', ' --json ', ' -sSL', ' -XPOST', " $'", '${', '${A}', '$A', '$(', '`', '|', '>', '<', '(', '#', ' #', '\\\n', '\\\r\n', '@file', ' -b ', ' -F ', ' --unknown', ' -', ' --', 'Authorization: OAuth ', 'Content-Type:', '*', '~'],
  (n) => [
    ...runsAfter('curl https://h/ -d ', n),
    ...runsAfter("curl https://h/ -d '", n, "'"),
    ...runsAfter('curl https://h/ -H "X: ', n, '"'),
    ...runsAfter("curl $'", n),
    { label: 'curl + 300k words', text: run('curl https://h/', ' -s', n) },
    { label: 'curl + "${" × n (unterminated expansions)', text: run('curl "', '${', n) },
    { label: 'curl + -H OAuth header with n quoted values', text: run("curl https://h/ -H 'Authorization: OAuth ", 'a="b", ', n, "'") },
  ],
);

export const rawHttpTarget = pasteTarget('raw-http', parseRawHttp,
  [AKANA_INITIATE, RAW_AKANA, RAW_FORM, 'GET https://h.example/a?b=c HTTP/1.0\n\n', 'POST /p HTTP/1.1\nHost: h:80\nContent-Length: 1\n\na\n'],
  ['GET ', 'POST ', ' /', ' HTTP/1.1', ' HTTP/2', '\r\n', '\n\n', 'Host: ', 'Host: h:80', 'Content-Length: 3', 'Content-Length: x', 'Content-Type: application/x-www-form-urlencoded',
    'Authorization: OAuth ', 'Authorization: OAuth a="b"', ' folded', '\t', 'X-A: b'],
  (n) => [
    ...runsAfter('POST /x HTTP/1.1\nHost: h\n\n', n),
    ...runsAfter('GET /', n, ' HTTP/1.1\nHost: h\n\n'),
    ...runsAfter('GET /x HTTP/1.1\nHost: h\nX-A: ', n, '\n\n'),
    ...runsAfter('GET /x HTTP/1.1\nHost: h\nAuthorization: OAuth a="', n, '"\n\n'),
    { label: 'request line + n spaces', text: run('GET', ' ', n, '/x HTTP/1.1') },
    { label: 'n header lines', text: run('GET /x HTTP/1.1\nHost: h\n', 'a: b\n', n, '\n') },
    { label: 'n folded lines of an Authorization header', text: run('GET /x HTTP/1.1\nHost: h\nAuthorization: OAuth', '\n a="b",', n, '\n\n') },
    { label: 'request line of n words', text: run('GET /x', ' a', n) },
  ],
);

export const harTarget = pasteTarget('har', parseHar,
  [HAR, HAR_PARAMS, JSON.stringify({ request: { method: 'GET', url: 'https://h/?a=1', headers: [] } }), '[]', '{}', '{"log":{"entries":[]}}'],
  ['{', '}', '[', ']', '"log"', '"entries"', '"request"', '"method"', '"url"', '"headers"', '"postData"', '"text"', '"params"', '"name"', '"value"',
    ':', ',', 'null', 'true', '1e999', '-0', '"\\u00', '"\\ud800"', '"\\"', '"', ' ', '\u00a0', '"__proto__"', '{"__proto__":{}}'],
  (n) => [
    { label: '[ × n', text: '['.repeat(n) },
    { label: '[ × n ] × n', text: '['.repeat(n / 2) + ']'.repeat(n / 2) },
    { label: '{"a": × n', text: run('', '{"a":', n) },
    { label: '{"a": × n 1 } × n', text: run('', '{"a":', n / 2, '1') + '}'.repeat(n / 10) },
    { label: 'deep entries', text: `{"log":{"entries":[${'['.repeat(n / 2)}` },
    { label: 'string of n escaped quotes', text: run('{"method":"GET","url":"https://h/","headers":[],"postData":{"text":"', '\\"', n, '"}}') },
    { label: 'string of n \\u escapes, unterminated', text: run('{"a":"', '\\u0041', n) },
    { label: 'n headers', text: run('{"method":"GET","url":"https://h/","headers":[', '{"name":"a","value":"b"},', n, '{"name":"a","value":"b"}]}') },
    { label: 'n params', text: run('{"method":"POST","url":"https://h/","headers":[],"postData":{"params":[', '{"name":"a","value":"b"},', n, '{"name":"a"}]}}') },
    { label: 'n digits', text: run('[', '1', n) },
    { label: 'n spaces then garbage', text: run('{', ' ', n, 'x') },
  ],
);

export const urlTarget = pasteTarget('url', parseUrlPaste,
  [MEDIAMOSA_URL, 'https://api.7digital.com/1.2/oauth/requesttoken', 'http://user:pw@[::1]:8080/a%20b/?q=1&q=2#frag', 'https://bücher.example/ä?ö=ü'],
  ['https://', 'http://', '@', ':8080', ':', '[::1]', '[', 'xn--', '..', '/./', '/../', '%2F', '%', '\\', '?', '&', '#', 'a=b', '//'],
  (n) => [
    ...runsAfter('https://h.example/', n),
    ...runsAfter('https://h.example/?', n),
    { label: 'host of n letters', text: run('https://', 'a', n, '/') },
    { label: 'n dots in the host', text: run('https://a', '.a', n, '/') },
    { label: 'n @ in the authority', text: run('https://', 'a@', n, 'h/') },
  ],
);

export const authorizationTarget = pasteTarget('authorization-header', parseAuthorizationPaste,
  [AKANA_HEADER, 'OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_signature="MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D"', 'Authorization: OAuth a="\\"q\\"",\tb=c', 'oauth'],
  ['Authorization:', 'OAuth ', 'oauth', 'realm="', 'oauth_token="', '"', '\\"', ',', '=', '=""', ' =', '\n ', '\r\n\t', 'scope=Scope1', '%22', 'a="b"'],
  (n) => [
    ...runsAfter('OAuth ', n),
    ...runsAfter('OAuth a="', n, '"'),
    ...runsAfter('Authorization: OAuth realm="', n),
    { label: 'n quoted values', text: run('OAuth ', 'a="b",', n) },
    { label: 'n quoted values with escapes', text: run('OAuth ', 'a="\\"b\\"",', n) },
    { label: 'n unterminated quotes', text: run('OAuth ', 'a="', n) },
    { label: 'n wrapped lines of blanks', text: run('OAuth a="b",', '   \n   ', n, 'c="d"') },
  ],
);

export const formTarget = pasteTarget('form-body', parseFormPaste,
  [SEVENDIGITAL_CURL.slice(SEVENDIGITAL_CURL.indexOf("-d '") + 4, -1), AKANA_RESPONSE, MEDIAMOSA_RESPONSE, MEDIAMOSA_PATH.slice(MEDIAMOSA_PATH.indexOf('?') + 1), 'a=&=b&&c&d=%E2%82%AC+x'],
  ['=', '&', '%', '%2', '%2B', '%C3', '%C3%A9', '%FF', '+', 'oauth_signature=', 'a=b', '&&', '=='],
  (n) => [
    ...runsAfter('a=', n),
    { label: 'n fields', text: run('', 'a=b&', n, 'c=d') },
    { label: 'n percent-encoded octets', text: run('a=', '%41', n) },
    { label: 'n invalid UTF-8 octets', text: run('a=', '%C3', n) },
    { label: 'n names without values', text: run('', 'flag&', n, 'a=1') },
  ],
);

/** RFC 7468 PEM: the part of RSA key import that runs before WebCrypto (label, base64, PKCS#1 wrapping). */
export const pemTarget: FuzzTarget = {
  name: 'pem',
  seeds: [DEMO_OAUTH1_RSA.privateKeyPem, DEMO_OAUTH1_RSA.publicKeyPem,
    DEMO_OAUTH1_RSA.privateKeyPem.replaceAll('PRIVATE KEY', 'RSA PRIVATE KEY'), DEMO_OAUTH1_RSA.publicKeyPem.replaceAll('PUBLIC KEY', 'RSA PUBLIC KEY'),
    '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMII=\n-----END ENCRYPTED PRIVATE KEY-----\n', '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'],
  dictionary: ['-----BEGIN ', '-----END ', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'PUBLIC KEY', 'ENCRYPTED PRIVATE KEY', '-----', 'Proc-Type: 4,ENCRYPTED', '=', '==', 'MII', '\n', '\r\n', ' ', 'A', '/', '+', '-', '_', 'é', '\uD800'],
  shapes: (n) => [
    { label: '-----BEGIN + n letters', text: run('-----BEGIN ', 'A', n) },
    { label: '-----BEGIN A---- × n', text: run('', '-----BEGIN A----', n) },
    { label: 'n dashes', text: '-'.repeat(n) },
    { label: 'body of n base64 characters, no END', text: run('-----BEGIN PRIVATE KEY-----\n', 'A', n) },
    { label: 'body of n base64 characters', text: run('-----BEGIN PRIVATE KEY-----\n', 'AAAA', n, '\n-----END PRIVATE KEY-----') },
    { label: 'body of n "="', text: run('-----BEGIN PRIVATE KEY-----\n', '=', n, '\n-----END PRIVATE KEY-----') },
    { label: 'body of n line breaks', text: run('-----BEGIN RSA PRIVATE KEY-----\n', '\n', n, 'AAAA\n-----END RSA PRIVATE KEY-----') },
  ],
  parse: (text) => parsePem(text),
  validate(text, answer) {
    const key = answer as ReturnType<typeof parsePem>;
    if (isFailure(key)) return checkError(key.error, text.length, 'privateKey');
    if (key.format !== 'pkcs8' && key.format !== 'spki') return `unknown key format ${String(key.format)}`;
    if (!(key.der instanceof Uint8Array) || key.der.length === 0) return 'an empty DER key';
    return undefined;
  },
};

export const PASTE_TARGETS: readonly FuzzTarget[] = [curlTarget, rawHttpTarget, harTarget, urlTarget, authorizationTarget, formTarget, pemTarget];

export { MiB };
