/** Mistakes after the base string and key: the digest (RFC 5849 §3.4.2–§3.4.4) and how it is written and sent. */
import type { Context } from '../context.ts';
import type { DigestName } from '../pipeline.ts';
import { mistake, when } from './entry.ts';

const otherMethod = (name: DigestName) => (_ctx: Context, k: { digest: { method: DigestName | undefined } }) =>
  when<'digest'>(k.digest.method !== undefined && k.digest.method !== name, () => ({ method: name }));

const METHOD_FIX = 'Both sides should use the method oauth_signature_method names; one of them should switch.';

export const DIGEST_MISTAKES = [
  mistake({
    id: 'sig-hmac-sha1', stage: 'digest', step: 'signature', rarity: 'common', group: 'method',
    title: 'Signed with HMAC-SHA1 instead of the method the request names.', fix: METHOD_FIX,
    instances: otherMethod('HMAC-SHA1'),
  }),
  mistake({
    id: 'sig-hmac-sha256', stage: 'digest', step: 'signature', rarity: 'common', group: 'method',
    title: 'Signed with HMAC-SHA256 instead of the method the request names.', fix: METHOD_FIX,
    instances: otherMethod('HMAC-SHA256'),
  }),
  mistake({
    id: 'sig-hmac-sha512', stage: 'digest', step: 'signature', rarity: 'rare', group: 'method',
    title: 'Signed with HMAC-SHA512 instead of the method the request names.', fix: METHOD_FIX,
    instances: otherMethod('HMAC-SHA512'),
  }),
  mistake({
    id: 'sig-plaintext', stage: 'digest', step: 'signature', rarity: 'rare', group: 'method',
    title: 'Sent the key itself as the signature (PLAINTEXT) instead of the method the request names.', fix: METHOD_FIX,
    instances: otherMethod('PLAINTEXT'),
  }),
] as const;

const digested = (k: { digest: { method: DigestName | undefined } }): boolean => k.digest.method !== 'PLAINTEXT';

export const OUTPUT_MISTAKES = [
  mistake({
    id: 'sig-hex', stage: 'output', step: 'signature', rarity: 'rare', group: 'alphabet',
    title: 'Wrote the digest in hexadecimal instead of base64.',
    fix: 'The other side should base64-encode the raw digest bytes (RFC 5849 §3.4.2), not their hex string.',
    instances: (_ctx, k) => when(digested(k), (o) => ({ ...o, alphabet: 'hex' as const })),
  }),
  mistake({
    id: 'sig-base64url', stage: 'output', step: 'signature', rarity: 'rare', group: 'alphabet',
    title: 'Wrote the digest in base64url (- and _) instead of base64 (+ and /).',
    fix: 'The other side should use the standard base64 alphabet (RFC 2045, as RFC 5849 §3.4.2 requires).',
    instances: (_ctx, k) => when(digested(k), (o) => ({ ...o, alphabet: 'base64url' as const })),
  }),
  mistake({
    id: 'sig-base64-unpadded', stage: 'output', step: 'signature', rarity: 'rare',
    title: 'Dropped the "=" padding at the end of the base64 signature.',
    fix: 'The other side should keep the base64 padding (RFC 2045).',
    instances: (_ctx, k) => when(digested(k), (o) => ({ ...o, padding: false })),
  }),
  mistake({
    id: 'sig-percent-encoded', stage: 'output', step: 'signature', rarity: 'common', group: 'transport',
    title: 'The signature still carries a percent-encoding: it was encoded twice when sent, or copied from the request without decoding.',
    fix: 'The sending side should percent-encode oauth_signature exactly once (RFC 5849 §3.5); compare it decoded.',
    instances: () => when<'output'>(true, (o) => ({ ...o, transport: 'percent-encoded' as const })),
  }),
  mistake({
    id: 'sig-not-encoded', stage: 'output', step: 'signature', rarity: 'common', group: 'transport',
    title: 'Sent the signature without percent-encoding it, so the receiver decoded it into something else ("+" became a space).',
    fix: 'The sending side should percent-encode oauth_signature ("+" as %2B, "=" as %3D; RFC 5849 §3.5).',
    instances: (ctx) => {
      const header = ctx.signatureIn === 'header';
      return when(true, (o) => ({ ...o, transport: header ? 'header-decoded' as const : 'form-decoded' as const }),
        header ? 'in the Authorization header' : 'in a query string or form body');
    },
  }),
] as const;
