/**
 * Which parameter the user is pointing at (hover or keyboard focus), shared by
 * the input table and every step. UI-only and never persisted, so it lives in
 * its own tiny store: a hover does not touch the app store or localStorage, and
 * only the spans whose highlighted-ness changes re-render.
 */
import { createContext, useContext, useState, type FocusEvent, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';

interface HighlightState {
  ref: number | null;
  set(ref: number | null): void;
}

type HighlightStore = StoreApi<HighlightState>;

const HighlightContext = createContext<HighlightStore | null>(null);

export function HighlightProvider({ children }: { children: ReactNode }) {
  const [store] = useState(() => createStore<HighlightState>()((set) => ({ ref: null, set: (ref) => set({ ref }) })));
  return <HighlightContext.Provider value={store}>{children}</HighlightContext.Provider>;
}

function useHighlightStore(): HighlightStore {
  const store = useContext(HighlightContext);
  if (!store) throw new Error('HighlightProvider missing');
  return store;
}

export interface HighlightHandlers {
  onMouseEnter(): void;
  onMouseLeave(): void;
  onFocus(e: FocusEvent): void;
  onBlur(e: FocusEvent): void;
}

/** Is `ref` the parameter pointed at, and the handlers that point at it. `ref` undefined: not a signed parameter. */
export function useHighlight(ref: number | undefined): { active: boolean; handlers: HighlightHandlers } {
  const store = useHighlightStore();
  const active = useStore(store, (s) => ref !== undefined && s.ref === ref);
  const point = () => store.getState().set(ref ?? null);
  const leave = () => {
    if (store.getState().ref === ref) store.getState().set(null);
  };
  return { active, handlers: { onMouseEnter: point, onMouseLeave: leave, onFocus: point, onBlur: leave } };
}

/** Class names for a parameter: one colour per ref in every step, plus the highlight. */
export function paramClass(ref: number | undefined, active: boolean): string {
  if (ref === undefined) return '';
  return `param param-c${ref % 8}${active ? ' is-highlighted' : ''}`;
}
