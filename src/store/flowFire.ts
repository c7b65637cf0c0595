/**
 * Firing a request from the Flow and OAuth 2 views: directly with fetch, or
 * through the relay (which needs its per-start token, fetched from the relay
 * itself the first time). The store records each attempt as a Run; the answer
 * is kept in memory only.
 */
import type { HttpRequest } from '../engine/types.ts';
import { withoutTrailingSlashes } from '../http/relayProtocol.ts';
import { send } from '../http/send.ts';
import type { SendFailure, SendOutcome } from '../http/sendTypes.ts';
import type { AppState, StoreEnv } from './types.ts';

export type Via = 'direct' | 'relay';

/** What the OAuth 1 steps add to a run: what we signed, to compare with what the provider says. */
export interface SignedInfo {
  readonly baseString: string;
  readonly nonce: string;
  readonly timestamp: string;
  /** the nonce had already been sent in this session */
  readonly nonceReused: boolean;
}

/** One attempt to send a request, and (once it is back) what happened. */
export interface Run {
  /** increases with every attempt, so a late answer to an older click is dropped */
  readonly id: number;
  readonly state: 'sending' | 'done';
  /** exactly what was sent */
  readonly request: HttpRequest;
  readonly via: Via;
  /** ms since the epoch, from the store's clock */
  readonly startedAt: number;
  /** when the answer arrived (ms since the epoch) */
  readonly finishedAt?: number;
  readonly outcome?: SendOutcome;
  readonly signed?: SignedInfo;
}

/** Where the relay is and its token. The token changes every time the relay starts, so it is never stored. */
export interface RelayInputs {
  relayUrl: string;
  relayToken: string;
}

let lastRunId = 0;
export const nextRunId = (): number => ++lastRunId;

type Fetch = typeof fetch;

/** The relay's `GET /token` (server/README.md, "Relay protocol"): allowed for the app's own origin only. */
export async function fetchRelayToken(relayUrl: string, fetchImpl: Fetch = (i, init) => fetch(i, init)): Promise<{ ok: true; token: string } | { ok: false; failure: SendFailure }> {
  const base = withoutTrailingSlashes(relayUrl.trim());
  const failure = (message: string): { ok: false; failure: SendFailure } => ({
    ok: false,
    failure: {
      kind: 'relay-refused',
      message,
      advice: 'Check the relay URL. A relay started on its own (npm run relay) prints its token: type it in the relay settings.',
    },
  });
  if (!/^https?:\/\/[^/]/i.test(base)) return failure(`"${relayUrl}" is not a relay URL.`);
  try {
    const res = await fetchImpl(`${base}/token`, { credentials: 'omit', cache: 'no-store' });
    const json: unknown = await res.json();
    const token = typeof json === 'object' && json !== null ? (json as { token?: unknown }).token : undefined;
    if (res.ok && typeof token === 'string' && token !== '') return { ok: true, token };
    return failure(`The relay at ${base} did not hand out its token (HTTP ${res.status}).`);
  } catch {
    return failure(`Could not get a token from the relay at ${base}.`);
  }
}

type Set = (partial: (s: AppState) => Partial<AppState>) => void;

export interface FireArgs {
  request: HttpRequest;
  via: Via;
  env: StoreEnv;
  get(): AppState;
  set: Set;
  signed?: SignedInfo;
  /** called with the 'sending' run before anything goes out */
  onStart(run: Run): void;
}

/** Sends and returns the finished run. A stale relay token (the relay restarted) is fetched again once. */
export async function fireRequest(a: FireArgs): Promise<Run> {
  const base = { id: nextRunId(), request: a.request, via: a.via, startedAt: a.env.now(), ...(a.signed ? { signed: a.signed } : {}) };
  a.onStart({ ...base, state: 'sending' });
  const outcome = a.via === 'direct' ? await send(a.request, { via: 'direct' }) : await sendViaRelay(a);
  return { ...base, state: 'done', finishedAt: a.env.now(), outcome };
}

async function sendViaRelay(a: FireArgs): Promise<SendOutcome> {
  const { relayUrl, relayToken } = a.get().relay;
  const fresh = async (): Promise<SendOutcome> => {
    const got = await fetchRelayToken(relayUrl);
    if (!got.ok) return { ok: false, failure: got.failure, droppedHeaders: [] };
    a.set((s) => ({ relay: { ...s.relay, relayToken: got.token } }));
    return send(a.request, { via: 'relay', relayUrl, relayToken: got.token });
  };
  if (relayToken.trim() === '') return fresh();
  const outcome = await send(a.request, { via: 'relay', relayUrl, relayToken: relayToken.trim() });
  if (!outcome.ok && outcome.failure.code === 'bad-token') {
    const retried = await fresh();
    // A standalone relay does not hand its token to other origins: then the first refusal says more.
    return !retried.ok && retried.failure.code !== 'bad-token' && retried.failure.kind === 'relay-refused' ? outcome : retried;
  }
  return outcome;
}
