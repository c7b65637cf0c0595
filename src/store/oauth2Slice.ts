/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4): the fields the OS Data Hub preset
 * fills. The OAuth 2 view (issue 4) renders and fires them; extend this slice there.
 */
import { object, objectWithOptional, oneOf, str } from './shape.ts';
import type { SliceCreator } from './types.ts';

export const CLIENT_AUTH = ['basic', 'body'] as const;

export interface OAuth2Inputs {
  tokenUrl: string;
  clientId: string;
  /** a secret: same rules as the OAuth 1 secrets */
  clientSecret: string;
  /** RFC 6749 §2.3.1: HTTP Basic, or client_id/client_secret in the form body */
  clientAuth: (typeof CLIENT_AUTH)[number];
  scope: string;
}

export function defaultOAuth2(): OAuth2Inputs {
  return { tokenUrl: '', clientId: '', clientSecret: '', clientAuth: 'basic', scope: '' };
}

export interface OAuth2Slice {
  oauth2: OAuth2Inputs;
  setOAuth2<K extends keyof OAuth2Inputs>(key: K, value: OAuth2Inputs[K]): void;
}

export const createOAuth2Slice: SliceCreator<OAuth2Slice> = (set) => ({
  oauth2: defaultOAuth2(),
  setOAuth2: (key, value) => set((s) => ({ oauth2: { ...s.oauth2, [key]: value } })),
});

const shape = { tokenUrl: str, clientId: str, clientSecret: str, clientAuth: oneOf(CLIENT_AUTH), scope: str };
export const readOAuth2 = objectWithOptional<OAuth2Inputs, 'clientSecret'>(shape, ['clientSecret']);
export const readPublicOAuth2 = object<Omit<OAuth2Inputs, 'clientSecret'>>({
  tokenUrl: str,
  clientId: str,
  clientAuth: oneOf(CLIENT_AUTH),
  scope: str,
});
