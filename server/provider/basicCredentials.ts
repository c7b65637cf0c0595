import { sameString } from '../shared/sameString.ts';
import { OAUTH2_CLIENTS, type OAuth2Client } from './clients.ts';
import { percentDecode } from './formEncoding.ts';

/** Which encoding of the id and secret inside Basic matched (reported in X-Sigstep-Client-Auth). */
export type BasicEncoding = 'raw' | 'form-encoded';

export type ClientAuthentication =
  | { readonly ok: true; readonly client: OAuth2Client; readonly encoding: BasicEncoding }
  | { readonly ok: false; readonly reason: string };

/**
 * `Authorization: Basic base64(id:secret)` (RFC 7617). RFC 6749 §2.3.1 says to
 * form-encode id and secret before joining them; OS Data Hub's documentation,
 * and most clients, do not. Both are accepted, because the point of this
 * provider is to show which one a client sent, not to fail it for either.
 */
export function authenticateBasic(authorization: string | undefined): ClientAuthentication {
  const match = /^\s*Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(authorization ?? '');
  if (match?.[1] === undefined) {
    return { ok: false, reason: authorization === undefined ? 'No Authorization header: send Authorization: Basic base64(client_id:client_secret).' : 'The Authorization header is not Basic with valid base64.' };
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { ok: false, reason: 'The Basic credentials have no ":" between client id and secret.' };
  const id = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  const raw = check(id, secret);
  if (raw !== undefined) return { ok: true, client: raw, encoding: 'raw' };
  const formId = formDecode(id);
  const formSecret = formDecode(secret);
  if (formId !== undefined && formSecret !== undefined) {
    const encoded = check(formId, formSecret);
    if (encoded !== undefined) return { ok: true, client: encoded, encoding: 'form-encoded' };
  }
  return { ok: false, reason: 'Unknown client id or wrong secret (tried both raw and RFC 6749 §2.3.1 form-encoded).' };
}

function check(id: string, secret: string): OAuth2Client | undefined {
  const client = OAUTH2_CLIENTS.get(id);
  return client !== undefined && sameString(client.clientSecret, secret) ? client : undefined;
}

/** application/x-www-form-urlencoded decoding of one value: '+' is a space. */
function formDecode(text: string): string | undefined {
  const decoded = percentDecode(text.replace(/\+/g, ' '));
  return decoded.ok ? decoded.value : undefined;
}
