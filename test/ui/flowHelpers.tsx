/**
 * Helpers for the Flow and OAuth 2 component tests: the app over a store whose
 * clock is the reference provider's (FIXED_NOW), with random nonces so the
 * provider's nonce memory never sees one twice across tests.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type userEvent from '@testing-library/user-event';
import { randomNonce } from '../../src/store/ids.ts';
import { FIXED_NOW, renderApp } from './renderApp.tsx';

export type User = ReturnType<typeof userEvent.setup>;

export function renderWithProviderClock(options: Parameters<typeof renderApp>[0] = {}) {
  return renderApp({ env: { now: () => FIXED_NOW, newNonce: randomNonce, origin: 'http://localhost:5173' }, ...options });
}

export async function openTab(user: User, name: 'Flow' | 'OAuth 2') {
  await user.click(screen.getByRole('tab', { name }));
  // the tabs are loaded lazily
  await screen.findByRole('heading', { level: 2, name: name === 'Flow' ? 'Three-legged flow' : 'OAuth 2.0 client credentials' });
}

export async function replaceText(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

export const card = (name: string) => within(screen.getByRole('region', { name }));

/** Clicks a Send button and waits for the answer (or the failure) to arrive. */
export async function sendAndWait(user: User, region: string, button: string): Promise<string> {
  // The click signs before the run starts, so until then the previous answer is still there: wait for a new run.
  const previousRun = card(region).queryByRole('group', { name: /answer$/ })?.getAttribute('data-run') ?? null;
  await user.click(card(region).getByRole('button', { name: button }));
  return waitFor(() => {
    const answer = card(region).getByRole('group', { name: /answer$/ });
    expect(answer.getAttribute('data-run')).not.toBe(previousRun);
    expect(answer).toHaveAttribute('aria-busy', 'false');
    return answer.textContent ?? '';
  }, { timeout: 10_000 });
}
