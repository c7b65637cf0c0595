/** The HMAC-SHA* and PLAINTEXT key, RFC 5849 §3.4.2 / §3.4.4. */
import type { SigningKeyParts } from './types.ts';
import { encodeLenient } from './percent.ts';

/** RFC 5849 §3.4.2: encoded consumer secret, `&` (always, even with no token secret), encoded token secret. */
export function signingKeyParts(consumerSecret: string, tokenSecret = ''): SigningKeyParts {
  const consumerSecretEncoded = encodeLenient(consumerSecret);
  const tokenSecretEncoded = encodeLenient(tokenSecret);
  return { consumerSecretEncoded, tokenSecretEncoded, key: `${consumerSecretEncoded}&${tokenSecretEncoded}` };
}

/** RFC 5849 §3.4.2 */
export function signingKey(consumerSecret: string, tokenSecret?: string): string {
  return signingKeyParts(consumerSecret, tokenSecret).key;
}
