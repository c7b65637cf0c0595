/**
 * The three-legged flow (RFC 5849 §2): temporary credentials → the user
 * authorizes at the provider → token credentials → a protected resource.
 * `flow` is what the user typed or a step carried forward (persisted, minus the
 * secrets unless they are remembered); `flowSession` is per step: its nonce and
 * timestamp, what was sent and what came back, the nonces sent so far — memory only.
 */
import type { Placement, SignatureMethod } from '../engine/types.ts';
import { DEMO_OAUTH1, DEMO_OAUTH1_RSA, RELAY_MOUNT } from '../providers/demoCredentials.ts';
import { getPresets, type OAuth1Preset } from '../providers/presets.ts';
import type { RelayInputs, Run, Via } from './flowFire.ts';
import { nowSeconds } from './freshen.ts';
import { isRsa } from './selectors.ts';
import type { SliceCreator, StoreEnv } from './types.ts';

export const FLOW_STEPS = ['initiate', 'token', 'resource'] as const;
export type FlowStepId = (typeof FLOW_STEPS)[number];

export interface FlowEndpoint {
  method: string;
  url: string;
}

export interface FlowInputs {
  initiate: FlowEndpoint;
  /** RFC 5849 §2.2: where the user is sent with the request token */
  authorizeUrl: string;
  token: FlowEndpoint;
  resource: FlowEndpoint;
  placement: Placement;
  signatureMethod: SignatureMethod;
  includeVersion: boolean;
  consumerKey: string;
  consumerSecret: string;
  privateKeyPem: string;
  /** oauth_callback; by default the app's own callback route, which hands the verifier back */
  callback: string;
  /** carried from step 1 (editable) */
  requestToken: string;
  requestTokenSecret: string;
  /** from the callback, or pasted */
  verifier: string;
  /** carried from step 3 (editable) */
  accessToken: string;
  accessTokenSecret: string;
}

/** Secrets: kept out of localStorage unless "Remember secrets" is on. Token secrets obtained in the flow count. */
export const FLOW_SECRET_FIELDS = ['consumerSecret', 'privateKeyPem', 'requestTokenSecret', 'accessTokenSecret'] as const;
export type FlowSecret = (typeof FLOW_SECRET_FIELDS)[number];

/** A step's oauth_nonce and oauth_timestamp. Not kept: both are renewed each time the step is sent. */
export interface StepClock {
  nonce: string;
  timestamp: string;
  keep: boolean;
}

export interface CallbackParams {
  oauthToken?: string;
  oauthVerifier?: string;
  /** the provider's "denied" parameter: the user refused */
  denied?: string;
}

export interface FlowSession {
  clocks: Record<FlowStepId, StepClock>;
  runs: Partial<Record<FlowStepId, Run>>;
  /** every nonce sent in this session, to warn before one is sent twice */
  sentNonces: ReadonlySet<string>;
  /** what the last callback said, in words */
  callbackNote: { readonly text: string; readonly ok: boolean } | null;
}

/** The app's own callback route (src/ui/callback): it hands oauth_token and oauth_verifier back to this tab. */
export function callbackUrl(origin: string): string {
  return `${origin}${import.meta.env.BASE_URL}callback`;
}

export function defaultRelay(origin: string): RelayInputs {
  return { relayUrl: `${origin}${RELAY_MOUNT}`, relayToken: '' };
}

export function defaultFlow(env: StoreEnv): FlowInputs {
  return {
    initiate: { method: 'POST', url: '' },
    authorizeUrl: '',
    token: { method: 'POST', url: '' },
    resource: { method: 'GET', url: '' },
    placement: 'header',
    signatureMethod: 'HMAC-SHA1',
    includeVersion: true,
    consumerKey: '',
    consumerSecret: '',
    privateKeyPem: '',
    callback: callbackUrl(env.origin),
    requestToken: '',
    requestTokenSecret: '',
    verifier: '',
    accessToken: '',
    accessTokenSecret: '',
  };
}

const newClock = (env: StoreEnv): StepClock => ({ nonce: env.newNonce(), timestamp: nowSeconds(env), keep: false });

function defaultSession(env: StoreEnv): FlowSession {
  return {
    clocks: { initiate: newClock(env), token: newClock(env), resource: newClock(env) },
    runs: {},
    sentNonces: new Set(),
    callbackNote: null,
  };
}

/** A preset's endpoints and client credentials in the flow; the tokens of an earlier run are dropped. */
export function presetFlow(p: OAuth1Preset, current: FlowInputs): FlowInputs {
  if (!p.flow) return current;
  const rsa = isRsa(p.signatureMethod);
  return {
    ...current,
    initiate: { ...current.initiate, url: p.flow.initiateUrl },
    authorizeUrl: p.flow.authorizeUrl,
    token: { ...current.token, url: p.flow.tokenUrl },
    resource: { ...current.resource, url: p.flow.resourceUrl },
    signatureMethod: p.signatureMethod,
    consumerKey: p.consumerKey,
    consumerSecret: p.consumerSecret,
    privateKeyPem: rsa ? current.privateKeyPem : '',
    requestToken: '',
    requestTokenSecret: '',
    verifier: '',
    accessToken: '',
    accessTokenSecret: '',
  };
}

export interface FlowSlice {
  flow: FlowInputs;
  flowSession: FlowSession;
  relay: RelayInputs;
  setFlow<K extends keyof FlowInputs>(key: K, value: FlowInputs[K]): void;
  setFlowEndpoint(step: FlowStepId, patch: Partial<FlowEndpoint>): void;
  setStepClock(step: FlowStepId, patch: Partial<StepClock>): void;
  renewStepClock(step: FlowStepId): void;
  /**
   * The built-in reference provider's endpoints and demo client. With an RSA
   * method chosen, the RSA demo client and its private key.
   */
  loadBuiltinFlow(): void;
  /** what the callback route handed back (or the user pasted) */
  acceptCallback(params: CallbackParams): void;
  /** signs the step with a fresh nonce and timestamp (unless kept), sends it, and carries its tokens forward */
  sendFlowStep(step: FlowStepId, via: Via): Promise<void>;
  setRelay<K extends keyof RelayInputs>(key: K, value: RelayInputs[K]): void;
}

function callbackNote(params: CallbackParams, requestToken: string): FlowSession['callbackNote'] {
  if (params.denied !== undefined) return { ok: false, text: 'The user denied access at the provider: its request token is void. Start again from step 1.' };
  if (params.oauthVerifier === undefined || params.oauthVerifier === '') {
    return { ok: false, text: 'The callback came back without an oauth_verifier.' };
  }
  if (params.oauthToken !== undefined && requestToken !== '' && params.oauthToken !== requestToken) {
    return { ok: false, text: `The callback’s oauth_token (${params.oauthToken}) is not step 1’s request token: this verifier belongs to another request token.` };
  }
  return { ok: true, text: 'The callback handed back the verifier: step 3 can be sent.' };
}

export function createFlowSlice(env: StoreEnv): SliceCreator<FlowSlice> {
  return (set, get) => {
    const patchSession = (patch: (s: FlowSession) => Partial<FlowSession>) =>
      set((s) => ({ flowSession: { ...s.flowSession, ...patch(s.flowSession) } }));
    const setRun = (step: FlowStepId, run: Run) => patchSession((fs) => ({ runs: { ...fs.runs, [step]: run } }));

    /** The step's clock as it will be sent: renewed unless the user keeps it fixed. */
    const clockForSend = (step: FlowStepId): StepClock => {
      const clock = get().flowSession.clocks[step];
      if (clock.keep) return clock;
      const fresh = { ...newClock(env), keep: false };
      patchSession((fs) => ({ clocks: { ...fs.clocks, [step]: fresh } }));
      return fresh;
    };

    const carry = (step: FlowStepId, run: Run, code: typeof import('./sendingCode.ts')) => {
      if (run.outcome?.ok !== true || step === 'resource') return;
      const tokens = code.carriedTokens(run.outcome.response);
      if (!tokens) return;
      if (step === 'initiate') {
        // A new request token voids the old verifier.
        set((s) => ({ flow: { ...s.flow, requestToken: tokens.token, requestTokenSecret: tokens.tokenSecret, verifier: '' } }));
        patchSession(() => ({ callbackNote: null }));
      } else {
        set((s) => ({ flow: { ...s.flow, accessToken: tokens.token, accessTokenSecret: tokens.tokenSecret } }));
      }
    };

    return {
      flow: defaultFlow(env),
      flowSession: defaultSession(env),
      relay: defaultRelay(env.origin),
      setFlow: (key, value) => set((s) => ({ flow: { ...s.flow, [key]: value } })),
      setFlowEndpoint: (step, patch) => set((s) => ({ flow: { ...s.flow, [step]: { ...s.flow[step], ...patch } } })),
      setStepClock: (step, patch) =>
        patchSession((fs) => ({ clocks: { ...fs.clocks, [step]: { ...fs.clocks[step], ...patch } } })),
      renewStepClock: (step) =>
        patchSession((fs) => ({ clocks: { ...fs.clocks, [step]: { ...newClock(env), keep: fs.clocks[step].keep } } })),
      loadBuiltinFlow() {
        const preset = getPresets(env.origin).find((p): p is OAuth1Preset => p.kind === 'oauth1' && p.flow !== undefined);
        if (!preset) return;
        set((s) => {
          const method = s.flow.signatureMethod;
          const filled = presetFlow(preset, s.flow);
          const client = isRsa(method)
            ? { consumerKey: DEMO_OAUTH1_RSA.consumerKey, consumerSecret: '', privateKeyPem: DEMO_OAUTH1_RSA.privateKeyPem }
            : { consumerKey: DEMO_OAUTH1.consumerKey, consumerSecret: DEMO_OAUTH1.consumerSecret, privateKeyPem: '' };
          return { flow: { ...filled, ...client, signatureMethod: method, callback: callbackUrl(env.origin) } };
        });
        patchSession(() => ({ runs: {}, callbackNote: null }));
      },
      acceptCallback(params) {
        const { requestToken } = get().flow;
        const note = callbackNote(params, requestToken);
        set((s) => ({
          flow: {
            ...s.flow,
            ...(params.oauthVerifier === undefined || params.denied !== undefined ? {} : { verifier: params.oauthVerifier }),
            ...(s.flow.requestToken === '' && params.oauthToken !== undefined ? { requestToken: params.oauthToken } : {}),
          },
          flowSession: { ...s.flowSession, callbackNote: note },
        }));
      },
      async sendFlowStep(step, via) {
        const clock = clockForSend(step);
        const code = await import('./sendingCode.ts');
        const input = code.flowSignInput(get().flow, step, clock);
        const signed = input.ok ? await code.signRequest(input.value) : input;
        if (!signed.ok) {
          const failure = { kind: 'invalid-request' as const, message: signed.error.message, advice: 'Fix the inputs above; the request could not be signed.' };
          const request = input.ok ? input.value.request : { method: get().flow[step].method, url: get().flow[step].url, headers: [], body: '' };
          setRun(step, { id: code.nextRunId(), state: 'done', request, via, startedAt: env.now(), finishedAt: env.now(), outcome: { ok: false, failure, droppedHeaders: [] } });
          return;
        }
        const nonceReused = get().flowSession.sentNonces.has(clock.nonce);
        patchSession((fs) => ({ sentNonces: new Set([...fs.sentNonces, clock.nonce]) }));
        const run = await code.fireRequest({
          request: signed.value.signedRequest,
          via,
          env,
          get,
          set,
          signed: { baseString: signed.value.trace.baseString.full, nonce: clock.nonce, timestamp: clock.timestamp, nonceReused },
          onStart: (r) => setRun(step, r),
        });
        // A later click may have started another run; only the newest one lands.
        if (get().flowSession.runs[step]?.id !== run.id) return;
        setRun(step, run);
        carry(step, run, code);
      },
      setRelay: (key, value) => set((s) => ({ relay: { ...s.relay, [key]: value } })),
    };
  };
}
