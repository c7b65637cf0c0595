/**
 * Check mode: the pasted text is the input. The request it describes is parsed
 * from it on every render (hooks.ts), never copied and re-signed, so its nonce,
 * timestamp and signature cannot be replaced by anything the user does elsewhere.
 */
import { object, str } from './shape.ts';
import type { SliceCreator } from './types.ts';

export interface CheckInputs {
  /** exactly what was pasted */
  text: string;
  /** used only when the paste has no method (a bare Authorization header or form body) */
  method: string;
  /** used only when the paste has no URL */
  url: string;
}

export function defaultCheck(): CheckInputs {
  return { text: '', method: 'GET', url: '' };
}

export interface CheckSlice {
  check: CheckInputs;
  setCheckMethod(method: string): void;
  setCheckUrl(url: string): void;
}

export const createCheckSlice: SliceCreator<CheckSlice> = (set) => ({
  check: defaultCheck(),
  setCheckMethod: (method) => set((s) => ({ check: { ...s.check, method } })),
  setCheckUrl: (url) => set((s) => ({ check: { ...s.check, url } })),
});

export const readCheck = object<CheckInputs>({ text: str, method: str, url: str });
