/** The protocol parameters of RFC 5849 §3.1 that signRequest adds, in the RFC's order. */
import type { Param, SignInput } from './types.ts';
import { computeBodyHash } from './bodyHash.ts';
import type { BodyHashAlgorithm } from './signatureMethods.ts';
import { base64Encode } from './base64.ts';

/**
 * 128 random bits, URL-safe. RFC 5849 §3.3 only asks that a nonce be unique per
 * timestamp; WebCrypto's generator is used because Math.random is predictable.
 */
export function randomNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return base64Encode(bytes).replace(/[+/=]/g, '');
}

/** RFC 5849 §3.3: seconds since the epoch, from the injected clock (milliseconds). */
function timestampOf(input: SignInput): string {
  return input.protocol.timestamp ?? String(Math.floor((input.clock ?? Date.now)() / 1000));
}

/** RFC 5849 §3.1, plus oauth_body_hash when the body-hash extension applies. Every value is a plain string. */
export function protocolParams(input: SignInput, body: string, bodyHash: BodyHashAlgorithm | undefined): Param[] {
  const { credentials: c, protocol: p } = input;
  const params: Param[] = [['oauth_consumer_key', c.consumerKey]];
  if (c.token !== undefined && c.token !== '') params.push(['oauth_token', c.token]);
  params.push(
    ['oauth_signature_method', p.signatureMethod],
    ['oauth_timestamp', timestampOf(input)],
    ['oauth_nonce', p.nonce ?? (input.nonceSource ?? randomNonce)()],
  );
  if (p.includeVersion !== false) params.push(['oauth_version', '1.0']);
  if (p.callback !== undefined) params.push(['oauth_callback', p.callback]);
  if (p.verifier !== undefined) params.push(['oauth_verifier', p.verifier]);
  if (bodyHash !== undefined) params.push(['oauth_body_hash', computeBodyHash(body, bodyHash)]);
  return params;
}
