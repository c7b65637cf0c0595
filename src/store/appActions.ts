/** Actions that touch several slices at once: presets, paste, share links, reset. */
import type { Result } from '../engine/types.ts';
import type { Pasted } from '../http/paste/index.ts';
import { getPresets, type OAuth1Preset } from '../providers/presets.ts';
import { defaultCheck } from './checkSlice.ts';
import { defaultCredentials } from './credentialsSlice.ts';
import { nowSeconds } from './freshen.ts';
import { newRowId } from './ids.ts';
import { defaultOAuth2 } from './oauth2Slice.ts';
import { defaultFlow, presetFlow } from './flowSlice.ts';
import { applySharedFlow } from './flowPersistence.ts';
import { fillFromPaste } from './pasteFill.ts';
import { defaultProtocol, type ProtocolInputs } from './protocolSlice.ts';
import { defaultRequest, type RequestInputs } from './requestSlice.ts';
import type { SharedState } from './share.ts';
import type { SliceCreator, StoreEnv } from './types.ts';

export interface AppActions {
  /** copies a preset into the inputs (secrets included: presets hold only public sample values) */
  loadPreset(id: string): void;
  /** check mode: stores the pasted text and, when it parsed, fills the Sign inputs from it (checkHooks.ts parses) */
  pasteRequest(text: string, parsed: Result<Pasted>): void;
  /** a share link's inputs; secrets stay as they are */
  applyShared(shared: SharedState): void;
  /** every input back to its default; "Remember secrets" keeps its setting */
  resetToDefaults(notice?: string | null): void;
}

function presetRequest(p: OAuth1Preset): RequestInputs {
  return {
    method: p.method,
    url: p.url,
    params: p.params.map((q) => ({ id: newRowId(), ...q, enabled: true })),
    body: p.body,
    contentType: p.contentType,
    placement: p.placement,
  };
}

function presetProtocol(p: OAuth1Preset, env: StoreEnv): ProtocolInputs {
  return {
    signatureMethod: p.signatureMethod,
    nonce: p.nonce || env.newNonce(),
    keepNonce: p.nonce !== '',
    timestamp: p.timestamp || nowSeconds(env),
    keepTimestamp: p.timestamp !== '',
    includeVersion: p.includeVersion,
    callback: p.callback,
    verifier: p.verifier,
    realm: p.realm,
  };
}

export function createAppActions(env: StoreEnv): SliceCreator<AppActions> {
  return (set) => ({
    loadPreset(id) {
      const preset = getPresets(env.origin).find((p) => p.id === id);
      if (!preset) return;
      if (preset.kind === 'oauth2') {
        const { tokenUrl, clientId, clientSecret, clientAuth, scope, resourceUrl } = preset;
        set((s) => ({ oauth2: { ...s.oauth2, tokenUrl, clientId, clientSecret, clientAuth, scope, resourceUrl }, ui: { ...s.ui, activeTab: 'oauth2' } }));
        return;
      }
      set((s) => ({
        request: presetRequest(preset),
        protocol: presetProtocol(preset, env),
        credentials: {
          ...s.credentials,
          consumerKey: preset.consumerKey,
          consumerSecret: preset.consumerSecret,
          token: preset.token,
          tokenSecret: preset.tokenSecret,
        },
        flow: presetFlow(preset, s.flow),
        // A preset with endpoints fills the Flow tab too: loaded there, the person stays there.
        ui: { ...s.ui, activeTab: preset.flow && s.ui.activeTab === 'flow' ? 'flow' : 'sign' },
      }));
    },
    pasteRequest(text, parsed) {
      set((s) => {
        const check = { ...s.check, text };
        if (!parsed.ok) return { check };
        return { ...fillFromPaste(parsed.value, s), check };
      });
    },
    applyShared(shared) {
      set((s) => ({
        request: shared.request,
        protocol: shared.protocol,
        credentials: { ...s.credentials, ...shared.credentials },
        oauth2: { ...s.oauth2, ...shared.oauth2 },
        ...(shared.flow ? { flow: applySharedFlow(s.flow, shared.flow) } : {}),
        ui: { ...s.ui, activeTab: shared.tab },
      }));
    },
    resetToDefaults(notice = null) {
      set((s) => ({
        request: defaultRequest(),
        protocol: defaultProtocol(env),
        credentials: { ...defaultCredentials(), rememberSecrets: s.credentials.rememberSecrets },
        check: defaultCheck(),
        oauth2: defaultOAuth2(),
        flow: defaultFlow(env),
        ui: { ...s.ui, notice },
      }));
    },
  });
}
