/**
 * The signature methods, one table (nothing else switches on their names).
 * HMAC and RSA run on node:crypto over the provider's own base string; the
 * signing key is oauth-sign's `plaintext`, which is by definition
 * enc(consumer secret)&enc(token secret) (RFC 5849 §3.4.2).
 */
import { createHmac, verify } from 'node:crypto';
import { plaintext } from 'oauth-sign';
import { sameString } from '../shared/sameString.ts';
import type { OAuth1Client } from './clients.ts';

export interface SignatureCheck {
  readonly baseString: string;
  /** oauth_signature as received, already decoded from its placement. */
  readonly signature: string;
  readonly client: OAuth1Client;
  readonly tokenSecret: string;
}

interface SignatureMethod {
  /** Which kind of client credential the method needs. */
  readonly needs: OAuth1Client['kind'];
  /** PLAINTEXT may omit oauth_timestamp and oauth_nonce (RFC 5849 §3.1). */
  readonly needsTimestamp: boolean;
  verify(check: SignatureCheck): boolean;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function secretOf(client: OAuth1Client): string {
  return client.kind === 'secret' ? client.consumerSecret : '';
}

/** RFC 5849 §3.4.2 (HMAC-SHA1); SHA-256/512 are the same construction with another hash. */
function hmac(hash: 'sha1' | 'sha256' | 'sha512'): SignatureMethod {
  return {
    needs: 'secret',
    needsTimestamp: true,
    verify: ({ baseString, signature, client, tokenSecret }) =>
      sameString(createHmac(hash, plaintext(secretOf(client), tokenSecret)).update(baseString).digest('base64'), signature),
  };
}

/** RFC 5849 §3.4.3: RSASSA-PKCS1-v1_5 over the base string, checked with the client's public key. */
function rsa(hash: 'sha1' | 'sha256'): SignatureMethod {
  return {
    needs: 'rsa',
    needsTimestamp: true,
    verify: ({ baseString, signature, client }) => {
      if (client.kind !== 'rsa' || !BASE64.test(signature)) return false;
      try {
        return verify(hash, Buffer.from(baseString, 'utf8'), client.publicKeyPem, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}

/** RFC 5849 §3.4.4: the signature is the key itself. */
const PLAINTEXT: SignatureMethod = {
  needs: 'secret',
  needsTimestamp: false,
  verify: ({ signature, client, tokenSecret }) => sameString(plaintext(secretOf(client), tokenSecret), signature),
};

export const SIGNATURE_METHODS: ReadonlyMap<string, SignatureMethod> = new Map([
  ['HMAC-SHA1', hmac('sha1')],
  ['HMAC-SHA256', hmac('sha256')],
  ['HMAC-SHA512', hmac('sha512')],
  ['RSA-SHA1', rsa('sha1')],
  ['RSA-SHA256', rsa('sha256')],
  ['PLAINTEXT', PLAINTEXT],
]);

/** The methods a client can use, for the advice when it picks another. */
export function methodsFor(client: OAuth1Client): string[] {
  return [...SIGNATURE_METHODS].filter(([, m]) => m.needs === client.kind).map(([name]) => name);
}
