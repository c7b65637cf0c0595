import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/createAppStore.ts';
import { buildRequest, buildSignInput, selectSignInputs } from '../../src/store/selectors.ts';
import { fixedEnv } from '../ui/renderApp.tsx';

const fresh = () => createAppStore({ env: fixedEnv() });

describe('store', () => {
  it('keeps only inputs: no trace, signature or verdict is stored', () => {
    const s = fresh().getState();
    const json = JSON.stringify(s);
    expect(json).not.toMatch(/signature"|trace|baseString|verdict/i);
  });

  it('percent-encodes query rows into the URL, before any fragment', () => {
    const req = buildRequest({
      method: 'get',
      url: 'https://h.example/p?x=1#frag',
      params: [
        { id: 'a', name: 'a b', value: 'c&d', source: 'query', enabled: true },
        { id: 'b', name: 'off', value: '1', source: 'query', enabled: false },
        { id: 'c', name: '', value: 'unnamed', source: 'query', enabled: true },
      ],
      body: '',
      contentType: 'application/x-www-form-urlencoded',
      placement: 'header',
    });
    expect(req).toEqual({ ok: true, value: { method: 'GET', url: 'https://h.example/p?x=1&a%20b=c%26d#frag', headers: [], body: '' } });
  });

  it('form-encodes body rows after the raw body and sends the Content-Type with a POST', () => {
    const req = buildRequest({
      method: 'POST',
      url: 'https://h.example/p',
      params: [{ id: 'a', name: 'q', value: '1 2', source: 'body', enabled: true }],
      body: 'raw=1',
      contentType: 'application/x-www-form-urlencoded',
      placement: 'body',
    });
    expect(req.ok && req.value).toMatchObject({ body: 'raw=1&q=1%202', headers: [['Content-Type', 'application/x-www-form-urlencoded']] });
  });

  it('passes header rows to the engine as extra header parameters', () => {
    const store = fresh();
    const id = store.getState().addParam('header');
    store.getState().updateParam(id, { name: 'scope', value: 'Scope1' });
    const input = buildSignInput(selectSignInputs(store.getState()));
    expect(input.ok && input.value.protocol.extraHeaderParams).toEqual([['scope', 'Scope1']]);
  });

  it('renews nonce and timestamp on an edit unless kept fixed', () => {
    let now = 1_000_000;
    const store = createAppStore({ env: { ...fixedEnv(), now: () => now } });
    const { nonce } = store.getState().protocol;
    now = 5_000_000;
    store.getState().setUrl('https://x.example/');
    expect(store.getState().protocol.nonce).not.toBe(nonce);
    expect(store.getState().protocol.timestamp).toBe('5000');
    store.getState().setTimestamp('42');
    now = 9_000_000;
    store.getState().setUrl('https://y.example/');
    expect(store.getState().protocol).toMatchObject({ timestamp: '42', keepTimestamp: true });
  });

  it('loads a preset with its sample nonce and timestamp kept fixed', () => {
    const store = fresh();
    store.getState().loadPreset('7digital-request-token');
    expect(store.getState().protocol).toMatchObject({ nonce: '950262835', keepNonce: true, timestamp: '1426071532', keepTimestamp: true });
    expect(store.getState().request).toMatchObject({ method: 'POST', placement: 'body', url: 'https://api.7digital.com/1.2/oauth/requesttoken' });
    store.getState().loadPreset('7digital-access-token');
    expect(store.getState().credentials).toMatchObject({ token: 'ABC1XYZ', tokenSecret: 'oGBr7s1xQ0OBk6L1fddTCQ==' });
  });

  it('stays on the Flow tab when a preset with flow endpoints is loaded there, and opens Sign for one without', () => {
    const store = fresh();
    store.getState().setActiveTab('flow');
    store.getState().loadPreset('builtin-initiate');
    expect(store.getState().ui.activeTab).toBe('flow');
    expect(store.getState().flow.initiate.url).toMatch(/\/provider\/oauth\/initiate$/);
    store.getState().loadPreset('akana-initiate');
    expect(store.getState().ui.activeTab).toBe('sign');
    store.getState().setActiveTab('check');
    store.getState().loadPreset('builtin-initiate');
    expect(store.getState().ui.activeTab).toBe('sign');
  });

  it('resets every input but keeps the remember-secrets choice', () => {
    const store = fresh();
    store.getState().setRememberSecrets(true);
    store.getState().setCredential('consumerSecret', 's');
    store.getState().setUrl('https://changed.example/');
    store.getState().resetToDefaults();
    expect(store.getState().credentials).toMatchObject({ consumerSecret: '', rememberSecrets: true });
    expect(store.getState().request.url).toBe('https://api.example.com/photos');
  });
});
