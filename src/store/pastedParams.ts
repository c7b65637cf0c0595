/**
 * Reads the parameters a pasted request carries, with where each came from:
 * the query, an `Authorization: OAuth` header, or a form body. Used to fill the
 * Sign inputs from a paste and to know, before verifying, whether there is a
 * signature to check and with which method.
 */
import { parseAuthorizationHeader } from '../engine/authHeader.ts';
import type { HttpRequest } from '../engine/types.ts';
import { decodeForm, splitUrl } from './formDecode.ts';
import type { RowSource } from './requestSlice.ts';

export interface PastedParam {
  readonly name: string;
  readonly value: string;
  readonly source: RowSource;
}

export interface PastedParams {
  readonly params: readonly PastedParam[];
  readonly realm?: string;
  readonly contentType?: string;
  /** the oauth_signature the paste carries, decoded */
  readonly signature?: string;
  /** where the oauth_* parameters were */
  readonly placement?: RowSource;
}

export function header(req: HttpRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  return req.headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

export function isFormContentType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

export function readPastedParams(req: HttpRequest): PastedParams {
  const params: PastedParam[] = [];
  let realm: string | undefined;
  for (const [name, value] of decodeForm(splitUrl(req.url).query)) params.push({ name, value, source: 'query' });
  const auth = header(req, 'authorization');
  if (auth !== undefined) {
    const parsed = parseAuthorizationHeader(auth);
    if (parsed.ok) {
      realm = parsed.value.realm;
      for (const [name, value] of parsed.value.params) params.push({ name, value, source: 'header' });
    }
  }
  const contentType = header(req, 'content-type');
  if (req.body !== '' && isFormContentType(contentType)) {
    for (const [name, value] of decodeForm(req.body)) params.push({ name, value, source: 'body' });
  }
  const signed = params.find((p) => p.name === 'oauth_signature');
  const oauth = signed ?? params.find((p) => p.name.startsWith('oauth_'));
  return {
    params,
    ...(realm === undefined ? {} : { realm }),
    ...(contentType === undefined ? {} : { contentType }),
    ...(signed ? { signature: signed.value } : {}),
    ...(oauth ? { placement: oauth.source } : {}),
  };
}
