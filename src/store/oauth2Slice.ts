/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) and the Bearer request that
 * follows (RFC 6750 §2.1). The inputs are what the user typed (persisted minus
 * the secret); the session — what was sent, what came back, the access token
 * obtained — lives only in memory.
 */
import { bool, object, objectWithOptional, oneOf, str, type Check } from './shape.ts';
import type { Run } from './flowFire.ts';
import type { SliceCreator, StoreEnv } from './types.ts';

export const CLIENT_AUTH = ['basic', 'body'] as const;

export interface OAuth2Inputs {
  tokenUrl: string;
  clientId: string;
  /** a secret: same rules as the OAuth 1 secrets */
  clientSecret: string;
  /** RFC 6749 §2.3.1: HTTP Basic, or client_id/client_secret in the form body */
  clientAuth: (typeof CLIENT_AUTH)[number];
  scope: string;
  /** RFC 6749 §2.3.1: form-encode id and secret before joining them for Basic (OS Data Hub takes them raw) */
  formEncodeCredentials: boolean;
  /** an API that wants `Authorization: Bearer …` */
  resourceUrl: string;
}

export function defaultOAuth2(): OAuth2Inputs {
  return { tokenUrl: '', clientId: '', clientSecret: '', clientAuth: 'basic', scope: '', formEncodeCredentials: true, resourceUrl: '' };
}

export type OAuth2RunId = 'token' | 'resource';

/** Not persisted: answers and the token they carried. */
export interface OAuth2Session {
  runs: Partial<Record<OAuth2RunId, Run>>;
  /** from the last token answer, editable; a secret, so never stored */
  accessToken: string;
}

export interface OAuth2Slice {
  oauth2: OAuth2Inputs;
  oauth2Session: OAuth2Session;
  setOAuth2<K extends keyof OAuth2Inputs>(key: K, value: OAuth2Inputs[K]): void;
  setOAuth2AccessToken(token: string): void;
  /** fires the token request (or, for 'resource', the Bearer request) directly or through the relay */
  sendOAuth2(which: OAuth2RunId, via: 'direct' | 'relay'): Promise<void>;
}

export function createOAuth2Slice(env: StoreEnv): SliceCreator<OAuth2Slice> {
  return (set, get) => {
    const setRun = (which: OAuth2RunId, run: Run) =>
      set((s) => ({ oauth2Session: { ...s.oauth2Session, runs: { ...s.oauth2Session.runs, [which]: run } } }));
    return {
      oauth2: defaultOAuth2(),
      oauth2Session: { runs: {}, accessToken: '' },
      setOAuth2: (key, value) => set((s) => ({ oauth2: { ...s.oauth2, [key]: value } })),
      setOAuth2AccessToken: (accessToken) => set((s) => ({ oauth2Session: { ...s.oauth2Session, accessToken } })),
      async sendOAuth2(which, via) {
        const code = await import('./sendingCode.ts');
        const s = get();
        const request = which === 'token' ? code.buildTokenRequest(s.oauth2).request : code.buildBearerRequest(s.oauth2, s.oauth2Session.accessToken);
        const run = await code.fireRequest({ request, via, env, get, set, onStart: (r) => setRun(which, r) });
        // A later click may have started another run; only the newest one lands.
        if (get().oauth2Session.runs[which]?.id !== run.id) return;
        setRun(which, run);
        if (which !== 'token' || run.outcome?.ok !== true) return;
        const answer = code.readTokenAnswer(run.outcome.response);
        if (answer?.accessToken !== undefined) {
          const accessToken = answer.accessToken;
          set((st) => ({ oauth2Session: { ...st.oauth2Session, accessToken } }));
        }
      },
    };
  };
}

/** The inputs without the client secret: what share links carry, and what is stored unless secrets are remembered. */
export type PublicOAuth2Inputs = Omit<OAuth2Inputs, 'clientSecret'>;

export function publicOAuth2(o: OAuth2Inputs): PublicOAuth2Inputs {
  const { clientSecret: _secret, ...rest } = o;
  return rest;
}

/** The fields added with the OAuth 2 view: a stored state or share link from before it gets their defaults. */
const withDefaults = <T extends object>(read: Check<T>): Check<T & Pick<OAuth2Inputs, 'formEncodeCredentials' | 'resourceUrl'>> => (u) => {
  const base = read(u);
  if (base === undefined) return undefined;
  const rec = u as Record<string, unknown>;
  const d = defaultOAuth2();
  const formEncodeCredentials = rec.formEncodeCredentials === undefined ? d.formEncodeCredentials : bool(rec.formEncodeCredentials);
  const resourceUrl = rec.resourceUrl === undefined ? d.resourceUrl : str(rec.resourceUrl);
  if (formEncodeCredentials === undefined || resourceUrl === undefined) return undefined;
  return { ...base, formEncodeCredentials, resourceUrl };
};

const shape = { tokenUrl: str, clientId: str, clientSecret: str, clientAuth: oneOf(CLIENT_AUTH), scope: str };
export const readOAuth2: Check<OAuth2Inputs> = withDefaults(
  objectWithOptional<Omit<OAuth2Inputs, 'formEncodeCredentials' | 'resourceUrl'>, 'clientSecret'>(shape, ['clientSecret']),
);
export const readPublicOAuth2: Check<PublicOAuth2Inputs> = withDefaults(
  object<Omit<PublicOAuth2Inputs, 'formEncodeCredentials' | 'resourceUrl'>>({
    tokenUrl: str,
    clientId: str,
    clientAuth: oneOf(CLIENT_AUTH),
    scope: str,
  }),
);
