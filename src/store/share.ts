/**
 * "Copy share link": the inputs minus every secret (and the Flow tab's tokens), as base64url JSON in the
 * URL fragment (`#s=…`). The fragment never reaches a server. The pasted text of
 * check mode is left out on purpose: a pasted curl or raw request can carry
 * credentials sigstep cannot reliably recognise (Basic auth, cookies, API keys).
 */
import { readPublicCredentials, type PublicCredentials } from './credentialsSlice.ts';
import { readSharedFlow, sharedFlow, type SharedFlow } from './flowPersistence.ts';
import { readPublicOAuth2, type OAuth2Inputs } from './oauth2Slice.ts';
import { readProtocol, type ProtocolInputs } from './protocolSlice.ts';
import { readRequest, type RequestInputs } from './requestSlice.ts';
import { objectWithOptional, oneOf } from './shape.ts';
import type { AppState } from './types.ts';
import { TAB_IDS, type TabId } from './uiSlice.ts';

export const SHARE_PREFIX = '#s=';
export const BAD_SHARE_NOTICE = 'The share link could not be read, so sigstep started from defaults.';

export interface SharedState {
  v: 1;
  request: RequestInputs;
  protocol: ProtocolInputs;
  credentials: Omit<PublicCredentials, 'rememberSecrets'>;
  oauth2: Omit<OAuth2Inputs, 'clientSecret'>;
  /** absent from links made before the Flow tab was shared */
  flow?: SharedFlow;
  tab: TabId;
}

export function toSharedState(s: AppState): SharedState {
  const { consumerKey, token, publicKeyPem } = s.credentials;
  const { tokenUrl, clientId, clientAuth, scope, formEncodeCredentials, resourceUrl } = s.oauth2;
  return {
    v: 1,
    request: s.request,
    protocol: s.protocol,
    credentials: { consumerKey, token, publicKeyPem },
    oauth2: { tokenUrl, clientId, clientAuth, scope, formEncodeCredentials, resourceUrl },
    flow: sharedFlow(s.flow),
    // check mode's paste is not shared; its request was copied into the Sign inputs
    tab: s.ui.activeTab === 'check' ? 'sign' : s.ui.activeTab,
  };
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    // A plain loop: Uint8Array.from with a map function took a second for a 1 MiB link.
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The fragment, `#s=…`, for the current inputs. */
export function shareFragment(s: AppState): string {
  return SHARE_PREFIX + base64UrlEncode(JSON.stringify(toSharedState(s)));
}

const readShared = objectWithOptional<SharedState, 'flow'>({
  v: (u) => (u === 1 ? 1 : undefined),
  request: readRequest,
  protocol: readProtocol,
  credentials: readPublicCredentials,
  oauth2: readPublicOAuth2,
  flow: readSharedFlow,
  tab: oneOf(TAB_IDS),
}, ['flow']);

/** undefined: the hash is not a share link at all; null: it is one, but unreadable. */
export function readShareFragment(hash: string): SharedState | null | undefined {
  if (!hash.startsWith(SHARE_PREFIX)) return undefined;
  const json = base64UrlDecode(hash.slice(SHARE_PREFIX.length));
  if (json === undefined) return null;
  try {
    return readShared(JSON.parse(json)) ?? null;
  } catch {
    return null;
  }
}
