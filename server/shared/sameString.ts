import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Constant-time string equality for secrets, signatures and tokens. Both sides
 * are hashed first so that neither the content nor the length leaks through timing.
 */
export function sameString(a: string, b: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b)) && a === b;
}
