import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { STORE_NAME, UNREADABLE_NOTICE } from '../../src/store/persistence.ts';
import { renderApp } from '../ui/renderApp.tsx';

/** A reload: unmount, then render again over a new store that reads the same localStorage. */
function reload(view: ReturnType<typeof renderApp>) {
  view.unmount();
  return renderApp();
}

async function typeInputs(view: ReturnType<typeof renderApp>) {
  const { user } = view;
  const url = screen.getByRole('textbox', { name: 'URL' });
  await user.clear(url);
  await user.type(url, 'https://api.example.org/things');
  await user.type(screen.getByRole('textbox', { name: 'Token' }), 'tok-123');
  await user.type(screen.getByLabelText('Consumer secret'), 'cs-SECRET-1');
  await user.type(screen.getByLabelText('Token secret'), 'ts-SECRET-2');
}

describe('Persistence', () => {
  it('keeps everything but the secrets across a reload', async () => {
    const first = renderApp();
    await typeInputs(first);
    expect(localStorage.getItem(STORE_NAME)).not.toContain('SECRET');

    reload(first);
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://api.example.org/things');
    expect(screen.getByRole('textbox', { name: 'Token' })).toHaveValue('tok-123');
    expect(screen.getByLabelText('Consumer secret')).toHaveValue('');
    expect(screen.getByLabelText('Token secret')).toHaveValue('');
    expect(screen.getByRole('switch', { name: 'Remember secrets on this device' })).not.toBeChecked();
  });

  it('keeps the secrets too when “Remember secrets on this device” is on, and forgets them when it is turned off', async () => {
    const first = renderApp();
    await typeInputs(first);
    await first.user.click(screen.getByRole('switch', { name: 'Remember secrets on this device' }));
    expect(localStorage.getItem(STORE_NAME)).toContain('cs-SECRET-1');

    const second = reload(first);
    expect(screen.getByLabelText('Consumer secret')).toHaveValue('cs-SECRET-1');
    expect(screen.getByLabelText('Token secret')).toHaveValue('ts-SECRET-2');

    await second.user.click(screen.getByRole('switch', { name: 'Remember secrets on this device' }));
    expect(localStorage.getItem(STORE_NAME)).not.toContain('SECRET');
    reload(second);
    expect(screen.getByLabelText('Consumer secret')).toHaveValue('');
  });

  it('keeps the open tab and the check-mode paste', async () => {
    const first = renderApp();
    await first.user.click(screen.getByRole('tab', { name: 'Check' }));
    await first.user.click(await screen.findByRole('textbox', { name: 'Paste a request' }));
    await first.user.paste('https://photos.example.net/photos?size=original');
    reload(first);
    expect(screen.getByRole('tab', { name: 'Check' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('textbox', { name: 'Paste a request' })).toHaveValue('https://photos.example.net/photos?size=original');
  });

  it.each([
    ['garbage that is not JSON', '{not json'],
    ['JSON that is not a stored state', '"hello"'],
    ['an older version', JSON.stringify({ state: { request: {} }, version: 0 })],
    ['a hand-edited state of the right version', JSON.stringify({ state: { request: { method: 'GET', url: 1 } }, version: 1 })],
  ])('starts from defaults with a dismissible notice when the stored state is %s', async (_what, stored) => {
    localStorage.setItem(STORE_NAME, stored);
    const { user } = renderApp();
    const notice = screen.getByText(UNREADABLE_NOTICE);
    expect(notice).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://api.example.com/photos');
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
    // the unreadable value is replaced, so the next reload is clean
    expect(JSON.parse(localStorage.getItem(STORE_NAME) ?? 'null')).toMatchObject({ version: 1 });

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(UNREADABLE_NOTICE)).not.toBeInTheDocument();
  });

  it('shows no notice on a first visit', () => {
    renderApp();
    expect(screen.queryByRole('button', { name: 'Dismiss' })).not.toBeInTheDocument();
  });

  it('still works when localStorage throws', () => {
    const broken = {
      getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('denied'); },
      removeItem: () => { throw new Error('denied'); },
    } as unknown as Storage;
    renderApp({ storage: broken });
    expect(screen.getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
  });
});
