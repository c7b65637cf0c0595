/** Which tab is open, whether secrets are shown, and the one-off notice. Only `activeTab` is persisted. */
import type { SliceCreator } from './types.ts';

export const TAB_IDS = ['sign', 'check', 'flow', 'oauth2'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface UiState {
  activeTab: TabId;
  /** the one "Show secrets" switch; never persisted, so secrets are masked after every reload */
  showSecrets: boolean;
  /** e.g. "Your saved state could not be read…"; dismissible */
  notice: string | null;
}

export function defaultUi(): UiState {
  return { activeTab: 'sign', showSecrets: false, notice: null };
}

export interface UiSlice {
  ui: UiState;
  setActiveTab(tab: TabId): void;
  setShowSecrets(show: boolean): void;
  setNotice(notice: string | null): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  ui: defaultUi(),
  setActiveTab: (activeTab) => set((s) => ({ ui: { ...s.ui, activeTab } })),
  setShowSecrets: (showSecrets) => set((s) => ({ ui: { ...s.ui, showSecrets } })),
  setNotice: (notice) => set((s) => ({ ui: { ...s.ui, notice } })),
});
