/**
 * How the callback route hands `oauth_token` and `oauth_verifier` back to the
 * tab running the flow: a BroadcastChannel message for a tab that is listening
 * now, and the same message left in localStorage (its `storage` event reaches
 * other tabs; a Flow tab opened later picks it up). Both are same-origin only.
 */
export const CALLBACK_CHANNEL = 'sigstep-oauth-callback';
export const CALLBACK_STORAGE_KEY = 'sigstep-oauth-callback';
/** A verifier older than this is not applied on its own (request tokens last minutes). */
export const PENDING_MAX_AGE_MS = 10 * 60 * 1000;

export interface CallbackMessage {
  readonly type: 'sigstep-oauth-callback';
  /** tells one hand-off from another, so the channel and the storage event apply it once */
  readonly id: string;
  /** ms since the epoch */
  readonly at: number;
  readonly oauthToken?: string;
  readonly oauthVerifier?: string;
  readonly denied?: string;
}

/** The callback's query as a message; undefined when it carries none of the three parameters. */
export function callbackFromQuery(search: string, now: number, id: string): CallbackMessage | undefined {
  const q = new URLSearchParams(search);
  const pick = (name: string) => q.get(name) ?? undefined;
  const oauthToken = pick('oauth_token');
  const oauthVerifier = pick('oauth_verifier');
  const denied = pick('denied');
  if (oauthToken === undefined && oauthVerifier === undefined && denied === undefined) return undefined;
  return {
    type: 'sigstep-oauth-callback',
    id,
    at: now,
    ...(oauthToken === undefined ? {} : { oauthToken }),
    ...(oauthVerifier === undefined ? {} : { oauthVerifier }),
    ...(denied === undefined ? {} : { denied }),
  };
}

function readMessage(u: unknown): CallbackMessage | undefined {
  if (typeof u !== 'object' || u === null) return undefined;
  const m = u as Record<string, unknown>;
  if (m.type !== 'sigstep-oauth-callback' || typeof m.id !== 'string' || typeof m.at !== 'number') return undefined;
  for (const k of ['oauthToken', 'oauthVerifier', 'denied']) if (m[k] !== undefined && typeof m[k] !== 'string') return undefined;
  return m as unknown as CallbackMessage;
}

function parseStored(raw: string | null): CallbackMessage | undefined {
  if (raw === null) return undefined;
  try {
    return readMessage(JSON.parse(raw));
  } catch {
    return undefined;
  }
}

/** Sends the message both ways; says whether either worked (storage can be blocked, BroadcastChannel missing). */
export function handBack(msg: CallbackMessage, storage: Storage | undefined): boolean {
  let sent = false;
  try {
    storage?.setItem(CALLBACK_STORAGE_KEY, JSON.stringify(msg));
    sent = storage !== undefined;
  } catch {
    // storage blocked: the channel may still work
  }
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CALLBACK_CHANNEL);
    channel.postMessage(msg);
    channel.close();
    sent = true;
  }
  return sent;
}

/** A hand-off left in storage and not yet applied (the Flow tab was not open), once. */
export function takePending(storage: Storage | undefined, now: number): CallbackMessage | undefined {
  let msg: CallbackMessage | undefined;
  try {
    msg = parseStored(storage?.getItem(CALLBACK_STORAGE_KEY) ?? null);
    storage?.removeItem(CALLBACK_STORAGE_KEY);
  } catch {
    return undefined;
  }
  return msg && now - msg.at <= PENDING_MAX_AGE_MS ? msg : undefined;
}

/** Calls `onMessage` for each hand-off from another tab, once per id. Returns the unsubscribe. */
export function listenForCallback(storage: Storage | undefined, onMessage: (msg: CallbackMessage) => void): () => void {
  const seen = new Set<string>();
  const deliver = (u: unknown) => {
    const msg = readMessage(u);
    if (!msg || seen.has(msg.id)) return;
    seen.add(msg.id);
    try {
      storage?.removeItem(CALLBACK_STORAGE_KEY); // applied: a Flow tab opened later must not apply it again
    } catch {
      // storage blocked
    }
    onMessage(msg);
  };
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CALLBACK_CHANNEL);
  const onChannel = (e: MessageEvent) => deliver(e.data);
  channel?.addEventListener('message', onChannel);
  const onStorage = (e: StorageEvent) => {
    if (e.key === CALLBACK_STORAGE_KEY && e.newValue !== null) deliver(parseStored(e.newValue));
  };
  window.addEventListener('storage', onStorage);
  return () => {
    channel?.removeEventListener('message', onChannel);
    channel?.close();
    window.removeEventListener('storage', onStorage);
  };
}
