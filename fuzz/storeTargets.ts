/**
 * The two readers of state the app did not just make itself, as fuzz targets:
 * what localStorage holds (zustand `persist` through persistence.ts) and a
 * `#s=` share link (share.ts). Each input goes through createAppStore exactly
 * as a page load does. Neither reader has a position to give: a failure is the
 * notice the user sees and a start from defaults, so that is what is checked,
 * with the state the app then runs on.
 *
 * The store reads `import.meta.env`, so `npm run fuzz` loads this module through
 * Vite (fuzz/viteModule.ts); Vitest does that by itself.
 */
import fc from 'fast-check';
import { signRequestSync } from '../src/engine/index.ts';
import { createAppStore, type AppStore } from '../src/store/createAppStore.ts';
import { readCheck } from '../src/store/checkSlice.ts';
import { readCredentials } from '../src/store/credentialsSlice.ts';
import { readOAuth2 } from '../src/store/oauth2Slice.ts';
import { STORE_NAME, STORE_VERSION, UNREADABLE_NOTICE } from '../src/store/persistence.ts';
import { readProtocol } from '../src/store/protocolSlice.ts';
import { readRequest } from '../src/store/requestSlice.ts';
import { buildSignInput, selectSignInputs } from '../src/store/selectors.ts';
import { BAD_SHARE_NOTICE, SHARE_PREFIX, readShareFragment, shareFragment } from '../src/store/share.ts';
import type { AppState } from '../src/store/types.ts';
import { TAB_IDS } from '../src/store/uiSlice.ts';
import type { FuzzTarget } from './target.ts';

const ENV = { now: () => 1_700_000_000_000, newNonce: () => 'fuzznonce', origin: 'http://localhost:5173' };
const SECRET = 'fuzz-secret-☃-%';

/** A Storage that holds one value; what the app writes back replaces it. */
export function memoryStorage(initial: string | null): Storage & { value: string | null } {
  const box = {
    value: initial,
    get length() { return box.value === null ? 0 : 1; },
    key: (i: number) => (i === 0 && box.value !== null ? STORE_NAME : null),
    getItem: (k: string) => (k === STORE_NAME ? box.value : null),
    setItem: (k: string, v: string) => { if (k === STORE_NAME) box.value = v; },
    removeItem: (k: string) => { if (k === STORE_NAME) box.value = null; },
    clear: () => { box.value = null; },
  };
  return box;
}

function storeWith(storage: Storage | undefined, hash?: string): AppStore {
  return createAppStore(hash === undefined ? { storage, env: ENV } : { storage, hash, env: ENV });
}

/** States a person makes: each preset, secrets typed, "Remember secrets" both ways, another tab. */
function madeStates(): AppState[] {
  const states: AppState[] = [];
  const ids = ['rfc5849', '7digital-request-token', 'mediamosa-access-token-plaintext', 'akana-token', 'os-datahub', 'builtin-api-me'];
  for (const [i, id] of ids.entries()) {
    const store = storeWith(undefined);
    const s = store.getState();
    s.loadPreset(id);
    store.getState().setCredential('consumerSecret', SECRET);
    store.getState().setCredential('tokenSecret', `${SECRET}2`);
    store.getState().setRememberSecrets(i % 2 === 0);
    store.getState().setActiveTab(TAB_IDS[i % TAB_IDS.length] ?? 'sign');
    if (i === 1) store.getState().setUrl('https://bücher.example/ä?ö=ü&x=%F0%9F%98%80#frag');
    states.push(store.getState());
  }
  return states;
}

/** What the app itself writes to localStorage for each made state. */
function storedSeeds(): string[] {
  return madeStates().map((state) => {
    const storage = memoryStorage(null);
    const store = storeWith(storage);
    store.setState(state);
    return storage.value ?? '';
  });
}

const defaults = storeWith(undefined).getState();

/** What every state the app runs on must satisfy, however it was read. */
function checkState(s: AppState): string | undefined {
  if (readRequest(s.request) === undefined) return `unreadable request ${JSON.stringify(s.request).slice(0, 200)}`;
  if (readProtocol(s.protocol) === undefined) return 'unreadable protocol';
  if (readCredentials(s.credentials) === undefined) return 'unreadable credentials';
  if (readCheck(s.check) === undefined) return 'unreadable check inputs';
  if (readOAuth2(s.oauth2) === undefined) return 'unreadable OAuth 2 inputs';
  if (!(TAB_IDS as readonly string[]).includes(s.ui.activeTab)) return `unknown tab ${String(s.ui.activeTab)}`;
  // What the Sign tab does with it on the first render.
  const input = buildSignInput(selectSignInputs(s));
  if (input.ok && !input.value.protocol.signatureMethod.startsWith('RSA-')) signRequestSync(input.value);
  return undefined;
}

function sameInputs(a: AppState, b: AppState): boolean {
  const rows = (s: AppState) => s.request.params.map((p) => [p.name, p.value, p.enabled]);
  return a.request.url === b.request.url && a.request.method === b.request.method
    && JSON.stringify(rows(a)) === JSON.stringify(rows(b)) && a.credentials.consumerKey === b.credentials.consumerKey;
}

/** Replaces, deletes or retypes one value somewhere inside a JSON document. */
function structural(seeds: readonly unknown[], encode: (v: unknown) => string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(), fc.nat(3), fc.jsonValue({ maxDepth: 3 }));
  return fc.tuple(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([seed, edits]) => {
    const doc = structuredClone(seed);
    for (const [pick, kind, value] of edits) mutateAt(doc, pick, kind, value);
    return encode(doc);
  });
}

function mutateAt(doc: unknown, pick: number, kind: number, value: unknown): void {
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x, i) => { slots.push([v, i]); walk(x); });
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) { slots.push([v as Record<string, unknown>, k]); walk(x); }
  };
  walk(doc);
  const slot = slots[pick % Math.max(1, slots.length)];
  if (slot === undefined) return;
  const [parent, key] = slot;
  const rec = parent as Record<string | number, unknown>;
  if (kind === 0 && !Array.isArray(parent)) delete rec[key];
  else if (kind === 1) rec[key] = String(rec[key]);
  else if (kind === 2) rec[key] = ['__proto__', 'constructor', 'toString', ''][pick % 4];
  else rec[key] = value;
}

const JSON_PIECES = ['"state"', '"version"', '1', '0', '2', '-1', '1e999', 'null', 'true', 'false', '"request"', '"params"', '"method"', '"url"',
  '"credentials"', '"rememberSecrets"', '"consumerSecret"', '"activeTab"', '"flow"', '"relay"', '"__proto__"', '{', '}', '[', ']', ',', ':', '"', '\\u0000',
  '\\ud800', '"sign"', '"check"', '"HMAC-SHA1"', '"RSA-SHA1"', '"header"', '""', ' '];

const storedTexts = storedSeeds();

export const storedStateTarget: FuzzTarget = {
  name: 'stored-state',
  json: true,
  seeds: [...storedTexts, '{"state":{},"version":1}', `{"state":null,"version":${STORE_VERSION}}`, '{"version":0,"state":{"request":1}}', 'null', '[]', ''],
  dictionary: JSON_PIECES,
  extra: () => structural(storedTexts.map((t) => JSON.parse(t) as unknown), (v) => JSON.stringify(v)),
  shapes: (n) => {
    const seed = JSON.parse(storedTexts[0] ?? '{}') as { state: { request: { url: string } } };
    seed.state.request.url = `https://h.example/?q=${'a'.repeat(n)}`;
    return [
      { label: '{"state": + [ × n', text: `{"version":1,"state":${'['.repeat(n)}` },
      { label: '{"state": + {"a": × n', text: `{"version":1,"state":${'{"a":'.repeat(n / 5)}1${'}'.repeat(n / 5)}}` },
      { label: 'a stored state with a URL of n characters', text: JSON.stringify(seed) },
      { label: 'a string of n escaped quotes', text: `{"version":1,"state":"${'\\"'.repeat(n / 2)}"}` },
      { label: '" × n', text: '"'.repeat(n) },
    ];
  },
  parse: (text) => {
    const storage = memoryStorage(text);
    return { state: storeWith(storage).getState(), written: storage.value };
  },
  validate(_text, answer) {
    const { state } = answer as { state: AppState; written: string | null };
    if (state.ui.notice !== null && state.ui.notice !== UNREADABLE_NOTICE) return `unexpected notice "${state.ui.notice}"`;
    if (state.ui.notice === UNREADABLE_NOTICE && !sameInputs(state, defaults)) return 'an unreadable stored state did not start from defaults';
    return checkState(state);
  },
};

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

const shareStates = madeStates();
const shareTexts = shareStates.map((s) => shareFragment(s));
const shareDocs = shareTexts.map((t) => JSON.parse(Buffer.from(t.slice(SHARE_PREFIX.length), 'base64url').toString('utf8')) as unknown);

export const shareLinkTarget: FuzzTarget = {
  name: 'share-link',
  seeds: [...shareTexts, SHARE_PREFIX, `${SHARE_PREFIX}e30`, '#s', '#other', ''],
  dictionary: ['#s=', 'A', '-', '_', '=', '+', '/', '%', 'e30', 'eyJ', '==', '\n'],
  extra: () => fc.oneof(
    structural(shareDocs, (v) => SHARE_PREFIX + base64Url(JSON.stringify(v))),
    // Inside the base64: JSON pieces and invalid UTF-8, encoded, so the decoder gets past base64.
    fc.tuple(fc.constantFrom(...shareDocs), fc.array(fc.constantFrom(...JSON_PIECES, '\uD800', '\u00ff'), { maxLength: 6 }), fc.nat())
      .map(([doc, parts, at]) => {
        const json = JSON.stringify(doc);
        const i = at % (json.length + 1);
        return SHARE_PREFIX + base64Url(json.slice(0, i) + parts.join('') + json.slice(i));
      }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => SHARE_PREFIX + Buffer.from(bytes).toString('base64url')),
  ),
  shapes: (n) => {
    const doc = structuredClone(shareDocs[0]) as { request: { url: string } };
    doc.request.url = `https://h.example/?q=${'%'.repeat(n / 2)}`;
    return [
      { label: '#s= + A × n', text: SHARE_PREFIX + 'A'.repeat(n) },
      { label: '#s= + - × n', text: SHARE_PREFIX + '-'.repeat(n) },
      { label: '#s= + ! × n', text: SHARE_PREFIX + '!'.repeat(n) },
      { label: '#s= + base64 of [ × n', text: SHARE_PREFIX + base64Url('['.repeat(n * 0.75)) },
      { label: 'a share link with a URL of n characters', text: SHARE_PREFIX + base64Url(JSON.stringify(doc)) },
    ];
  },
  parse: (text) => ({ read: readShareFragment(text), state: storeWith(undefined, text).getState() }),
  validate(text, answer) {
    const { read, state } = answer as { read: ReturnType<typeof readShareFragment>; state: AppState };
    if ((read === undefined) !== !text.startsWith(SHARE_PREFIX)) return `read ${String(read)} for a hash that ${text.startsWith(SHARE_PREFIX) ? 'is' : 'is not'} a share link`;
    if (read === null && state.ui.notice !== BAD_SHARE_NOTICE) return 'an unreadable share link gave no notice';
    if (read !== null && state.ui.notice !== null) return `a readable share link gave the notice "${state.ui.notice}"`;
    // A share link never carries a secret, whatever was put in it.
    for (const key of ['consumerSecret', 'tokenSecret', 'privateKeyPem'] as const) {
      if (state.credentials[key] !== defaults.credentials[key]) return `a share link set ${key}`;
    }
    if (state.oauth2.clientSecret !== defaults.oauth2.clientSecret) return 'a share link set the OAuth 2 client secret';
    return checkState(state);
  },
};

export const STORE_TARGETS: readonly FuzzTarget[] = [storedStateTarget, shareLinkTarget];
