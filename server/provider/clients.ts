import { DEMO_OAUTH1, DEMO_OAUTH1_RSA, DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';

/** How a client proves itself: a shared secret (HMAC-*, PLAINTEXT) or an RSA key pair. */
export type OAuth1Client =
  | { readonly consumerKey: string; readonly name: string; readonly kind: 'secret'; readonly consumerSecret: string }
  | { readonly consumerKey: string; readonly name: string; readonly kind: 'rsa'; readonly publicKeyPem: string };

/** The registered OAuth 1.0a clients, from the same file the app's presets read. */
export const OAUTH1_CLIENTS: ReadonlyMap<string, OAuth1Client> = new Map<string, OAuth1Client>([
  [DEMO_OAUTH1.consumerKey, {
    consumerKey: DEMO_OAUTH1.consumerKey,
    name: 'sigstep demo client',
    kind: 'secret',
    consumerSecret: DEMO_OAUTH1.consumerSecret,
  }],
  [DEMO_OAUTH1_RSA.consumerKey, {
    consumerKey: DEMO_OAUTH1_RSA.consumerKey,
    name: 'sigstep demo RSA client',
    kind: 'rsa',
    publicKeyPem: DEMO_OAUTH1_RSA.publicKeyPem,
  }],
]);

export interface OAuth2Client {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly name: string;
}

export const OAUTH2_CLIENTS: ReadonlyMap<string, OAuth2Client> = new Map([
  [DEMO_OAUTH2.clientId, { clientId: DEMO_OAUTH2.clientId, clientSecret: DEMO_OAUTH2.clientSecret, name: 'sigstep demo project' }],
]);
