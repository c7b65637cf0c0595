/**
 * The Flow tab against the real reference provider (started here, on loopback,
 * with its clock at the store's FIXED_NOW): each step's request, its answer,
 * and the tokens carried into the next step. Nothing of ours is mocked.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startProvider } from '../../server/provider/index.ts';
import { DEMO_OAUTH1 } from '../../src/providers/demoCredentials.ts';
import { STORE_NAME } from '../../src/store/persistence.ts';
import { CallbackPage } from '../../src/ui/callback/CallbackPage.tsx';
import { CALLBACK_STORAGE_KEY } from '../../src/ui/callback/handoff.ts';
import { card, openTab, renderWithProviderClock, replaceText, sendAndWait, type User } from './flowHelpers.tsx';
import { FIXED_NOW } from './renderApp.tsx';

let provider: { url: string; close(): Promise<void> };
beforeAll(async () => {
  provider = await startProvider({ port: 0, now: () => FIXED_NOW });
});
afterAll(() => provider.close());
afterEach(() => history.replaceState(null, '', '/'));

const STEP1 = '1. Temporary credentials';
const STEP2 = '2. Authorize';
const STEP3 = '3. Token credentials';
const STEP4 = '4. Protected resource';

/** The Flow tab with the demo client, pointed at this test's provider. */
async function flowAgainstProvider(options: Parameters<typeof renderWithProviderClock>[0] = {}) {
  const view = renderWithProviderClock(options);
  const { user } = view;
  await openTab(user, 'Flow');
  await user.click(screen.getByRole('button', { name: 'Use the built-in test provider' }));
  await replaceText(user, screen.getByRole('textbox', { name: 'Temporary credentials URL' }), `${provider.url}/oauth/initiate`);
  await replaceText(user, screen.getByRole('textbox', { name: 'Authorize URL' }), `${provider.url}/oauth/authorize`);
  await replaceText(user, screen.getByRole('textbox', { name: 'Token credentials URL' }), `${provider.url}/oauth/token`);
  await replaceText(user, screen.getByRole('textbox', { name: 'Protected resource URL' }), `${provider.url}/api/me`);
  return view;
}

/** What the person does at the provider: the authorize page's Approve button, as the form it submits. */
async function approveAtProvider(requestToken: string): Promise<URL> {
  const res = await fetch(`${provider.url}/oauth/authorize`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `oauth_token=${encodeURIComponent(requestToken)}&decision=approve`,
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '');
}

/** The provider's redirect lands on the app's callback route in another tab. */
function openCallbackPage(redirect: URL) {
  history.replaceState(null, '', `${redirect.pathname}${redirect.search}`);
  const page = render(<CallbackPage />);
  history.replaceState(null, '', '/');
  return { ...within(page.container), unmount: page.unmount };
}

async function runToStep3(user: User) {
  expect(await sendAndWait(user, STEP1, 'Send the temporary credentials request')).toContain('HTTP 200 OK');
  const requestToken = (screen.getByRole('textbox', { name: 'Request token' }) as HTMLInputElement).value;
  expect(requestToken).toMatch(/.{8,}/);
  const redirect = await approveAtProvider(requestToken);
  expect(redirect.origin + redirect.pathname).toBe('http://localhost:5173/callback');
  const callback = openCallbackPage(redirect);
  expect(callback.getByRole('status')).toHaveTextContent('You can close this tab.');
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Verifier' })).toHaveValue(redirect.searchParams.get('oauth_verifier')));
  callback.unmount();
  return { requestToken, verifier: redirect.searchParams.get('oauth_verifier') ?? '' };
}

// Each test talks to a real server through several steps: more than the default 5 s when the machine is busy.
describe('Flow tab against the reference provider', { timeout: 30_000 }, () => {
  it('runs initiate → authorize → token → resource, carrying each answer’s tokens into the next step', async () => {
    const { user, store } = await flowAgainstProvider();
    const { requestToken } = await runToStep3(user);
    expect(card(STEP2).getByRole('link', { name: 'Open the authorize page' })).toHaveAttribute(
      'href', `${provider.url}/oauth/authorize?oauth_token=${encodeURIComponent(requestToken)}`,
    );
    expect(card(STEP2).getByRole('status')).toHaveTextContent('The callback handed back the verifier');
    expect(store.getState().flow.requestTokenSecret).not.toBe('');

    expect(await sendAndWait(user, STEP3, 'Send the token credentials request')).toContain('HTTP 200 OK');
    const accessToken = screen.getByRole('textbox', { name: 'Access token' });
    expect(accessToken).not.toHaveValue('');
    expect(card(STEP3).getByRole('group', { name: 'Access token carried forward' })).toHaveTextContent(
      `Carried to step 4: access token ${(accessToken as HTMLInputElement).value}, secret ••••••••.`,
    );

    const answer = await sendAndWait(user, STEP4, 'Send the protected resource request');
    expect(answer).toContain('HTTP 200 OK');
    expect(answer).toContain('oauth_parameters_in');
    expect(answer).toContain(DEMO_OAUTH1.consumerKey);
  });

  it('signs each step with the flow’s placement and method: query placement, PLAINTEXT', async () => {
    const { user } = await flowAgainstProvider();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Signature method' }), 'PLAINTEXT');
    await user.click(screen.getByRole('radio', { name: 'Query string' }));
    await user.click(screen.getByRole('switch', { name: 'Show secrets' }));
    const line = card(STEP1).getByRole('group', { name: 'Temporary credentials request line' });
    expect(line).toHaveTextContent(`oauth_signature=${DEMO_OAUTH1.consumerSecret}%26`);
    expect(line).toHaveTextContent('oauth_signature_method=PLAINTEXT');
    expect(card(STEP1).queryByRole('group', { name: 'Temporary credentials Authorization header' })).not.toBeInTheDocument();
    await runToStep3(user);
    expect(await sendAndWait(user, STEP3, 'Send the token credentials request')).toContain('HTTP 200 OK');
    const answer = await sendAndWait(user, STEP4, 'Send the protected resource request');
    expect(answer).toMatch(/signature_method\s*PLAINTEXT/);
    expect(answer).toMatch(/oauth_parameters_in\s*query/);
  });

  it('applies a callback that arrived while the Flow tab was not open', async () => {
    localStorage.setItem(CALLBACK_STORAGE_KEY, JSON.stringify({
      type: 'sigstep-oauth-callback', id: 'x1', at: Date.now(), oauthToken: 'tok', oauthVerifier: 'ver-123',
    }));
    const { user } = renderWithProviderClock();
    await openTab(user, 'Flow');
    expect(screen.getByRole('textbox', { name: 'Verifier' })).toHaveValue('ver-123');
    expect(screen.getByRole('textbox', { name: 'Request token' })).toHaveValue('tok');
    expect(localStorage.getItem(CALLBACK_STORAGE_KEY)).toBeNull();
  });

  it('says so when the callback’s oauth_token is not step 1’s request token', async () => {
    const { user } = await flowAgainstProvider();
    expect(await sendAndWait(user, STEP1, 'Send the temporary credentials request')).toContain('HTTP 200 OK');
    const callback = openCallbackPage(new URL('http://localhost:5173/callback?oauth_token=someone-else&oauth_verifier=v'));
    await waitFor(() => expect(card(STEP2).getByRole('status')).toHaveTextContent('is not step 1’s request token'));
    callback.unmount();
  });

  it('explains a wrong consumer secret as signature_invalid, with the provider’s base string beside ours', async () => {
    const { user } = await flowAgainstProvider();
    await replaceText(user, screen.getByLabelText('Consumer secret'), 'not-the-secret');
    const answer = await sendAndWait(user, STEP1, 'Send the temporary credentials request');
    expect(answer).toContain('HTTP 401 Unauthorized');
    const problem = card(STEP1).getByRole('group', { name: 'What the provider said' });
    expect(problem).toHaveTextContent('The provider refused: signature_invalid.');
    const theirs = card(STEP1).getByRole('group', { name: 'Provider’s base string' }).querySelector('pre')?.textContent;
    const ours = card(STEP1).getByRole('group', { name: 'Our base string' }).querySelector('pre')?.textContent;
    expect(theirs).toBe(ours);
    expect(problem).toHaveTextContent('the difference is in the key');
    expect(card(STEP1).getByRole('group', { name: 'Clock skew' })).toHaveTextContent('The provider’s clock agrees with the request’s oauth_timestamp');
  });

  it('warns before a kept nonce is sent again, and after: the provider answers nonce_used', async () => {
    const { user, store } = await flowAgainstProvider();
    await user.click(card(STEP1).getByText('Nonce and timestamp', { exact: true }));
    await user.click(card(STEP1).getByRole('checkbox', { name: 'Keep fixed' }));
    const nonce = store.getState().flowSession.clocks.initiate.nonce;
    expect(card(STEP1).queryByText(/was already sent in this session/)).not.toBeInTheDocument();
    expect(await sendAndWait(user, STEP1, 'Send the temporary credentials request')).toContain('HTTP 200 OK');
    expect(card(STEP1).getByText(/was already sent in this session/)).toHaveTextContent(`Nonce ${nonce}`);
    const again = await sendAndWait(user, STEP1, 'Send the temporary credentials request');
    expect(again).toContain(`This request reused the nonce ${nonce}`);
    expect(again).toContain('The provider refused: nonce_used.');
  });

  it('renews the nonce and timestamp on each Send unless they are kept', async () => {
    const { user, store } = await flowAgainstProvider();
    const before = store.getState().flowSession.clocks.initiate.nonce;
    expect(await sendAndWait(user, STEP1, 'Send the temporary credentials request')).toContain('HTTP 200 OK');
    const sent = store.getState().flowSession.runs.initiate;
    expect(sent?.signed?.nonce).not.toBe(before);
    expect(sent?.signed?.nonceReused).toBe(false);
    expect(store.getState().flowSession.sentNonces.has(sent?.signed?.nonce ?? '')).toBe(true);
  });

  it('asks for an endpoint’s URL without raising an alert, and alerts on a URL it cannot sign', async () => {
    const { user } = renderWithProviderClock();
    await openTab(user, 'Flow');
    expect(card(STEP1).getByText('Enter the temporary credentials URL.')).toBeInTheDocument();
    expect(card(STEP1).queryByRole('alert')).not.toBeInTheDocument();
    await replaceText(user, screen.getByRole('textbox', { name: 'Temporary credentials URL' }), 'not a url');
    expect(card(STEP1).getByRole('alert')).toHaveTextContent('The temporary credentials request cannot be signed yet:');
  });

  it('names a request the browser cannot send: a form body on GET', async () => {
    const { user } = await flowAgainstProvider();
    await user.click(screen.getByRole('radio', { name: 'Form body' }));
    expect(screen.getByText('A form body needs POST: browsers (and the relay) send no body with GET.')).toBeInTheDocument();
    const answer = await sendAndWait(user, STEP4, 'Send the protected resource request');
    expect(answer).toContain('Cannot be sent. Browsers cannot send a body with GET');
  });

  it('keeps token secrets and answers out of localStorage unless secrets are remembered', async () => {
    const { user, store } = await flowAgainstProvider();
    await runToStep3(user);
    expect(await sendAndWait(user, STEP3, 'Send the token credentials request')).toContain('HTTP 200 OK');
    const { accessToken, accessTokenSecret, requestTokenSecret } = store.getState().flow;
    const stored = localStorage.getItem(STORE_NAME) ?? '';
    expect(stored).toContain(accessToken);
    expect(stored).not.toContain(accessTokenSecret);
    expect(stored).not.toContain(requestTokenSecret);
    expect(stored).not.toContain(DEMO_OAUTH1.consumerSecret);
    expect(stored).not.toContain('oauth_token_secret');

    await user.click(screen.getByRole('switch', { name: 'Remember secrets on this device' }));
    const remembered = localStorage.getItem(STORE_NAME) ?? '';
    expect(remembered).toContain(accessTokenSecret);
    expect(remembered).toContain(DEMO_OAUTH1.consumerSecret);
    expect(remembered).not.toContain('oauth_token_secret'); // answers are never stored
  });

  it('restores the flow after a reload, without its secrets', async () => {
    const first = await flowAgainstProvider();
    await runToStep3(first.user);
    const { requestToken, verifier } = first.store.getState().flow;
    first.unmount();
    const { user } = renderWithProviderClock();
    await openTab(user, 'Flow');
    expect(screen.getByRole('textbox', { name: 'Temporary credentials URL' })).toHaveValue(`${provider.url}/oauth/initiate`);
    expect(screen.getByRole('textbox', { name: 'Request token' })).toHaveValue(requestToken);
    expect(screen.getByRole('textbox', { name: 'Verifier' })).toHaveValue(verifier);
    expect(screen.getByLabelText('Consumer secret')).toHaveValue('');
    expect(screen.getByLabelText('Request token secret')).toHaveValue('');
    expect(card(STEP1).queryByRole('group', { name: /answer$/ })).not.toBeInTheDocument();
  });

  it('masks secrets in the shell script and the PLAINTEXT curl until “Show secrets” is on; Copy copies the real ones', async () => {
    const { user } = await flowAgainstProvider();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Signature method' }), 'PLAINTEXT');
    const curl = () => card(STEP1).getByRole('group', { name: 'Temporary credentials curl command' }).querySelector('pre')?.textContent ?? '';
    expect(curl()).not.toContain(DEMO_OAUTH1.consumerSecret);
    const script = () => card(STEP1).getByRole('group', { name: 'Temporary credentials shell script' }).querySelector('pre')?.textContent ?? '';
    expect(script()).toContain('CONSUMER_SECRET=••••••••');
    expect(script()).not.toContain(DEMO_OAUTH1.consumerSecret);
    await user.click(card(STEP1).getByRole('button', { name: 'Copy temporary credentials shell script' }));
    expect(await navigator.clipboard.readText()).toContain(`CONSUMER_SECRET=${DEMO_OAUTH1.consumerSecret}`);
    await user.click(screen.getByRole('switch', { name: 'Show secrets' }));
    expect(curl()).toContain(`oauth_signature="${DEMO_OAUTH1.consumerSecret}%26"`);
  });

  it('signs RSA-SHA1 with the demo RSA client’s private key', async () => {
    const { user, store } = await flowAgainstProvider();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Signature method' }), 'RSA-SHA1');
    await user.click(screen.getByRole('button', { name: 'Use the built-in test provider' }));
    expect(store.getState().flow.consumerKey).toBe('sigstep-demo-rsa-key');
    expect(screen.getByLabelText('RSA private key (PEM)')).toBeInTheDocument();
    // the built-in button pointed the URLs back at the page's origin: point step 1 at this provider again
    await replaceText(user, screen.getByRole('textbox', { name: 'Temporary credentials URL' }), `${provider.url}/oauth/initiate`);
    await waitFor(() => expect(card(STEP1).getByRole('group', { name: 'Temporary credentials Authorization header' })).toHaveTextContent('oauth_signature_method="RSA-SHA1"'));
    expect(card(STEP1).getByText(/The shell script signs with HMAC or PLAINTEXT/)).toBeInTheDocument();
    expect(await sendAndWait(user, STEP1, 'Send the temporary credentials request')).toContain('HTTP 200 OK');
  });
});

describe('the callback page', () => {
  it('explains itself when it is visited without a callback query', () => {
    history.replaceState(null, '', '/callback');
    render(<CallbackPage />);
    expect(screen.getByRole('heading', { name: 'sigstep: OAuth callback' })).toBeInTheDocument();
    expect(screen.getByText(/this visit has neither/)).toBeInTheDocument();
  });

  it('hands a denial back, and the Flow tab says to start again', async () => {
    const { user } = renderWithProviderClock();
    await openTab(user, 'Flow');
    const page = openCallbackPage(new URL('http://localhost:5173/callback?denied=tok-1'));
    expect(page.getByRole('status')).toHaveTextContent('access was denied');
    await waitFor(() => expect(card(STEP2).getByRole('status')).toHaveTextContent('The user denied access'));
    act(() => page.unmount());
  });
});
