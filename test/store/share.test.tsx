import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BAD_SHARE_NOTICE } from '../../src/store/share.ts';
import { loadPreset, outputText, renderApp } from '../ui/renderApp.tsx';

const SECRETS = ['kd94hf93k423kf44', 'pfkkdhi9sl3r4s00'];

function decodeFragment(link: string): string {
  const b64 = link.slice(link.indexOf('#s=') + 3).replace(/-/g, '+').replace(/_/g, '/');
  return new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
}

describe('Share link', () => {
  it('carries no secret and reopens the same request', async () => {
    const first = renderApp();
    await loadPreset(first.user, /RFC 5849 §1\.2/);
    await first.user.click(screen.getByRole('button', { name: 'Copy share link' }));
    expect(screen.getByText(/Link copied/)).toBeInTheDocument();
    const link = await navigator.clipboard.readText();
    expect(link).toMatch(/#s=[A-Za-z0-9_-]+$/);
    const json = decodeFragment(link);
    for (const s of SECRETS) expect(json).not.toContain(s);
    expect(json).toContain('photos.example.net');

    first.unmount();
    localStorage.clear(); // another browser: nothing stored
    const second = renderApp({ hash: link.slice(link.indexOf('#')) });
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('http://photos.example.net/photos');
    expect(screen.getByRole('textbox', { name: 'Consumer key' })).toHaveValue('dpf43f3p2l4k3l03');
    expect(screen.getByRole('textbox', { name: 'Nonce' })).toHaveValue('chapoH');
    expect(screen.getByLabelText('Consumer secret')).toHaveValue('');
    expect(outputText('Normalized parameters')).toContain('file=vacation.jpg');

    // with the secrets typed in, the same signature comes out
    await second.user.type(screen.getByLabelText('Consumer secret'), SECRETS[0] ?? '');
    await second.user.type(screen.getByLabelText('Token secret'), SECRETS[1] ?? '');
    expect(outputText('Signature (base64)')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
  });

  it('leaves out the OAuth 2 client secret too', async () => {
    const first = renderApp();
    await loadPreset(first.user, 'Built-in test provider: OAuth 2.0 client credentials');
    await first.user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const json = decodeFragment(await navigator.clipboard.readText());
    expect(json).toContain('sigstep-demo-client');
    expect(json).not.toContain('sigstep demo secret');
  });

  it('carries the Flow tab’s endpoints and client key, none of its secrets or tokens, and starts a fresh flow', async () => {
    const first = renderApp();
    first.store.getState().loadBuiltinFlow();
    first.store.getState().setFlow('requestToken', 'req-tok-1');
    first.store.getState().setFlow('verifier', 'verif-2');
    first.store.getState().setFlow('accessToken', 'acc-tok-3');
    first.store.getState().setFlow('accessTokenSecret', 'acc-sec-4');
    const sent = first.store.getState().flow;
    await first.user.click(screen.getByRole('button', { name: 'Copy share link' }));
    const link = await navigator.clipboard.readText();
    const json = decodeFragment(link);
    expect(json).toContain(sent.initiate.url);
    expect(json).toContain(sent.consumerKey);
    for (const kept of [sent.consumerSecret, 'req-tok-1', 'verif-2', 'acc-tok-3', 'acc-sec-4']) expect(json).not.toContain(kept);

    first.unmount();
    localStorage.clear();
    const second = renderApp({ hash: link.slice(link.indexOf('#')) });
    second.store.getState().setFlow('accessToken', 'receivers-own-token');
    second.store.getState().setFlow('callback', 'https://receiver.example/callback');
    second.store.getState().applyShared(JSON.parse(json));
    const flow = second.store.getState().flow;
    expect(flow).toMatchObject({
      initiate: sent.initiate, authorizeUrl: sent.authorizeUrl, token: sent.token, resource: sent.resource,
      consumerKey: sent.consumerKey, signatureMethod: sent.signatureMethod, placement: sent.placement, callback: 'https://receiver.example/callback',
      consumerSecret: '', requestToken: '', verifier: '', accessToken: '', accessTokenSecret: '',
    });
  });

  it('still reads a link made before the flow was shared', () => {
    const json = JSON.stringify({
      v: 1,
      request: { method: 'GET', url: 'https://old.example/x', params: [], body: '', contentType: 'application/x-www-form-urlencoded', placement: 'header' },
      protocol: { signatureMethod: 'HMAC-SHA1', nonce: 'n', keepNonce: true, timestamp: '1', keepTimestamp: true, includeVersion: true, callback: '', verifier: '', realm: '', extraHeaderParams: [] },
      credentials: { consumerKey: 'k', token: '', publicKeyPem: '' },
      oauth2: { tokenUrl: '', clientId: '', clientAuth: 'basic', scope: '', formEncodeCredentials: false, resourceUrl: '' },
      tab: 'sign',
    });
    renderApp({ hash: '#s=' + btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '') });
    expect(screen.queryByText(BAD_SHARE_NOTICE)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://old.example/x');
  });

  it.each([['#s=!!!not-base64'], ['#s=' + btoa('{"v":2}')], ['#s=']])('starts from defaults with a notice for a bad link %s', (hash) => {
    renderApp({ hash });
    expect(screen.getByText(BAD_SHARE_NOTICE)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://api.example.com/photos');
  });

  it('ignores a fragment that is not a share link', () => {
    renderApp({ hash: '#section-2' });
    expect(screen.queryByText(BAD_SHARE_NOTICE)).not.toBeInTheDocument();
  });
});
