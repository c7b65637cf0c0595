import { randomBytes } from 'node:crypto';

/** An unguessable URL-safe value for tokens, secrets and verifiers. */
export function randomToken(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}
