/** Mistakes in the signing key of HMAC-SHA* and PLAINTEXT (RFC 5849 §3.4.2, §3.4.4). */
import { encodeLenient } from '../../percent.ts';
import { mistake, when } from './entry.ts';

export const KEY_MISTAKES = [
  mistake({
    id: 'key-ampersand-dropped', stage: 'key', step: 'key', rarity: 'common',
    title: 'Used the consumer secret alone as the key: no "&" after it (and no token secret, if there is one).',
    fix: 'The other side should build the key as consumer secret, "&", token secret — the "&" stays even when there is no token secret ("secret&"; RFC 5849 §3.4.2).',
    // With a token secret this is the bare consumer secret, which "token secret left out" ("secret&") does not cover.
    instances: () => when<'key'>(true, (key) => ({ ...key, token: '', ampersand: false })),
  }),
  mistake({
    id: 'key-token-secret-left-out', stage: 'key', step: 'key', rarity: 'common',
    title: 'Left the token secret out of the key ("secret&" instead of "secret&tokensecret").',
    fix: 'The other side should append the token secret it got with the token (RFC 5849 §3.4.2).',
    instances: (_ctx, k) => when(k.key.token !== '', (key) => ({ ...key, token: '' })),
  }),
  mistake({
    id: 'key-secrets-not-encoded', stage: 'key', step: 'key', rarity: 'common', group: 'key-secrets',
    title: 'Did not percent-encode the secrets in the key.',
    fix: 'The other side should percent-encode the consumer and token secrets before joining them with "&" (RFC 5849 §3.4.2).',
    instances: (_ctx, k) => {
      const changes = encodeLenient(k.key.consumer) !== k.key.consumer || encodeLenient(k.key.token) !== k.key.token;
      return when(changes, (key) => ({ ...key, secrets: 'raw' as const }));
    },
  }),
  mistake({
    id: 'key-secrets-encoded-twice', stage: 'key', step: 'key', rarity: 'rare', group: 'key-secrets',
    title: 'Percent-encoded the secrets twice in the key.',
    fix: 'The other side should percent-encode each secret once (RFC 5849 §3.4.2).',
    instances: (_ctx, k) => {
      const changes = encodeLenient(k.key.consumer).includes('%') || encodeLenient(k.key.token).includes('%');
      return when(changes, (key) => ({ ...key, secrets: 'twice' as const }));
    },
  }),
  mistake({
    id: 'key-secrets-swapped', stage: 'key', step: 'key', rarity: 'rare',
    title: 'Swapped the consumer secret and the token secret in the key.',
    fix: 'The other side should write the consumer secret first and the token secret after the "&" (RFC 5849 §3.4.2).',
    instances: (_ctx, k) => when(k.key.token !== '' && k.key.token !== k.key.consumer, (key) => ({ ...key, consumer: key.token, token: key.consumer })),
  }),
  mistake({
    id: 'key-stale-token-secret', stage: 'key', step: 'key', rarity: 'rare',
    title: 'Signed with a token secret from another step of the flow (e.g. the request-token secret), or with one where there is none yet.',
    fix: 'The other side should sign with the secret of the token this request sends, and with none before it has a token.',
    instances: (ctx, k) =>
      (ctx.input.otherTokenSecrets ?? [])
        .map((secret, i) => ({ secret, detail: `other token secret ${i + 1}` }))
        .filter(({ secret }) => secret !== k.key.token)
        .map(({ secret, detail }) => ({ apply: (key: typeof k.key) => ({ ...key, token: secret }), detail })),
  }),
  mistake({
    id: 'key-token-for-secret', stage: 'key', step: 'key', rarity: 'rare',
    title: 'Used the token (oauth_token) in the key where its secret belongs.',
    fix: 'The other side should put the token secret, not the token, after the "&" (RFC 5849 §3.4.2).',
    instances: (ctx, k) => {
      const token = ctx.collected.find((p) => p.name === 'oauth_token')?.value ?? '';
      return when(token !== '' && token !== k.key.token, (key) => ({ ...key, token }));
    },
  }),
  mistake({
    id: 'key-consumer-key-for-secret', stage: 'key', step: 'key', rarity: 'rare',
    title: 'Used the consumer key in the key where the consumer secret belongs.',
    fix: 'The other side should start the key with the consumer secret, not the consumer key (RFC 5849 §3.4.2).',
    instances: (ctx, k) => {
      const consumerKey = ctx.collected.find((p) => p.name === 'oauth_consumer_key')?.value ?? '';
      return when(consumerKey !== '' && consumerKey !== k.key.consumer, (key) => ({ ...key, consumer: consumerKey }));
    },
  }),
] as const;
