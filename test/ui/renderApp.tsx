/**
 * Renders the whole app over a fresh store, as main.tsx does. A new store per
 * render is the zustand testing docs' "reset every store between tests", and
 * rendering again over the same localStorage is a page reload.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAppStore, type CreateAppStoreOptions } from '../../src/store/createAppStore.ts';
import { StoreProvider } from '../../src/store/context.tsx';
import { App } from '../../src/ui/App.tsx';

export const FIXED_NOW = 1_700_000_000_000;

export function fixedEnv() {
  let n = 0;
  return { now: () => FIXED_NOW, newNonce: () => `nonce${++n}`, origin: 'http://localhost:5173' };
}

export function renderApp(options: CreateAppStoreOptions = {}) {
  const store = createAppStore({ storage: window.localStorage, env: fixedEnv(), ...options });
  const user = userEvent.setup();
  const view = render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return { store, user, ...view };
}

/** The text of an output box (steps, verdict), found by its label as a person reads it. */
export function outputText(label: string): string {
  return screen.getByRole('group', { name: label }).querySelector('pre')?.textContent ?? '';
}

export async function loadPreset(user: ReturnType<typeof userEvent.setup>, label: string | RegExp) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), screen.getByRole('option', { name: label }));
  await user.click(screen.getByRole('button', { name: 'Load preset' }));
}

export function stepsPanel() {
  return within(screen.getByRole('region', { name: 'Steps' }));
}
