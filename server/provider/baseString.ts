/**
 * The signature base string, built from what actually arrived on the socket.
 * Written here from RFC 5849 rather than imported from src/engine, on purpose:
 * the provider is the engine's referee, and a referee that shares the player's
 * code shares its bugs.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { percentEncode, type Pair } from './formEncoding.ts';

const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443' };

/**
 * RFC 5849 §3.4.1.2: scheme and host lower-case, default port dropped, path as
 * sent (prefix included when mounted under one), no query. The scheme comes from
 * X-Forwarded-Proto when a proxy in front terminated TLS.
 */
export function baseStringUri(headers: IncomingHttpHeaders, path: string, encrypted: boolean): string | undefined {
  const forwarded = String(headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  const scheme = forwarded === 'http' || forwarded === 'https' ? forwarded : encrypted ? 'https' : 'http';
  // RFC 3986 §3.2.2: an IP literal in brackets, or a reg-name; then an optional port.
  const host = /^(\[[0-9a-f:.]+\]|[a-z0-9\-._~%!$&'()*+,;=]+)(?::(\d*))?$/.exec((headers.host ?? '').trim().toLowerCase());
  if (host === null || host[1] === undefined) return undefined;
  const port = host[2] === undefined || host[2] === '' || host[2] === DEFAULT_PORT[scheme] ? '' : `:${host[2]}`;
  return `${scheme}://${host[1]}${port}${path === '' ? '/' : path}`;
}

/** RFC 5849 §3.4.1.3.2: encode each name and value, sort by name then value (byte order), join. */
export function normalizeParameters(params: readonly Pair[]): string {
  return params
    .map(([n, v]) => [percentEncode(n), percentEncode(v)] as const)
    .sort(([an, av], [bn, bv]) => (an < bn ? -1 : an > bn ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([n, v]) => `${n}=${v}`)
    .join('&');
}

/** RFC 5849 §3.4.1.1: METHOD&enc(base string URI)&enc(normalized parameters). */
export function signatureBaseString(method: string, uri: string, params: readonly Pair[]): string {
  return [method.toUpperCase(), uri, normalizeParameters(params)].map(percentEncode).join('&');
}
