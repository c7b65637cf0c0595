/** Mistakes in the first two parts of the base string: the method (§3.4.1.1) and the base string URI (§3.4.1.2). */
import { mistake, when } from './entry.ts';

const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443' };

export const METHOD_MISTAKES = [
  mistake({
    id: 'method-lower-case', stage: 'method', step: 'method', rarity: 'rare',
    title: 'Wrote the HTTP method in lower case in the base string.',
    fix: 'The other side should upper-case the method in the base string (RFC 5849 §3.4.1.1).',
    instances: (_ctx, k) => when(k.method.toLowerCase() !== k.method, (m) => m.toLowerCase()),
  }),
  mistake({
    id: 'method-wrong', stage: 'method', step: 'method', rarity: 'common',
    title: 'Signed a different HTTP method from the one the request is sent with.',
    fix: 'The other side should sign the method it actually sends (a GET signature does not fit a POST).',
    instances: (_ctx, k) => {
      const others = k.method === 'POST' ? ['GET'] : k.method === 'GET' ? ['POST'] : ['GET', 'POST'];
      return others.map((m) => ({ apply: () => m, detail: `${m} instead of ${k.method}` }));
    },
  }),
] as const;

export const URI_MISTAKES = [
  mistake({
    id: 'uri-default-port-kept', stage: 'uri', step: 'uri', rarity: 'common',
    title: 'Wrote the default port (:80 for http, :443 for https) in the base string URI.',
    fix: 'The other side should drop the default port from the base string URI (RFC 5849 §3.4.1.2).',
    instances: (ctx, k) => {
      const port = DEFAULT_PORT[k.uri.scheme];
      if (port === undefined || k.uri.port !== '') return [];
      const typed = ctx.rawUri.port === port;
      return when(typed || ctx.rawUri.port === '', (u) => ({ ...u, port }), typed ? `kept :${port}` : `added :${port}`);
    },
  }),
  mistake({
    id: 'uri-case-kept', stage: 'uri', step: 'uri', rarity: 'rare',
    title: 'Kept the upper-case letters of the scheme or host in the base string URI.',
    fix: 'The other side should lower-case the scheme and host of the base string URI (RFC 5849 §3.4.1.2).',
    instances: (ctx, k) => {
      const { scheme, host } = ctx.rawUri;
      const onlyCase = scheme.toLowerCase() === k.uri.scheme && host.toLowerCase() === k.uri.host;
      return when(onlyCase && (scheme !== k.uri.scheme || host !== k.uri.host), (u) => ({ ...u, scheme, host }));
    },
  }),
  mistake({
    id: 'uri-query-kept', stage: 'uri', step: 'uri', rarity: 'common',
    title: 'Left the query string in the base string URI.',
    fix: 'The other side should cut the URI at "?" and sign the query parameters as parameters (RFC 5849 §3.4.1.2).',
    instances: (ctx) => when(ctx.rawUri.query !== '', (u) => ({ ...u, query: ctx.rawUri.query })),
  }),
  mistake({
    id: 'uri-trailing-slash-added', stage: 'uri', step: 'uri', rarity: 'rare',
    title: 'Added a trailing slash to the path in the base string URI.',
    fix: 'Both sides should sign the path exactly as the request sends it; here without the final "/".',
    instances: (_ctx, k) => when(k.uri.path !== '' && !k.uri.path.endsWith('/'), (u) => ({ ...u, path: `${u.path}/` })),
  }),
  mistake({
    id: 'uri-trailing-slash-lost', stage: 'uri', step: 'uri', rarity: 'rare',
    title: 'Lost the trailing slash of the path (or the root "/") in the base string URI.',
    fix: 'Both sides should sign the path exactly as the request sends it; here with the final "/".',
    instances: (_ctx, k) => when(k.uri.path.endsWith('/'), (u) => ({ ...u, path: u.path.slice(0, -1) })),
  }),
  mistake({
    id: 'uri-scheme-switched', stage: 'uri', step: 'uri', rarity: 'common',
    title: 'Signed the other scheme (http for https, or the reverse), as a server behind a TLS proxy sees it.',
    fix: 'The side behind the proxy should sign the scheme the client used (e.g. from X-Forwarded-Proto).',
    instances: (_ctx, k) => {
      const other = k.uri.scheme === 'https' ? 'http' : k.uri.scheme === 'http' ? 'https' : undefined;
      return other === undefined ? [] : when(true, (u) => ({ ...u, scheme: other }), `${other} instead of ${k.uri.scheme}`);
    },
  }),
] as const;
