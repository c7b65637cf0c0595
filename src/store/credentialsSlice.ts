/** Client and token credentials. The secrets here never leave the device unless the user says so. */
import { freshen } from './freshen.ts';
import { bool, object, objectWithOptional, str } from './shape.ts';
import type { SliceCreator, StoreEnv } from './types.ts';

export interface CredentialInputs {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  /** PEM, for RSA-SHA1 / RSA-SHA256 signing */
  privateKeyPem: string;
  /** PEM, to check an RSA-signed pasted request without the private key (not a secret) */
  publicKeyPem: string;
  /** "Remember secrets on this device": off by default */
  rememberSecrets: boolean;
}

/** The fields that are secrets: kept out of localStorage (unless remembered), share links and exports. */
export const SECRET_FIELDS = ['consumerSecret', 'tokenSecret', 'privateKeyPem'] as const;
export type SecretField = (typeof SECRET_FIELDS)[number];

export function defaultCredentials(): CredentialInputs {
  return {
    consumerKey: 'my-consumer-key',
    consumerSecret: '',
    token: '',
    tokenSecret: '',
    privateKeyPem: '',
    publicKeyPem: '',
    rememberSecrets: false,
  };
}

type Editable = Omit<CredentialInputs, 'rememberSecrets'>;

export interface CredentialsSlice {
  credentials: CredentialInputs;
  setCredential<K extends keyof Editable>(key: K, value: Editable[K]): void;
  setRememberSecrets(remember: boolean): void;
}

export function createCredentialsSlice(env: StoreEnv): SliceCreator<CredentialsSlice> {
  return (set) => ({
    credentials: defaultCredentials(),
    setCredential: (key, value) =>
      set((s) => ({ credentials: { ...s.credentials, [key]: value }, protocol: freshen(s.protocol, env) })),
    setRememberSecrets: (rememberSecrets) => set((s) => ({ credentials: { ...s.credentials, rememberSecrets } })),
  });
}

export type PublicCredentials = Omit<CredentialInputs, SecretField>;

export function withoutSecrets(c: CredentialInputs): PublicCredentials {
  return { consumerKey: c.consumerKey, token: c.token, publicKeyPem: c.publicKeyPem, rememberSecrets: c.rememberSecrets };
}

/** Stored credentials: the secrets are there only if they were remembered. */
export const readCredentials = objectWithOptional<CredentialInputs, SecretField>(
  {
    consumerKey: str,
    consumerSecret: str,
    token: str,
    tokenSecret: str,
    privateKeyPem: str,
    publicKeyPem: str,
    rememberSecrets: bool,
  },
  SECRET_FIELDS,
);

export const readPublicCredentials = object<Omit<PublicCredentials, 'rememberSecrets'>>({
  consumerKey: str,
  token: str,
  publicKeyPem: str,
});
