/**
 * Mistakes in the parameters of the base string (RFC 5849 §3.4.1.3): which are
 * collected, how they are sorted, how they are joined.
 */
import type { Param, SourcedParam } from '../../types.ts';
import { encodeLenient } from '../../percent.ts';
import { mistake, when } from './entry.ts';

type Fields = readonly SourcedParam[];

/** Parameters the other side added get negative refs, so they never collide with ours. */
const added = (params: readonly Param[], source: SourcedParam['source'], from = -1): SourcedParam[] =>
  params.map(([name, value], i) => ({ ref: from - i, name, value, source }));

const has = (fields: Fields, test: (p: SourcedParam) => boolean): boolean => fields.some(test);
const named = (fields: Fields, name: string): SourcedParam | undefined => fields.find((p) => p.name === name);

/** Keeps one parameter per name: the first or the last, where it stood. */
function collapse(fields: Fields, keep: 'first' | 'last'): Fields {
  const chosen = new Map<string, SourcedParam>();
  for (const p of fields) if (keep === 'last' || !chosen.has(p.name)) chosen.set(p.name, p);
  return fields.filter((p) => chosen.get(p.name) === p);
}

/** Inserts before the first Authorization header parameter (realm is written first in a header). */
function beforeHeader(fields: Fields, p: SourcedParam): Fields {
  const at = fields.findIndex((f) => f.source === 'header');
  return at === -1 ? [...fields, p] : [...fields.slice(0, at), p, ...fields.slice(at)];
}

const hasDuplicates = (fields: Fields): boolean => new Set(fields.map((p) => p.name)).size !== fields.length;

export const COLLECT_MISTAKES = [
  mistake({
    id: 'params-query-left-out', stage: 'collect', step: 'parameters', rarity: 'common',
    title: 'Left the query-string parameters out of the signature.',
    fix: 'The other side should sign the query parameters along with the oauth_* ones (RFC 5849 §3.4.1.3.1).',
    instances: (ctx) => when(has(ctx.collected, (p) => p.source === 'query'), (f) => f.filter((p) => p.source !== 'query')),
  }),
  mistake({
    id: 'params-body-left-out', stage: 'collect', step: 'parameters', rarity: 'common',
    title: 'Left the form-body parameters out of the signature.',
    fix: 'The other side should sign every parameter of an application/x-www-form-urlencoded body (RFC 5849 §3.4.1.3.1).',
    instances: (ctx) => when(has(ctx.collected, (p) => p.source === 'body'), (f) => f.filter((p) => p.source !== 'body')),
  }),
  mistake({
    id: 'params-json-body-included', stage: 'collect', step: 'parameters', rarity: 'rare',
    title: 'Signed the fields of a JSON body as if they were parameters.',
    fix: 'The other side should leave a body that is not a form out of the base string (RFC 5849 §3.4.1.3.1); oauth_body_hash covers it.',
    instances: (ctx) => when(ctx.jsonFields.length > 0, (f) => [...f, ...added(ctx.jsonFields, 'body', -100)]),
  }),
  mistake({
    id: 'params-untyped-body-included', stage: 'collect', step: 'parameters', rarity: 'rare',
    title: 'Signed the body fields although the request does not declare a form body (Content-Type application/x-www-form-urlencoded).',
    fix: 'Send the body with Content-Type: application/x-www-form-urlencoded, or the other side should stop signing it (RFC 5849 §3.4.1.3.1).',
    instances: (ctx) => when(ctx.untypedFormFields.length > 0, (f) => [...f, ...added(ctx.untypedFormFields, 'body', -100)]),
  }),
  mistake({
    id: 'params-realm-included', stage: 'collect', step: 'parameters', rarity: 'common',
    title: 'Signed the realm of the Authorization header.',
    fix: 'The other side should leave realm out of the base string (RFC 5849 §3.4.1.3.1).',
    instances: (ctx) => {
      const realm = ctx.realm;
      return realm === undefined ? [] : when(true, (f) => beforeHeader(f, { ref: -1, name: 'realm', value: realm, source: 'header' }));
    },
  }),
  mistake({
    id: 'params-signature-included', stage: 'collect', step: 'parameters', rarity: 'rare',
    title: 'Signed oauth_signature itself along with the other parameters.',
    fix: 'The side that signs or checks should leave oauth_signature out of the base string (RFC 5849 §3.4.1.3.1).',
    instances: (ctx) => {
      const value = ctx.carriedSignature ?? '';
      const detail = ctx.carriedSignature === undefined ? 'with an empty value' : 'with the value the request carries';
      return when(true, (f) => [...f, ...added([['oauth_signature', value]], 'oauth', -2)], detail);
    },
  }),
  mistake({
    id: 'params-extra-header-left-out', stage: 'collect', step: 'parameters', rarity: 'common',
    title: 'Left the non-oauth parameters of the Authorization header (such as scope) out of the signature.',
    fix: 'The other side should sign every Authorization header parameter except realm (RFC 5849 §3.4.1.3.1).',
    instances: (ctx) => {
      const extra = (p: SourcedParam): boolean => p.source === 'header' && !p.name.startsWith('oauth_');
      return when(has(ctx.collected, extra), (f) => f.filter((p) => !extra(p)));
    },
  }),
  mistake({
    id: 'params-version-added', stage: 'collect', step: 'parameters', rarity: 'common',
    title: 'Signed oauth_version=1.0, which the request does not send.',
    fix: 'The side that signs should send every parameter it signs: add oauth_version=1.0 to the request, or stop signing it.',
    instances: (ctx) => when(named(ctx.collected, 'oauth_version') === undefined, (f) => [...f, ...added([['oauth_version', '1.0']], 'oauth', -3)]),
  }),
  mistake({
    id: 'params-version-dropped', stage: 'collect', step: 'parameters', rarity: 'common',
    title: 'Left oauth_version out of the signature although the request sends it.',
    fix: 'The other side should sign oauth_version like every other parameter it receives (RFC 5849 §3.4.1.3.1).',
    instances: (ctx) => when(named(ctx.collected, 'oauth_version') !== undefined, (f) => f.filter((p) => p.name !== 'oauth_version')),
  }),
  mistake({
    id: 'params-callback-encoded-twice', stage: 'collect', step: 'parameters', rarity: 'common',
    title: 'Percent-encoded oauth_callback before handing it to the signer, so it was encoded twice.',
    fix: 'The other side should give the signer the plain callback URL and let it encode it once.',
    instances: (ctx) => {
      const cb = named(ctx.collected, 'oauth_callback');
      const twice = (p: SourcedParam): SourcedParam => (p.name === 'oauth_callback' ? { ...p, value: encodeLenient(p.value) } : p);
      return when(cb !== undefined && encodeLenient(cb.value) !== cb.value, (f) => f.map(twice));
    },
  }),
  mistake({
    id: 'params-duplicates-last', stage: 'collect', step: 'parameters', rarity: 'common', group: 'duplicates',
    title: 'Kept only the last of the parameters that share a name (as a map or a PHP array does).',
    fix: 'The other side should sign every occurrence of a repeated parameter, sorted by value (RFC 5849 §3.4.1.3.2).',
    instances: (ctx) => when(hasDuplicates(ctx.collected), (f) => collapse(f, 'last')),
  }),
  mistake({
    id: 'params-duplicates-first', stage: 'collect', step: 'parameters', rarity: 'rare', group: 'duplicates',
    title: 'Kept only the first of the parameters that share a name.',
    fix: 'The other side should sign every occurrence of a repeated parameter, sorted by value (RFC 5849 §3.4.1.3.2).',
    instances: (ctx) => when(hasDuplicates(ctx.collected), (f) => collapse(f, 'first')),
  }),
  mistake({
    id: 'params-empty-dropped', stage: 'collect', step: 'parameters', rarity: 'rare',
    title: 'Dropped the parameters with an empty value.',
    fix: 'The other side should sign empty parameters as "name=" (RFC 5849 §3.4.1.3.1 keeps them).',
    instances: (ctx) => when(has(ctx.collected, (p) => p.value === ''), (f) => f.filter((p) => p.value !== '')),
  }),
  mistake({
    id: 'params-empty-token-added', stage: 'collect', step: 'parameters', rarity: 'rare',
    title: 'Signed an empty oauth_token that the request does not send.',
    fix: 'The side that signs should leave oauth_token out entirely when there is no token yet, or send it empty.',
    instances: (ctx) => when(named(ctx.collected, 'oauth_token') === undefined, (f) => [...f, ...added([['oauth_token', '']], 'oauth', -4)]),
  }),
  mistake({
    id: 'params-timestamp-unit', stage: 'collect', step: 'parameters', rarity: 'rare',
    title: 'Signed oauth_timestamp in milliseconds where the request sends seconds (or the reverse).',
    fix: 'Both sides should use whole seconds since 1970 for oauth_timestamp (RFC 5849 §3.3), and sign the value they send.',
    instances: (ctx) => {
      const ts = named(ctx.collected, 'oauth_timestamp')?.value ?? '';
      const other = /^\d{1,10}$/.test(ts) ? `${ts}000` : /^\d{13}$/.test(ts) ? ts.slice(0, -3) : undefined;
      if (other === undefined) return [];
      const swap = (p: SourcedParam): SourcedParam => (p.name === 'oauth_timestamp' ? { ...p, value: other } : p);
      return when(true, (f) => f.map(swap), other.length > ts.length ? 'milliseconds for seconds' : 'seconds for milliseconds');
    },
  }),
  mistake({
    id: 'enc-plus-kept-literal', stage: 'collect', step: 'encoding', rarity: 'common',
    title: 'Read "+" in the query or form body as a plus sign, where it means a space (signed %2B instead of %20).',
    fix: 'The side that reads the query or body should decode "+" as a space (application/x-www-form-urlencoded), and send a real plus as %2B.',
    instances: (ctx) => {
      const swap = (p: SourcedParam): SourcedParam => {
        const l = ctx.literalPlus.get(p.ref);
        return l === undefined ? p : { ...p, name: l[0], value: l[1] };
      };
      return when(ctx.literalPlus.size > 0, (f) => f.map(swap));
    },
  }),
] as const;

export const SORT_MISTAKES = [
  mistake({
    id: 'params-not-sorted', stage: 'sort', step: 'parameters', rarity: 'common', group: 'sort',
    title: 'Did not sort the parameters: signed them in the order they appear in the request.',
    fix: 'The other side should sort the encoded parameters by name, then value, in byte order (RFC 5849 §3.4.1.3.2).',
    instances: (ctx) => when(ctx.collected.length > 1, () => 'none' as const),
  }),
  mistake({
    id: 'params-sorted-by-name-only', stage: 'sort', step: 'parameters', rarity: 'common', group: 'sort',
    title: 'Sorted the parameters by name only, leaving repeated names in request order instead of sorting them by value.',
    fix: 'The other side should sort parameters with the same name by their encoded value (RFC 5849 §3.4.1.3.2).',
    instances: (ctx) => when(hasDuplicates(ctx.collected), () => 'name-only' as const),
  }),
  mistake({
    id: 'params-sorted-before-encoding', stage: 'sort', step: 'parameters', rarity: 'rare', group: 'sort',
    title: 'Sorted the parameters before percent-encoding them instead of after.',
    fix: 'The other side should sort the encoded names and values (RFC 5849 §3.4.1.3.2), not the raw ones.',
    instances: (ctx) => when(ctx.collected.length > 1, () => 'decoded' as const),
  }),
] as const;

export const JOIN_MISTAKES = [
  mistake({
    id: 'params-empty-without-equals', stage: 'join', step: 'parameters', rarity: 'rare',
    title: 'Wrote a parameter with an empty value as "name" instead of "name=".',
    fix: 'The other side should keep the "=" of an empty parameter (RFC 5849 §3.4.1.3.2).',
    instances: (ctx) => when(has(ctx.collected, (p) => p.value === ''), () => ({ bareEmpty: true })),
  }),
] as const;
