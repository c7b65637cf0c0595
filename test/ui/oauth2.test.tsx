/**
 * The OAuth 2 tab against the real reference provider: the Basic credentials
 * step by step (with and without RFC 6749 §2.3.1 form-encoding), the token
 * answer with expires_in counting down (fake timers), then the Bearer request.
 */
import { act, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startProvider } from '../../server/provider/index.ts';
import { DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';
import { STORE_NAME } from '../../src/store/persistence.ts';
import { card, openTab, renderWithProviderClock, replaceText, sendAndWait, type User } from './flowHelpers.tsx';
import { FIXED_NOW } from './renderApp.tsx';

let provider: { url: string; close(): Promise<void> };
beforeAll(async () => {
  provider = await startProvider({ port: 0, now: () => FIXED_NOW });
});
afterAll(() => provider.close());
afterEach(() => {
  vi.useRealTimers();
});

const text = (group: string) => screen.getByRole('group', { name: group }).querySelector('pre')?.textContent ?? '';

async function oauth2AgainstProvider() {
  const view = renderWithProviderClock();
  const { user } = view;
  await openTab(user, 'OAuth 2');
  await replaceText(user, screen.getByRole('textbox', { name: 'Token URL' }), `${provider.url}/oauth2/token`);
  await replaceText(user, screen.getByRole('textbox', { name: 'Client ID' }), DEMO_OAUTH2.clientId);
  await replaceText(user, screen.getByLabelText('Client secret'), DEMO_OAUTH2.clientSecret);
  await replaceText(user, screen.getByRole('textbox', { name: 'Resource URL' }), `${provider.url}/oauth2/resource`);
  return view;
}

async function getToken(user: User) {
  const answer = await sendAndWait(user, '2. Token request', 'Send the token request');
  expect(answer).toContain('HTTP 200 OK');
  return answer;
}

// Real requests to a real server: more than the default 5 s when the machine is busy.
describe('OAuth 2 tab', { timeout: 30_000 }, () => {
  it('shows key:secret → base64 → Authorization: Basic, form-encoded per RFC 6749 §2.3.1 or raw', async () => {
    const { user } = await oauth2AgainstProvider();
    await user.click(screen.getByRole('switch', { name: 'Show secrets' }));
    const encoded = 'sigstep-demo-client:sigstep+demo+secret%3Awith%2Freserved%26chars';
    expect(text('ID and secret joined')).toBe(encoded);
    expect(text('Base64 of the UTF-8 bytes')).toBe(btoa(encoded));
    expect(text('Basic Authorization header')).toBe(`Authorization: Basic ${btoa(encoded)}`);
    expect(screen.getByText(/Form-encoding changed the joined value/)).toBeInTheDocument();
    expect(screen.getByText(/It only matters when the secret has reserved characters/)).toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: /Form-encode the ID and secret before base64/ }));
    const raw = `${DEMO_OAUTH2.clientId}:${DEMO_OAUTH2.clientSecret}`;
    expect(text('ID and secret joined')).toBe(raw);
    expect(text('Basic Authorization header')).toBe(`Authorization: Basic ${btoa(raw)}`);
    expect(text('Token body')).toBe('grant_type=client_credentials');
    expect(text('Token curl command')).toBe(
      `curl -H 'Authorization: Basic ${btoa(raw)}' -H 'Content-Type: application/x-www-form-urlencoded' -H 'Accept: application/json' --data-raw grant_type=client_credentials ${provider.url}/oauth2/token`,
    );
  });

  it('masks the secret, the base64 and the access token until “Show secrets” is on', async () => {
    const { user } = await oauth2AgainstProvider();
    expect(text('ID and secret joined')).toBe('sigstep-demo-client:••••••••');
    expect(text('Base64 of the UTF-8 bytes')).toBe('••••••••');
    expect(text('Token curl command')).toContain("-H 'Authorization: Basic ••••••••'");
    await getToken(user);
    expect(text('Bearer headers')).toBe('Authorization: Bearer ••••••••');
    expect(screen.getByRole('row', { name: /access_token/ })).toHaveTextContent('access_token••••••••');
  });

  it('counts expires_in down once a second and shows issued_at as a date', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'], now: FIXED_NOW });
    const { user } = await oauth2AgainstProvider();
    await getToken(user);
    const timer = screen.getByRole('timer', { name: 'Time left' });
    expect(timer).toHaveTextContent('4:59');
    act(() => vi.advanceTimersByTime(1000));
    expect(timer).toHaveTextContent('4:58');
    act(() => vi.advanceTimersByTime(60_000));
    expect(timer).toHaveTextContent('3:58');
    expect(screen.getByText('(expires_in 299 s)')).toBeInTheDocument();
    const issued = screen.getByRole('group', { name: 'Token answer' }).parentElement?.querySelector('time');
    expect(issued).toHaveAttribute('datetime', new Date(FIXED_NOW).toISOString());
    expect(issued).toHaveTextContent(new Date(FIXED_NOW).toUTCString());
    act(() => vi.advanceTimersByTime(240_000));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.getByText('Expired: send the token request again.')).toBeInTheDocument();
  });

  it('carries the access token into the Bearer request, which the resource accepts', async () => {
    const { user, store } = await oauth2AgainstProvider();
    await getToken(user);
    const token = store.getState().oauth2Session.accessToken;
    expect(token).not.toBe('');
    expect(screen.getByLabelText('Access token')).toHaveValue(token);
    const answer = await sendAndWait(user, '3. Bearer request', 'Send the Bearer request');
    expect(answer).toContain('HTTP 200 OK');
    expect(answer).toContain('The Bearer token was accepted.');
    // neither the client secret nor the token is stored
    const stored = localStorage.getItem(STORE_NAME) ?? '';
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(DEMO_OAUTH2.clientSecret);
    expect(stored).toContain(`${provider.url}/oauth2/resource`);
  });

  it('explains a wrong secret as invalid_client, mentioning §2.3.1', async () => {
    const { user } = await oauth2AgainstProvider();
    await replaceText(user, screen.getByLabelText('Client secret'), 'wrong');
    const answer = await sendAndWait(user, '2. Token request', 'Send the token request');
    expect(answer).toContain('HTTP 401 Unauthorized');
    expect(card('2. Token request').getByRole('group', { name: 'What the provider said' })).toHaveTextContent(
      /The provider refused: invalid_client\..*RFC 6749 §2\.3\.1/,
    );
  });

  it('sends the ID and secret in the form body when chosen', async () => {
    const { user } = await oauth2AgainstProvider();
    await user.click(screen.getByRole('switch', { name: 'Show secrets' }));
    await user.click(screen.getByRole('radio', { name: 'ID and secret in the form body' }));
    expect(text('Token body')).toBe(
      'grant_type=client_credentials&client_id=sigstep-demo-client&client_secret=sigstep+demo+secret%3Awith%2Freserved%26chars',
    );
    expect(text('Token headers')).not.toContain('Authorization');
    // the reference provider takes Basic only, as OS Data Hub does
    expect(await sendAndWait(user, '2. Token request', 'Send the token request')).toContain('invalid_client');
  });
});
