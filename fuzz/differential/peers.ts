/**
 * The independent implementations sigstep's engine is compared with, each
 * driven through its own API with the case's decoded parameters (and, for
 * oauth-1.0a, also with the raw URL, so its own query parsing is exercised).
 * None of them shares code with src/engine. Each returns its base string when
 * it exposes one, and its signature.
 *
 *  - oauth-sign (request's signer): generateBase / hmacsign / hmacsign256 / plaintext;
 *    HMAC-SHA512 is node:crypto over its base string and its key.
 *  - oauth-1.0a (ddo): getBaseString / getSigningKey, hash_function = node:crypto.
 *  - oauth (ciaranj/node-oauth): _normaliseRequestParams / _createSignatureBase /
 *    _createSignature (no HMAC-SHA512).
 *  - the reference provider's verifier (server/provider, written from RFC 5849
 *    for this repo, sharing nothing with src/engine).
 */
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import * as oauthSign from 'oauth-sign';
import { signatureBaseString as providerBaseString } from '../../server/provider/baseString.ts';
import { percentEncode as providerEncode } from '../../server/provider/formEncoding.ts';
import type { Param } from '../../src/engine/index.ts';
import { allParams, expectedBaseUri, requestUrl, type HmacOrPlain, type SigningCase } from './cases.ts';

const require = createRequire(import.meta.url);

interface OAuth10aRequest { url: string; method: string; data: Record<string, unknown> }
interface OAuth10a {
  getBaseString(request: OAuth10aRequest, oauthData: Record<string, unknown>): string;
  getSigningKey(tokenSecret: string): string;
  hash_function(base: string, key: string): string;
}
type OAuth10aCtor = new (opts: { consumer: { key: string; secret: string }; signature_method: string; hash_function: (base: string, key: string) => string }) => OAuth10a;
const OAuth1a = require('oauth-1.0a') as OAuth10aCtor;

interface NodeOAuth {
  _normaliseRequestParams(args: Record<string, unknown>): string;
  _createSignatureBase(method: string, url: string, normalised: string): string;
  _createSignature(base: string, tokenSecret: string): string;
}
type NodeOAuthCtor = new (requestUrl: null, accessUrl: null, key: string, secret: string, version: string, cb: null, method: string) => NodeOAuth;
const NodeOAuthCtor = (require('oauth') as { OAuth: NodeOAuthCtor }).OAuth;

export interface PeerAnswer {
  /** the signature base string, when the peer builds one the harness can read */
  readonly baseString?: string;
  readonly signature: string;
}

export interface Peer {
  readonly name: string;
  /** undefined: this peer cannot sign this case at all (a method it lacks) */
  sign(c: SigningCase): PeerAnswer | undefined;
}

const HASH: Readonly<Record<Exclude<HmacOrPlain, 'PLAINTEXT'>, string>> = { 'HMAC-SHA1': 'sha1', 'HMAC-SHA256': 'sha256', 'HMAC-SHA512': 'sha512' };
const hmacBase64 = (algorithm: string, key: string, base: string): string => createHmac(algorithm, key).update(base).digest('base64');

/**
 * Parameters as the object these libraries take: one key per name, an array for
 * repeated names. Keys are defined, not assigned, so a parameter named
 * `__proto__` is an ordinary key rather than the prototype.
 */
export function paramObject(params: readonly Param[]): Record<string, string | string[]> {
  const grouped = new Map<string, string[]>();
  for (const [n, v] of params) grouped.set(n, [...(grouped.get(n) ?? []), v]);
  const obj: Record<string, string | string[]> = {};
  for (const [n, values] of grouped) {
    Object.defineProperty(obj, n, { value: values.length === 1 ? values[0] : values, enumerable: true, writable: true, configurable: true });
  }
  return obj;
}

export const oauthSignPeer: Peer = {
  name: 'oauth-sign',
  sign(c) {
    const params = paramObject(allParams(c));
    const base = oauthSign.generateBase(c.httpMethod, expectedBaseUri(c), params);
    const m = c.signatureMethod;
    if (m === 'PLAINTEXT') return { signature: oauthSign.plaintext(c.consumerSecret, c.tokenSecret) };
    if (m === 'HMAC-SHA512') return { baseString: base, signature: hmacBase64('sha512', oauthSign.plaintext(c.consumerSecret, c.tokenSecret), base) };
    const sign = m === 'HMAC-SHA1' ? oauthSign.hmacsign : oauthSign.hmacsign256;
    return { baseString: base, signature: sign(c.httpMethod, expectedBaseUri(c), params, c.consumerSecret, c.tokenSecret) };
  },
};

function oauth10a(c: SigningCase): OAuth10a {
  const m = c.signatureMethod;
  return new OAuth1a({
    consumer: { key: c.consumerKey, secret: c.consumerSecret },
    signature_method: m,
    hash_function: m === 'PLAINTEXT' ? (_base, key) => key : (base, key) => hmacBase64(HASH[m], key, base),
  });
}

/** The protocol parameters as oauth-1.0a's `oauth_data` (what its authorize() builds, with our nonce and clock). */
function oauthData(c: SigningCase): Record<string, unknown> {
  return paramObject(allParams({ ...c, query: [], body: [] }));
}

function signWith10a(c: SigningCase, request: OAuth10aRequest): PeerAnswer {
  const o = oauth10a(c);
  const base = o.getBaseString(request, oauthData(c));
  return { baseString: base, signature: o.hash_function(base, o.getSigningKey(c.tokenSecret)) };
}

/** oauth-1.0a given the decoded parameters and the URL without its query. */
export const oauth10aPeer: Peer = {
  name: 'oauth-1.0a',
  sign: (c) => signWith10a(c, { url: requestUrl(c, false), method: c.httpMethod, data: paramObject([...c.query, ...c.body]) }),
};

/** oauth-1.0a given the URL with its query as sent, and the body parameters: its own URL parsing at work. */
export const oauth10aRawUrlPeer: Peer = {
  name: 'oauth-1.0a (raw URL)',
  sign: (c) => signWith10a(c, { url: requestUrl(c), method: c.httpMethod, data: paramObject(c.body) }),
};

export const nodeOAuthPeer: Peer = {
  name: 'oauth (node-oauth)',
  sign(c) {
    if (c.signatureMethod === 'HMAC-SHA512') return undefined;
    const o = new NodeOAuthCtor(null, null, c.consumerKey, c.consumerSecret, '1.0', null, c.signatureMethod);
    const base = o._createSignatureBase(c.httpMethod, requestUrl(c, false), o._normaliseRequestParams(paramObject(allParams(c))));
    return { baseString: base, signature: o._createSignature(base, c.tokenSecret) };
  },
};

/** server/provider's base string (its own RFC 5849 code) with node:crypto, the key built from its own encoder. */
export const providerPeer: Peer = {
  name: 'reference provider (server/)',
  sign(c) {
    const key = `${providerEncode(c.consumerSecret)}&${providerEncode(c.tokenSecret)}`;
    if (c.signatureMethod === 'PLAINTEXT') return { signature: key };
    const base = providerBaseString(c.httpMethod, expectedBaseUri(c), allParams(c));
    return { baseString: base, signature: hmacBase64(HASH[c.signatureMethod], key, base) };
  },
};

export const PEERS: readonly Peer[] = [oauthSignPeer, oauth10aPeer, oauth10aRawUrlPeer, nodeOAuthPeer, providerPeer];
