import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loadPreset, renderApp } from './renderApp.tsx';

describe('Tabs, presets and error boundaries', () => {
  it('moves between tabs with the arrow keys, Home and End', async () => {
    const { user } = renderApp();
    const sign = screen.getByRole('tab', { name: 'Sign' });
    expect(sign).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Sign');
    await user.click(sign);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Check' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Check' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('textbox', { name: 'Paste a request' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'OAuth 2' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Sign' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{Home}');
    expect(screen.getByRole('tab', { name: 'Sign' })).toHaveAttribute('aria-selected', 'true');
    // one tab stop for the whole tablist
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  it('opens the OAuth 2 tab with the OS Data Hub fields filled', async () => {
    const { user, store } = renderApp();
    await loadPreset(user, 'OS Data Hub: OAuth 2.0 client credentials');
    expect(screen.getByRole('tab', { name: 'OAuth 2' })).toHaveAttribute('aria-selected', 'true');
    // shown as text by the placeholder, in a field by the real OAuth 2 view
    const url = 'https://api.os.uk/oauth2/token/v1';
    await waitFor(() => expect(screen.queryByDisplayValue(url) ?? screen.queryByText(url)).toBeInTheDocument());
    expect(store.getState().oauth2).toMatchObject({ clientAuth: 'basic', clientId: 'YOUR_PROJECT_API_KEY' });
  });

  it('fills every Akana token field from the preset, editable afterwards', async () => {
    const { user } = renderApp();
    await loadPreset(user, 'Akana: token (access token)');
    expect(screen.getByRole('textbox', { name: 'Consumer key' })).toHaveValue('acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v');
    expect(screen.getByRole('textbox', { name: 'Nonce' })).toHaveValue('2367428168');
    expect(screen.getByRole('combobox', { name: 'Method' })).toHaveValue('GET');
    const token = screen.getByRole('textbox', { name: 'Token' });
    await user.clear(token);
    await user.type(token, 'edited');
    expect(token).toHaveValue('edited');
  });

  it('shows what failed and offers “Reset to defaults” when a tab cannot render', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, store } = renderApp();
    // A state no input could produce, e.g. a hand-edited store: the params table cannot render it.
    act(() => store.setState({ request: { ...store.getState().request, params: null as never } }));
    expect(screen.getByRole('alert')).toHaveTextContent('The Sign tab could not be shown');
    expect(screen.getByRole('tab', { name: 'Check' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://api.example.com/photos');
    quiet.mockRestore();
  });

  it('“Try again” renders the tab again with the inputs as they were, once the cause is gone', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, store } = renderApp();
    const url = screen.getByRole('textbox', { name: 'URL' });
    await user.clear(url);
    await user.type(url, 'https://kept.example/resource');
    const params = store.getState().request.params;
    act(() => store.setState({ request: { ...store.getState().request, params: null as never } }));
    expect(screen.getByRole('alert')).toHaveTextContent('The Sign tab could not be shown');
    act(() => store.setState({ request: { ...store.getState().request, params } }));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://kept.example/resource');
    quiet.mockRestore();
  });
});
