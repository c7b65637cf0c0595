/** Where the signed protocol parameters travel, RFC 5849 §3.5.1–§3.5.3. */
import type { HttpRequest, Param, Placement } from './types.ts';
import { buildAuthorizationHeader } from './authHeader.ts';
import { encodeWellFormed } from './percent.ts';

export interface Placed {
  readonly request: HttpRequest;
  readonly authorizationHeader?: string;
}

/** `name=value&…` with RFC 5849 §3.6 encoding, which every form decoder reads back exactly. */
function formPairs(params: readonly Param[]): string {
  const pairs = new Array<string>(params.length);
  for (let i = 0; i < params.length; i++) {
    const [n, v] = params[i] as Param;
    pairs[i] = `${encodeWellFormed(n)}=${encodeWellFormed(v)}`;
  }
  return pairs.join('&');
}

/** RFC 5849 §3.5.3: appended to the query, before any fragment. */
function inQuery(url: string, pairs: string): string {
  const hash = url.indexOf('#');
  const head = hash === -1 ? url : url.slice(0, hash);
  const tail = hash === -1 ? '' : url.slice(hash);
  const q = head.indexOf('?');
  const sep = q === -1 ? '?' : q === head.length - 1 ? '' : '&';
  return `${head}${sep}${pairs}${tail}`;
}

/**
 * RFC 5849 §3.5: puts the signed oauth parameters where `placement` says. `headerOnly`
 * are non-oauth parameters that travel in the header (Akana's `scope`), after realm.
 */
export function place(
  unsigned: HttpRequest, placement: Placement, oauth: readonly Param[], headerOnly: readonly Param[], realm: string | undefined,
): Placed {
  const { method, url, headers, body } = unsigned;
  // Requests are written out field by field: spreading an object is a slow path in V8, and this runs per keystroke.
  if (placement === 'header') {
    const authorizationHeader = buildAuthorizationHeader([...headerOnly, ...oauth], realm);
    const withAuth: [string, string][] = [...headers, ['Authorization', authorizationHeader]];
    return { request: { method, url, headers: withAuth, body }, authorizationHeader };
  }
  if (placement === 'query') return { request: { method, url: inQuery(url, formPairs(oauth)), headers, body } };
  return { request: { method, url, headers, body: body === '' ? formPairs(oauth) : `${body}&${formPairs(oauth)}` } };
}
