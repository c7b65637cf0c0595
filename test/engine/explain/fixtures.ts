/**
 * Requests for the explainer tests, each with its correct recipe written out by
 * hand (URI, parameters in request order, key) — a test checks the recipe
 * reproduces the engine's own signature, so the hand model is known right.
 */
import type { HttpRequest, SignatureMethod } from '../../../src/engine/index.ts';
import { recipe, type Pair, type Recipe } from './otherSide.ts';

export interface Fixture {
  readonly request: HttpRequest;
  readonly consumerSecret: string;
  readonly tokenSecret?: string;
  readonly signatureMethod: SignatureMethod;
  readonly correct: Recipe;
}

const PHOTOS_OAUTH: readonly Pair[] = [
  ['scope', 'read'], ['oauth_consumer_key', 'dpf43f3p2l4k3l03'], ['oauth_token', 'nnch734d00sl2jdk'],
  ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '137131202'], ['oauth_nonce', 'chapoH'], ['oauth_version', '1.0'],
];

/**
 * Akana-style: Authorization header with realm and a non-oauth `scope`, a query with
 * a repeated name, non-ASCII, space, ( ) and ~, an empty value; URL typed with
 * upper case and the default port; a token secret.
 */
export const photos: Fixture = {
  request: {
    method: 'GET',
    url: 'HTTPS://Photos.Example.NET:443/v1/photos/?size=original&tag=b&tag=a&tag=%C3%A9&note=caf%C3%A9%20(1)%20~x&empty=',
    headers: [['Authorization', 'OAuth realm="Photos", scope="read", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk", '
      + 'oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131202", oauth_nonce="chapoH", oauth_version="1.0", '
      + 'oauth_signature="wOJIO9A2W5mFwDgiDvZbTSMK%2FPY%3D"']],
    body: '',
  },
  consumerSecret: 'kd94hf93k423kf44',
  tokenSecret: 'pfkkdhi9sl3r4s00',
  signatureMethod: 'HMAC-SHA1',
  correct: recipe({
    method: 'GET',
    uri: 'https://photos.example.net/v1/photos/',
    params: [['size', 'original'], ['tag', 'b'], ['tag', 'a'], ['tag', 'é'], ['note', 'café (1) ~x'], ['empty', ''], ...PHOTOS_OAUTH],
    key: 'kd94hf93k423kf44&pfkkdhi9sl3r4s00',
  }),
};

/** MediaMosa-style: everything in the query (signature too), names with [], a literal "+" and a %20, no oauth_version. */
export const mediamosa: Fixture = {
  request: {
    method: 'GET',
    url: 'http://mediamosa.example.org/openapi/oauth/access_token?app_id%5B%5D=2&app_id%5B%5D=1&mediamosa_version=3.5&q=a+b&r=c%20d'
      + '&oauth_consumer_key=mm-key&oauth_token=rt-1&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1426071532'
      + '&oauth_nonce=950262836&oauth_verifier=ver1&oauth_signature=abc%3D',
    headers: [],
    body: '',
  },
  consumerSecret: 'mm-secret',
  tokenSecret: 'rt-secret',
  signatureMethod: 'HMAC-SHA1',
  correct: recipe({
    method: 'GET',
    uri: 'http://mediamosa.example.org/openapi/oauth/access_token',
    params: [
      ['app_id[]', '2'], ['app_id[]', '1'], ['mediamosa_version', '3.5'], ['q', 'a b'], ['r', 'c d'],
      ['oauth_consumer_key', 'mm-key'], ['oauth_token', 'rt-1'], ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '1426071532'], ['oauth_nonce', '950262836'], ['oauth_verifier', 'ver1'],
    ],
    key: 'mm-secret&rt-secret',
  }),
};

/** 7digital's request token: a signed form body (with one non-oauth field), a callback, no token yet. */
export const sevenDigital: Fixture = {
  request: {
    method: 'POST',
    url: 'https://api.7digital.com/1.2/oauth/requesttoken',
    headers: [['Content-Type', 'application/x-www-form-urlencoded']],
    body: 'oauth_callback=https%3A%2F%2Fclient.example%2Fcb%3Fa%3D1&oauth_consumer_key=YOUR_KEY_HERE&oauth_nonce=950262835'
      + '&oauth_signature_method=HMAC-SHA1&oauth_timestamp=1426071532&oauth_version=1.0&title=My%20Mix&oauth_signature=c2ln',
  },
  consumerSecret: 'YOUR_SECRET_HERE',
  signatureMethod: 'HMAC-SHA1',
  correct: recipe({
    method: 'POST',
    uri: 'https://api.7digital.com/1.2/oauth/requesttoken',
    params: [
      ['oauth_callback', 'https://client.example/cb?a=1'], ['oauth_consumer_key', 'YOUR_KEY_HERE'], ['oauth_nonce', '950262835'],
      ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '1426071532'], ['oauth_version', '1.0'], ['title', 'My Mix'],
    ],
    key: 'YOUR_SECRET_HERE&',
  }),
};

const ITEM_HEADER = 'OAuth oauth_consumer_key="item-key", oauth_signature_method="HMAC-SHA1", oauth_timestamp="1426071532", '
  + 'oauth_nonce="n1", oauth_version="1.0", oauth_signature="c2ln"';
const ITEM_OAUTH: readonly Pair[] = [
  ['oauth_consumer_key', 'item-key'], ['oauth_signature_method', 'HMAC-SHA1'], ['oauth_timestamp', '1426071532'],
  ['oauth_nonce', 'n1'], ['oauth_version', '1.0'],
];

/** A JSON body: never signed. Secrets that need percent-encoding. */
export const jsonItem: Fixture = {
  request: {
    method: 'POST',
    url: 'https://api.example.com/v1/items',
    headers: [['Content-Type', 'application/json'], ['Authorization', ITEM_HEADER]],
    body: '{"name":"box","count":2,"nested":{"a":1}}',
  },
  consumerSecret: 'cons sec/ret',
  tokenSecret: 'tok%sec',
  signatureMethod: 'HMAC-SHA1',
  correct: recipe({
    method: 'POST',
    uri: 'https://api.example.com/v1/items',
    params: ITEM_OAUTH,
    key: 'cons%20sec%2Fret&tok%25sec',
  }),
};

/** A form-looking body sent without a Content-Type: not signed. */
export const untypedItem: Fixture = {
  request: { method: 'POST', url: 'https://api.example.com/v1/items', headers: [['Authorization', ITEM_HEADER]], body: 'name=box&count=2' },
  consumerSecret: 'item-secret',
  signatureMethod: 'HMAC-SHA1',
  correct: recipe({ method: 'POST', uri: 'https://api.example.com/v1/items', params: ITEM_OAUTH, key: 'item-secret&' }),
};

/** RFC 5849 §1.2, temporary credentials: PLAINTEXT. */
export const rfcPlaintext: Fixture = {
  request: {
    method: 'POST',
    url: 'https://photos.example.net/initiate',
    headers: [['Authorization', 'OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_signature_method="PLAINTEXT", '
      + 'oauth_timestamp="137131200", oauth_nonce="wIjqoS", oauth_callback="http%3A%2F%2Fprinter.example.com%2Fready", '
      + 'oauth_signature="kd94hf93k423kf44%26"']],
    body: '',
  },
  consumerSecret: 'kd94hf93k423kf44',
  signatureMethod: 'PLAINTEXT',
  correct: recipe({
    method: 'POST',
    uri: 'https://photos.example.net/initiate',
    params: [
      ['oauth_consumer_key', 'dpf43f3p2l4k3l03'], ['oauth_signature_method', 'PLAINTEXT'], ['oauth_timestamp', '137131200'],
      ['oauth_nonce', 'wIjqoS'], ['oauth_callback', 'http://printer.example.com/ready'],
    ],
    key: 'kd94hf93k423kf44&',
    alg: 'plaintext',
  }),
};

export const FIXTURES = { photos, mediamosa, sevenDigital, jsonItem, untypedItem, rfcPlaintext } as const;
