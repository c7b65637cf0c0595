/**
 * The OAuth Request Body Hash extension (oauth-bodyhash, 2009): `oauth_body_hash`
 * signs a body RFC 5849 would otherwise leave unsigned (JSON, XML, anything not form-encoded).
 */
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { BodyHashMode } from './types.ts';
import type { BodyHashAlgorithm } from './signatureMethods.ts';
import { base64Encode } from './base64.ts';

const HASHES = { 'SHA-1': sha1, 'SHA-256': sha256 } as const;

/** oauth-bodyhash §3.2: base64 of the hash of the raw body bytes (UTF-8); an empty body hashes the empty string. */
export function computeBodyHash(body: string, algorithm: BodyHashAlgorithm): string {
  return base64Encode(HASHES[algorithm](new TextEncoder().encode(body)));
}

/**
 * Which hash to send, if any. oauth-bodyhash §3.1 forbids the parameter on form-encoded
 * bodies (they are signed already); 'auto' adds it only when there is a body to protect,
 * with the hash that goes with the signature method.
 */
export function chooseBodyHash(
  mode: BodyHashMode, methodHash: BodyHashAlgorithm, body: string, isForm: boolean,
): BodyHashAlgorithm | undefined {
  if (isForm || mode === 'off') return undefined;
  if (mode === 'auto') return body === '' ? undefined : methodHash;
  return mode;
}
