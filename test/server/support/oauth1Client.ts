/**
 * Signs test requests with the `oauth-1.0a` library and node:crypto: a third
 * implementation, sharing nothing with src/engine nor with the provider.
 */
import { createHmac, createSign } from 'node:crypto';
import OAuth from 'oauth-1.0a';

export type Placement = 'header' | 'query' | 'body';
export type SignatureMethod = 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT' | 'RSA-SHA1' | 'RSA-SHA256';

export interface SignOptions {
  readonly method: string;
  readonly url: string;
  readonly consumer: { readonly key: string; readonly secret: string };
  readonly signatureMethod: SignatureMethod;
  readonly placement: Placement;
  readonly privateKeyPem?: string;
  readonly token?: { readonly key: string; readonly secret: string };
  /** Protocol parameters beyond the usual ones (oauth_callback, oauth_verifier, …). */
  readonly oauth?: Readonly<Record<string, string>>;
  /** Non-oauth form parameters (sent in the body; the body placement only). */
  readonly form?: Readonly<Record<string, string>>;
  readonly timestamp?: number;
  readonly nonce?: string;
}

export interface SignedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** The base string the client signed, for comparison with the provider's. */
  readonly baseString: string;
  /** Every protocol parameter sent, signature included. */
  readonly oauth: Record<string, string>;
}

function hashFunction(method: SignatureMethod, privateKeyPem: string | undefined): (base: string, key: string) => string {
  switch (method) {
    case 'HMAC-SHA1': return (base, key) => createHmac('sha1', key).update(base).digest('base64');
    case 'HMAC-SHA256': return (base, key) => createHmac('sha256', key).update(base).digest('base64');
    case 'HMAC-SHA512': return (base, key) => createHmac('sha512', key).update(base).digest('base64');
    case 'PLAINTEXT': return (_base, key) => key;
    case 'RSA-SHA1':
    case 'RSA-SHA256':
      return (base) => createSign(method === 'RSA-SHA1' ? 'RSA-SHA1' : 'RSA-SHA256').update(base).sign(privateKeyPem ?? '', 'base64');
  }
}

export function signOAuth1(options: SignOptions): SignedRequest {
  const oauth = new OAuth({
    consumer: { key: options.consumer.key, secret: options.consumer.secret },
    signature_method: options.signatureMethod,
    hash_function: hashFunction(options.signatureMethod, options.privateKeyPem),
  });
  if (options.timestamp !== undefined) oauth.getTimeStamp = () => options.timestamp ?? 0;
  if (options.nonce !== undefined) oauth.getNonce = () => options.nonce ?? '';
  const data = { ...options.oauth, ...(options.placement === 'body' ? options.form : {}) };
  const request = { url: options.url, method: options.method, data };
  const signed = options.token === undefined ? oauth.authorize(request) : oauth.authorize(request, options.token);
  // oauth-1.0a's mergeObject writes the request's data and query into the object
  // it returns, so only its oauth_* entries are protocol parameters.
  const protocol: Record<string, string> = {};
  for (const [k, v] of Object.entries(signed)) if (k.startsWith('oauth_') && v !== undefined) protocol[k] = String(v);
  Object.assign(protocol, options.oauth);
  const { oauth_signature: _signature, ...unsigned } = { ...signed };
  return {
    ...place(options, protocol, oauth.percentEncode.bind(oauth)),
    baseString: oauth.getBaseString({ url: options.url, method: options.method, data }, unsigned),
    oauth: protocol,
  };
}

/** Puts the protocol parameters where `placement` says. */
export function place(
  options: Pick<SignOptions, 'method' | 'url' | 'placement' | 'form'>,
  protocol: Readonly<Record<string, string>>,
  encode: (s: string) => string = rfc3986,
): Omit<SignedRequest, 'baseString' | 'oauth'> {
  const pairs = Object.entries(protocol).map(([k, v]) => `${encode(k)}=${encode(v)}`);
  switch (options.placement) {
    case 'header':
      return {
        method: options.method,
        url: options.url,
        headers: { Authorization: `OAuth realm="sigstep", ${Object.entries(protocol).map(([k, v]) => `${encode(k)}="${encode(v)}"`).join(', ')}` },
      };
    case 'query':
      return { method: options.method, url: `${options.url}${options.url.includes('?') ? '&' : '?'}${pairs.join('&')}`, headers: {} };
    case 'body': {
      const form = Object.entries(options.form ?? {}).map(([k, v]) => `${encode(k)}=${encode(v)}`);
      return {
        method: options.method,
        url: options.url,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: [...pairs, ...form].join('&'),
      };
    }
  }
}

export function rfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Sends a request and never follows redirects (the authorize step must see its 302). */
export function send(request: { method: string; url: string; headers?: Record<string, string>; body?: string | undefined }): Promise<Response> {
  return fetch(request.url, {
    method: request.method,
    headers: request.headers ?? {},
    redirect: 'manual',
    ...(request.body === undefined ? {} : { body: request.body }),
  });
}

/** A form-encoded answer as an object (oauth_token=…&oauth_token_secret=…). */
export async function formOf(response: Response): Promise<Record<string, string>> {
  return Object.fromEntries(new URLSearchParams(await response.text()));
}
