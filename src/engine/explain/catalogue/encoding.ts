/**
 * Mistakes in percent-encoding (RFC 5849 §3.6). A wrong encoder is usually one
 * function used everywhere, so those mistakes change the names, values, URI,
 * second encoding and key alike; the "names/values not encoded" ones are local.
 */
import type { SourcedParam } from '../../types.ts';
import type { Context } from '../context.ts';
import { encodeLenient } from '../../percent.ts';
import { mistake, when } from './entry.ts';

/** Every text the encoder sees: names, values, the base string URI, the secrets. */
function anyText(ctx: Context, test: (s: string) => boolean): boolean {
  if (test(ctx.baseUri) || test(ctx.input.consumerSecret) || test(ctx.tokenSecret)) return true;
  return ctx.collected.some((p) => test(p.name) || test(p.value));
}

const anyValue = (ctx: Context, test: (p: SourcedParam) => boolean): boolean => ctx.collected.some(test);
const needsEncoding = (s: string): boolean => encodeLenient(s) !== s;
const nonAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
};

export const ENCODE_MISTAKES = [
  mistake({
    id: 'enc-latin1', stage: 'encode', step: 'encoding', rarity: 'rare',
    title: 'Percent-encoded non-ASCII characters as Latin-1 (é as %E9) instead of UTF-8 (%C3%A9).',
    fix: 'The other side should encode text as UTF-8 before percent-encoding it (RFC 5849 §3.6).',
    instances: (ctx) => when(anyText(ctx, nonAscii), (k) => ({ ...k, latin1: true })),
  }),
  mistake({
    id: 'enc-sub-delims-unencoded', stage: 'encode', step: 'encoding', rarity: 'common',
    title: "Left ! * ' ( ) unencoded, as JavaScript's encodeURIComponent does.",
    fix: "The other side should percent-encode ! * ' ( ) too (RFC 5849 §3.6: only A–Z a–z 0–9 - . _ ~ stay as they are).",
    instances: (ctx) => when(anyText(ctx, (s) => /[!*'()]/.test(s)), (k) => ({ ...k, subDelimsRaw: true })),
  }),
  mistake({
    id: 'enc-tilde-encoded', stage: 'encode', step: 'encoding', rarity: 'rare',
    title: 'Percent-encoded "~" as %7E (as PHP rawurlencode did before 5.3).',
    fix: 'The other side should leave "~" unencoded: it is unreserved (RFC 5849 §3.6).',
    instances: (ctx) => when(anyText(ctx, (s) => s.includes('~')), (k) => ({ ...k, tildeEncoded: true })),
  }),
  mistake({
    id: 'enc-space-as-plus', stage: 'encode', step: 'encoding', rarity: 'common',
    title: 'Encoded a space as "+" (form encoding) instead of %20.',
    fix: 'The other side should encode a space as %20 in the base string (RFC 5849 §3.6), e.g. rawurlencode rather than urlencode.',
    instances: (ctx) => when(anyText(ctx, (s) => s.includes(' ')), (k) => ({ ...k, plusForSpace: true })),
  }),
  mistake({
    id: 'enc-lower-case-hex', stage: 'encode', step: 'encoding', rarity: 'common',
    title: 'Wrote percent-encodings with lower-case hex digits (%2f instead of %2F).',
    fix: 'The other side should use upper-case hex digits in percent-encodings (RFC 5849 §3.6).',
    instances: () => when<'encode'>(true, (k) => ({ ...k, lowerHex: true })),
  }),
  mistake({
    id: 'enc-values-encoded-twice', stage: 'encode', step: 'encoding', rarity: 'common', group: 'values',
    title: 'Percent-encoded parameter values twice (pre-encoded values encoded again by the signer).',
    fix: 'The other side should hand the signer plain values and let it encode them once.',
    instances: (ctx) => when(anyValue(ctx, (p) => encodeLenient(p.value).includes('%')), (k) => ({ ...k, values: 'twice' as const })),
  }),
  mistake({
    id: 'enc-values-not-encoded', stage: 'encode', step: 'encoding', rarity: 'common', group: 'values',
    title: 'Did not percent-encode the parameter values before joining them.',
    fix: 'The other side should percent-encode each value before joining name=value pairs (RFC 5849 §3.4.1.3.2).',
    instances: (ctx) => when(anyValue(ctx, (p) => needsEncoding(p.value)), (k) => ({ ...k, values: 'raw' as const })),
  }),
  mistake({
    id: 'enc-names-not-encoded', stage: 'encode', step: 'encoding', rarity: 'rare',
    title: 'Did not percent-encode the parameter names (only the values).',
    fix: 'The other side should percent-encode names as well as values (RFC 5849 §3.4.1.3.2), e.g. app_id[] as app_id%5B%5D.',
    instances: (ctx) => when(anyValue(ctx, (p) => needsEncoding(p.name)), (k) => ({ ...k, names: 'raw' as const })),
  }),
] as const;

export const ASSEMBLE_MISTAKES = [
  mistake({
    id: 'enc-params-not-reencoded', stage: 'assemble', step: 'encoding', rarity: 'rare',
    title: 'Did not percent-encode the joined parameter string again when building the base string.',
    fix: 'The other side should percent-encode the whole normalised parameter string as the third part (RFC 5849 §3.4.1.1).',
    instances: (ctx) => when(ctx.collected.length > 0, () => ({ reencodeParams: false })),
  }),
] as const;
