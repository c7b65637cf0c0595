/**
 * One row per catalogued mistake (some twice, on another request): the other
 * side's recipe with that mistake made by hand. The rows are the test table of
 * explainMismatch.test.ts, and a test there fails when a catalogue entry has no row.
 */
import { everywhere, rfc3986, type Pair, type Recipe } from './otherSide.ts';
import { FIXTURES, type Fixture } from './fixtures.ts';

export interface Row {
  readonly id: string;
  readonly fixture: keyof typeof FIXTURES;
  /** the other side's recipe: the fixture's correct one, changed by hand */
  readonly make: (correct: Recipe) => Recipe;
  readonly otherTokenSecrets?: readonly string[];
}

const without = (...names: string[]) => (r: Recipe): Recipe => ({ ...r, params: r.params.filter(([n]) => !names.includes(n)) });
const withParams = (...extra: Pair[]) => (r: Recipe): Recipe => ({ ...r, params: [...r.params, ...extra] });
const setValue = (name: string, value: string) => (r: Recipe): Recipe =>
  ({ ...r, params: r.params.map(([n, v]): Pair => [n, n === name ? value : v]) });

/** Latin-1 bytes, unreserved ones kept (ISO-8859-1 instead of UTF-8). */
const latin1 = (s: string): string =>
  [...Buffer.from(s, 'latin1')].map((b) => (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b)
    : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
const byName = (x: Pair, y: Pair): number => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
const byNameThenValue = (x: Pair, y: Pair): number => byName(x, y) || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
const base64 = (d: Buffer): string => d.toString('base64');

export const ROWS: readonly Row[] = [
  // method
  { id: 'method-lower-case', fixture: 'photos', make: (r) => ({ ...r, method: 'get' }) },
  { id: 'method-wrong', fixture: 'photos', make: (r) => ({ ...r, method: 'POST' }) },
  // base string URI
  { id: 'uri-default-port-kept', fixture: 'photos', make: (r) => ({ ...r, uri: 'https://photos.example.net:443/v1/photos/' }) },
  { id: 'uri-default-port-kept', fixture: 'mediamosa', make: (r) => ({ ...r, uri: 'http://mediamosa.example.org:80/openapi/oauth/access_token' }) },
  { id: 'uri-case-kept', fixture: 'photos', make: (r) => ({ ...r, uri: 'HTTPS://Photos.Example.NET/v1/photos/' }) },
  {
    id: 'uri-query-kept', fixture: 'photos',
    make: (r) => ({ ...r, uri: 'https://photos.example.net/v1/photos/?size=original&tag=b&tag=a&tag=%C3%A9&note=caf%C3%A9%20(1)%20~x&empty=' }),
  },
  { id: 'uri-trailing-slash-added', fixture: 'mediamosa', make: (r) => ({ ...r, uri: `${r.uri}/` }) },
  { id: 'uri-trailing-slash-lost', fixture: 'photos', make: (r) => ({ ...r, uri: 'https://photos.example.net/v1/photos' }) },
  { id: 'uri-scheme-switched', fixture: 'photos', make: (r) => ({ ...r, uri: 'http://photos.example.net/v1/photos/' }) },
  // which parameters
  { id: 'params-query-left-out', fixture: 'photos', make: without('size', 'tag', 'note', 'empty') },
  { id: 'params-body-left-out', fixture: 'sevenDigital', make: (r) => ({ ...r, params: [] }) },
  { id: 'params-json-body-included', fixture: 'jsonItem', make: withParams(['name', 'box'], ['count', '2']) },
  { id: 'params-untyped-body-included', fixture: 'untypedItem', make: withParams(['name', 'box'], ['count', '2']) },
  { id: 'params-realm-included', fixture: 'photos', make: withParams(['realm', 'Photos']) },
  { id: 'params-signature-included', fixture: 'photos', make: withParams(['oauth_signature', 'wOJIO9A2W5mFwDgiDvZbTSMK/PY=']) },
  { id: 'params-extra-header-left-out', fixture: 'photos', make: without('scope') },
  { id: 'params-version-added', fixture: 'mediamosa', make: withParams(['oauth_version', '1.0']) },
  { id: 'params-version-dropped', fixture: 'photos', make: without('oauth_version') },
  {
    id: 'params-callback-encoded-twice', fixture: 'sevenDigital',
    make: setValue('oauth_callback', encodeURIComponent('https://client.example/cb?a=1')),
  },
  {
    id: 'params-duplicates-last', fixture: 'photos',
    make: (r) => ({ ...r, params: r.params.filter(([n, v]) => n !== 'tag' || v === 'é') }),
  },
  {
    id: 'params-duplicates-first', fixture: 'photos',
    make: (r) => ({ ...r, params: r.params.filter(([n, v]) => n !== 'tag' || v === 'b') }),
  },
  { id: 'params-empty-dropped', fixture: 'photos', make: without('empty') },
  { id: 'params-empty-token-added', fixture: 'sevenDigital', make: withParams(['oauth_token', '']) },
  { id: 'params-timestamp-unit', fixture: 'photos', make: setValue('oauth_timestamp', '137131202000') },
  { id: 'enc-plus-kept-literal', fixture: 'mediamosa', make: setValue('q', 'a+b') },
  // encoding
  { id: 'enc-latin1', fixture: 'photos', make: (r) => everywhere(r, latin1) },
  { id: 'enc-sub-delims-unencoded', fixture: 'photos', make: (r) => everywhere(r, encodeURIComponent) },
  { id: 'enc-tilde-encoded', fixture: 'photos', make: (r) => everywhere(r, (s) => rfc3986(s).replaceAll('~', '%7E')) },
  { id: 'enc-space-as-plus', fixture: 'photos', make: (r) => everywhere(r, (s) => rfc3986(s).replaceAll('%20', '+')) },
  { id: 'enc-space-as-plus', fixture: 'mediamosa', make: (r) => everywhere(r, (s) => rfc3986(s).replaceAll('%20', '+')) },
  {
    id: 'enc-lower-case-hex', fixture: 'photos',
    make: (r) => everywhere(r, (s) => rfc3986(s).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())),
  },
  { id: 'enc-values-encoded-twice', fixture: 'photos', make: (r) => ({ ...r, encodeValue: (s) => rfc3986(rfc3986(s)) }) },
  { id: 'enc-values-not-encoded', fixture: 'photos', make: (r) => ({ ...r, encodeValue: (s) => s }) },
  { id: 'enc-names-not-encoded', fixture: 'mediamosa', make: (r) => ({ ...r, encodeName: (s) => s }) },
  { id: 'enc-params-not-reencoded', fixture: 'photos', make: (r) => ({ ...r, reencode: false }) },
  // order and joining
  { id: 'params-not-sorted', fixture: 'photos', make: (r) => ({ ...r, order: (pairs) => pairs }) },
  { id: 'params-sorted-by-name-only', fixture: 'photos', make: (r) => ({ ...r, order: (pairs) => [...pairs].sort(byName) }) },
  {
    id: 'params-sorted-before-encoding', fixture: 'photos',
    make: (r) => ({ ...r, params: [...r.params].sort(byNameThenValue), order: (pairs) => pairs }),
  },
  { id: 'params-empty-without-equals', fixture: 'photos', make: (r) => ({ ...r, pair: (n, v) => (v === '' ? n : `${n}=${v}`) }) },
  // key
  { id: 'key-ampersand-dropped', fixture: 'sevenDigital', make: (r) => ({ ...r, key: 'YOUR_SECRET_HERE' }) },
  { id: 'key-ampersand-dropped', fixture: 'rfcPlaintext', make: (r) => ({ ...r, key: 'kd94hf93k423kf44' }) },
  { id: 'key-ampersand-dropped', fixture: 'photos', make: (r) => ({ ...r, key: 'kd94hf93k423kf44' }) },
  { id: 'key-token-secret-left-out', fixture: 'photos', make: (r) => ({ ...r, key: 'kd94hf93k423kf44&' }) },
  { id: 'key-secrets-not-encoded', fixture: 'jsonItem', make: (r) => ({ ...r, key: 'cons sec/ret&tok%sec' }) },
  { id: 'key-secrets-encoded-twice', fixture: 'jsonItem', make: (r) => ({ ...r, key: 'cons%2520sec%252Fret&tok%2525sec' }) },
  { id: 'key-secrets-swapped', fixture: 'photos', make: (r) => ({ ...r, key: 'pfkkdhi9sl3r4s00&kd94hf93k423kf44' }) },
  {
    id: 'key-stale-token-secret', fixture: 'photos', otherTokenSecrets: ['request-token-secret'],
    make: (r) => ({ ...r, key: 'kd94hf93k423kf44&request-token-secret' }),
  },
  {
    id: 'key-stale-token-secret', fixture: 'sevenDigital', otherTokenSecrets: ['left-over-secret'],
    make: (r) => ({ ...r, key: 'YOUR_SECRET_HERE&left-over-secret' }),
  },
  { id: 'key-token-for-secret', fixture: 'photos', make: (r) => ({ ...r, key: 'kd94hf93k423kf44&nnch734d00sl2jdk' }) },
  { id: 'key-consumer-key-for-secret', fixture: 'photos', make: (r) => ({ ...r, key: 'dpf43f3p2l4k3l03&pfkkdhi9sl3r4s00' }) },
  // signature
  { id: 'sig-hmac-sha1', fixture: 'rfcPlaintext', make: (r) => ({ ...r, alg: 'sha1' }) },
  { id: 'sig-hmac-sha256', fixture: 'photos', make: (r) => ({ ...r, alg: 'sha256' }) },
  { id: 'sig-hmac-sha512', fixture: 'photos', make: (r) => ({ ...r, alg: 'sha512' }) },
  { id: 'sig-plaintext', fixture: 'photos', make: (r) => ({ ...r, alg: 'plaintext' }) },
  { id: 'sig-hex', fixture: 'photos', make: (r) => ({ ...r, output: (d) => d.toString('hex') }) },
  { id: 'sig-base64url', fixture: 'photos', make: (r) => ({ ...r, output: (d) => base64(d).replaceAll('+', '-').replaceAll('/', '_') }) },
  { id: 'sig-base64-unpadded', fixture: 'photos', make: (r) => ({ ...r, output: (d) => base64(d).replace(/=+$/, '') }) },
  { id: 'sig-percent-encoded', fixture: 'photos', make: (r) => ({ ...r, transport: encodeURIComponent }) },
  { id: 'sig-percent-encoded', fixture: 'rfcPlaintext', make: (r) => ({ ...r, transport: encodeURIComponent }) },
  { id: 'sig-not-encoded', fixture: 'mediamosa', make: (r) => ({ ...r, transport: (s) => s.replaceAll('+', ' ') }) },
  { id: 'sig-not-encoded', fixture: 'sevenDigital', make: (r) => ({ ...r, transport: (s) => s.replaceAll('+', ' ') }) },
];

export interface PairRow {
  readonly ids: readonly [string, string];
  readonly fixture: keyof typeof FIXTURES;
  readonly make: (correct: Recipe) => Recipe;
}

/** Two mistakes at once, each made by hand. */
export const PAIR_ROWS: readonly PairRow[] = [
  {
    ids: ['enc-space-as-plus', 'key-token-secret-left-out'], fixture: 'photos',
    make: (r) => ({ ...everywhere(r, (s) => rfc3986(s).replaceAll('%20', '+')), key: 'kd94hf93k423kf44&' }),
  },
  {
    ids: ['uri-default-port-kept', 'params-realm-included'], fixture: 'photos',
    make: (r) => withParams(['realm', 'Photos'])({ ...r, uri: 'https://photos.example.net:443/v1/photos/' }),
  },
  { ids: ['sig-base64url', 'sig-base64-unpadded'], fixture: 'photos', make: (r) => ({ ...r, output: (d) => d.toString('base64url') }) },
  {
    ids: ['enc-names-not-encoded', 'params-not-sorted'], fixture: 'mediamosa',
    make: (r) => ({ ...r, encodeName: (s) => s, order: (pairs) => pairs }),
  },
  {
    ids: ['params-version-dropped', 'key-ampersand-dropped'], fixture: 'sevenDigital',
    make: (r) => ({ ...without('oauth_version')(r), key: 'YOUR_SECRET_HERE' }),
  },
];

export type { Fixture };
