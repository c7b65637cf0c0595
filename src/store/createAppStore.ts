/**
 * The app store: one zustand store made of slices, persisted to localStorage.
 * A factory rather than a module singleton, so each test (and each "reload" in
 * a test) gets a fresh store — the zustand testing docs' reset, by construction.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { createAppActions } from './appActions.ts';
import { createCheckSlice } from './checkSlice.ts';
import { createCredentialsSlice } from './credentialsSlice.ts';
import { randomNonce } from './ids.ts';
import { createOAuth2Slice } from './oauth2Slice.ts';
import { createFlowSlice } from './flowSlice.ts';
import { persistOptions } from './persistence.ts';
import { createProtocolSlice } from './protocolSlice.ts';
import { createRequestSlice } from './requestSlice.ts';
import { BAD_SHARE_NOTICE, readShareFragment } from './share.ts';
import type { AppState, StoreEnv } from './types.ts';
import { createUiSlice } from './uiSlice.ts';
import { createWhySlice } from './whySlice.ts';

export type AppStore = StoreApi<AppState>;

export interface CreateAppStoreOptions {
  /** where to persist; undefined = don't (tests pass window.localStorage explicitly) */
  storage?: Storage | undefined;
  /** location.hash at start-up: a `#s=` share link is applied over the stored state */
  hash?: string;
  env?: Partial<StoreEnv>;
}

export function createAppStore(options: CreateAppStoreOptions = {}): AppStore {
  const env: StoreEnv = {
    now: () => Date.now(),
    newNonce: randomNonce,
    origin: typeof location === 'undefined' ? 'http://localhost:5173' : location.origin,
    ...options.env,
  };
  const store = createStore<AppState>()(
    persist(
      (...a) => ({
        ...createRequestSlice(env)(...a),
        ...createProtocolSlice(env)(...a),
        ...createCredentialsSlice(env)(...a),
        ...createCheckSlice(...a),
        ...createOAuth2Slice(env)(...a),
        ...createFlowSlice(env)(...a),
        ...createUiSlice(...a),
        ...createWhySlice(...a),
        ...createAppActions(env)(...a),
      }),
      persistOptions(options.storage),
    ),
  );
  // Hydration from localStorage is synchronous; a notice means what was stored is garbage: overwrite it now.
  if (store.getState().ui.notice !== null) store.getState().resetToDefaults(store.getState().ui.notice);

  const shared = options.hash === undefined ? undefined : readShareFragment(options.hash);
  if (shared === null) store.getState().resetToDefaults(BAD_SHARE_NOTICE);
  else if (shared !== undefined) store.getState().applyShared(shared);
  return store;
}
