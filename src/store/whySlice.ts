/**
 * The mismatch explainer's one input besides the checked request (issue 5):
 * what the user pasted as the server's base string or its error body. Not a
 * secret. Kept in the store so it survives the Why panel closing and the tabs
 * changing; not persisted (a reported base string belongs to one request).
 */
import type { SliceCreator } from './types.ts';

export interface WhyInputs {
  /** exactly what was pasted: a base string, or an error body that reports one */
  serverText: string;
}

export function defaultWhy(): WhyInputs {
  return { serverText: '' };
}

export interface WhySlice {
  why: WhyInputs;
  setWhyServerText(text: string): void;
}

export const createWhySlice: SliceCreator<WhySlice> = (set) => ({
  why: defaultWhy(),
  setWhyServerText: (serverText) => set((s) => ({ why: { ...s.why, serverText } })),
});
