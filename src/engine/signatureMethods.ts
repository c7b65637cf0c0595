/**
 * The one table of signature methods (RFC 5849 §3.4.2–§3.4.4). Nothing else in
 * the engine switches on a method's name: it looks the method up here.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex, type CHash } from '@noble/hashes/utils.js';
import type { SignatureMethod } from './types.ts';
import { base64Decode, base64Encode } from './base64.ts';
import { rsaSign, rsaVerify, type RsaHash } from './rsa.ts';
import { isFailure, type Failure } from './result.ts';

export interface SignatureOutput {
  /** the raw digest (HMAC) or signature (RSA) as lower-case hex; '' for PLAINTEXT */
  readonly digestHex: string;
  /** RFC 5849 §3.4: base64 for HMAC and RSA, the key itself for PLAINTEXT */
  readonly signature: string;
}

export type BodyHashAlgorithm = 'SHA-1' | 'SHA-256';

export interface SignatureMethodSpec {
  /** what signs: the §3.4.2 key built from the secrets, or an RSA private key PEM */
  readonly key: 'secrets' | 'rsa';
  /** the oauth_body_hash algorithm that goes with this method */
  readonly bodyHash: BodyHashAlgorithm;
  /** present when the method needs no WebCrypto, so the UI can sign on every keystroke */
  readonly signSync?: (key: string, baseString: Uint8Array) => SignatureOutput;
  readonly sign: (key: string, baseString: Uint8Array) => Promise<SignatureOutput | Failure>;
  /** RSA only: checks a base64 signature against a public key */
  readonly verify?: (publicKeyPem: string, baseString: Uint8Array, signature: string) => Promise<boolean | Failure>;
}

const utf8 = new TextEncoder();

/**
 * HMAC (RFC 2104) keyed once per key: the UI and the benchmark sign many base
 * strings with the same key, and noble's keyed state can be copied into a reused
 * instance instead of re-derived (its `_cloneInto` exists for exactly this).
 */
function hmacSigner(hash: CHash): (key: string, baseString: Uint8Array) => SignatureOutput {
  let lastKey: string | undefined;
  let keyed = hmac.create(hash, new Uint8Array(0));
  const work = keyed.clone();
  const mac = new Uint8Array(hash.outputLen);
  return (key, baseString) => {
    if (key !== lastKey) {
      keyed = hmac.create(hash, utf8.encode(key));
      lastKey = key;
    }
    keyed._cloneInto(work).update(baseString).digestInto(mac);
    return { digestHex: bytesToHex(mac), signature: base64Encode(mac) };
  };
}

function syncMethod(bodyHash: BodyHashAlgorithm, signSync: (key: string, baseString: Uint8Array) => SignatureOutput): SignatureMethodSpec {
  return { key: 'secrets', bodyHash, signSync, sign: (key, baseString) => Promise.resolve(signSync(key, baseString)) };
}

function rsaMethod(hash: RsaHash): SignatureMethodSpec {
  return {
    key: 'rsa',
    bodyHash: hash,
    sign: async (pem, baseString) => {
      const sig = await rsaSign(pem, hash, baseString);
      return isFailure(sig) ? sig : { digestHex: bytesToHex(sig), signature: base64Encode(sig) };
    },
    verify: async (pem, baseString, signature) => {
      const sig = base64Decode(signature, 0, signature.length, 'signature');
      return isFailure(sig) ? sig : rsaVerify(pem, hash, baseString, sig);
    },
  };
}

/** RFC 5849 §3.4.2 (HMAC-SHA1; the SHA-2 variants are the same construction), §3.4.3 (RSA-SHA1), §3.4.4 (PLAINTEXT). */
export const SIGNATURE_METHOD_TABLE: Readonly<Record<SignatureMethod, SignatureMethodSpec>> = {
  'HMAC-SHA1': syncMethod('SHA-1', hmacSigner(sha1)),
  'HMAC-SHA256': syncMethod('SHA-256', hmacSigner(sha256)),
  'HMAC-SHA512': syncMethod('SHA-256', hmacSigner(sha512)),
  'RSA-SHA1': rsaMethod('SHA-1'),
  'RSA-SHA256': rsaMethod('SHA-256'),
  PLAINTEXT: syncMethod('SHA-1', (key) => ({ digestHex: '', signature: key })),
};

/** True for a method the table knows; the name is case-sensitive, as RFC 5849 §3.4 spells it. */
export function isSignatureMethod(name: string): name is SignatureMethod {
  return Object.prototype.hasOwnProperty.call(SIGNATURE_METHOD_TABLE, name);
}
