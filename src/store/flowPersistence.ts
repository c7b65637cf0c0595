/**
 * What of the three-legged flow is stored, and how a stored flow is read back
 * (persistence.ts calls these): secrets only when remembered, answers never.
 */
import { SIGNATURE_METHODS, type Placement } from '../engine/types.ts';
import type { RelayInputs } from './flowFire.ts';
import { FLOW_SECRET_FIELDS, type FlowEndpoint, type FlowInputs, type FlowSecret } from './flowSlice.ts';
import { bool, object, objectWithOptional, oneOf, str, type Check } from './shape.ts';
import type { AppState } from './types.ts';

const endpoint = object<FlowEndpoint>({ method: str, url: str });

/**
 * What of the flow a share link carries: where to send and how to sign, never a
 * secret, token or verifier. Nor the callback: by default it is the sender's own
 * app's callback route, and the receiver's app has its own.
 */
export type SharedFlow = Pick<FlowInputs, 'initiate' | 'authorizeUrl' | 'token' | 'resource' | 'placement' | 'signatureMethod' | 'includeVersion' | 'consumerKey'>;

const SHARED_FLOW_SHAPE = {
  initiate: endpoint,
  authorizeUrl: str,
  token: endpoint,
  resource: endpoint,
  placement: oneOf<Placement>(['header', 'query', 'body']),
  signatureMethod: oneOf(SIGNATURE_METHODS),
  includeVersion: bool,
  consumerKey: str,
};

export const readSharedFlow = object<SharedFlow>(SHARED_FLOW_SHAPE);

const readFlowInputs = objectWithOptional<FlowInputs, FlowSecret>(
  {
    ...SHARED_FLOW_SHAPE,
    consumerSecret: str,
    privateKeyPem: str,
    callback: str,
    requestToken: str,
    requestTokenSecret: str,
    verifier: str,
    accessToken: str,
    accessTokenSecret: str,
  },
  FLOW_SECRET_FIELDS,
);

export function sharedFlow(f: FlowInputs): SharedFlow {
  const { initiate, authorizeUrl, token, resource, placement, signatureMethod, includeVersion, consumerKey } = f;
  return { initiate, authorizeUrl, token, resource, placement, signatureMethod, includeVersion, consumerKey };
}

/** A shared flow over the receiver's: their secrets stay, and the flow starts afresh (tokens belong to the sender's run). */
export function applySharedFlow(current: FlowInputs, shared: SharedFlow): FlowInputs {
  return { ...current, ...shared, requestToken: '', requestTokenSecret: '', verifier: '', accessToken: '', accessTokenSecret: '' };
}

const readRelay: Check<Partial<RelayInputs>> = (u) => {
  if (typeof u !== 'object' || u === null) return undefined;
  const rec = u as Record<string, unknown>;
  const relayUrl = str(rec.relayUrl);
  if (relayUrl === undefined) return undefined;
  const relayToken = str(rec.relayToken);
  return relayToken === undefined ? { relayUrl } : { relayUrl, relayToken };
};

export interface PersistedFlow {
  flow: FlowInputs | Omit<FlowInputs, FlowSecret>;
  relay: Partial<RelayInputs>;
}

/** What of the flow is stored: no secrets (nor the relay's token) unless they are remembered; no answers ever. */
export function persistFlow(s: AppState): PersistedFlow {
  if (s.credentials.rememberSecrets) return { flow: s.flow, relay: s.relay };
  const { consumerSecret: _c, privateKeyPem: _p, requestTokenSecret: _r, accessTokenSecret: _a, ...flow } = s.flow;
  return { flow, relay: { relayUrl: s.relay.relayUrl } };
}

/**
 * The stored flow over the current state. The flow was added after the first
 * stored version, so a state without it (or with an unreadable one) keeps the
 * defaults instead of discarding everything else.
 */
export function mergeFlow(persisted: unknown, current: AppState): Pick<AppState, 'flow' | 'relay'> {
  const rec = typeof persisted === 'object' && persisted !== null ? (persisted as Record<string, unknown>) : {};
  const flow = readFlowInputs(rec.flow);
  const relay = readRelay(rec.relay);
  return {
    flow: flow ? { ...current.flow, ...flow } : current.flow,
    relay: relay ? { ...current.relay, ...relay } : current.relay,
  };
}
