/**
 * The app store's shape: one store, one slice per concern (zustand "slices
 * pattern"). Each slice holds only what the user typed; the trace, the signed
 * request and the verdict are derived in selectors.ts / hooks.ts.
 *
 * To add a slice (the Flow and OAuth 2 views do): write `fooSlice.ts` with its
 * state, defaults, actions, `persistFoo`/`readFoo`, add it to `AppState` here,
 * to `createAppStore.ts` and to persistence.ts.
 */
import type { StateCreator } from 'zustand';
import type { RequestSlice } from './requestSlice.ts';
import type { ProtocolSlice } from './protocolSlice.ts';
import type { CredentialsSlice } from './credentialsSlice.ts';
import type { CheckSlice } from './checkSlice.ts';
import type { OAuth2Slice } from './oauth2Slice.ts';
import type { FlowSlice } from './flowSlice.ts';
import type { UiSlice } from './uiSlice.ts';
import type { WhySlice } from './whySlice.ts';
import type { AppActions } from './appActions.ts';

export type AppState = RequestSlice & ProtocolSlice & CredentialsSlice & CheckSlice & OAuth2Slice & FlowSlice & UiSlice & WhySlice & AppActions;

export type SliceCreator<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

/** Clock, randomness and where the app runs: inputs, so tests can fix them (CONVENTIONS.md). */
export interface StoreEnv {
  /** milliseconds since the epoch */
  now(): number;
  newNonce(): string;
  /** the page's origin, for presets that point at the built-in provider */
  origin: string;
}
