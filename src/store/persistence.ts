/**
 * What survives a reload (zustand `persist`): every input except the secrets,
 * unless "Remember secrets on this device" is on. A stored state is untrusted:
 * anything that does not validate — an older version, hand-edited JSON, plain
 * garbage — is dropped and the app starts from defaults with a notice.
 */
import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { readCheck, type CheckInputs } from './checkSlice.ts';
import { readCredentials, withoutSecrets, type CredentialInputs } from './credentialsSlice.ts';
import { readOAuth2, type OAuth2Inputs } from './oauth2Slice.ts';
import { mergeFlow, persistFlow, type PersistedFlow } from './flowPersistence.ts';
import { readProtocol, type ProtocolInputs } from './protocolSlice.ts';
import { readRequest, type RequestInputs } from './requestSlice.ts';
import { object, oneOf } from './shape.ts';
import type { AppState } from './types.ts';
import { TAB_IDS, type TabId } from './uiSlice.ts';

export const STORE_NAME = 'sigstep';
/** Bump when the persisted shape changes; add a step to `migrate` if the old shape can be read. */
export const STORE_VERSION = 1;

export const UNREADABLE_NOTICE =
  'Your saved state could not be read (it is from an older version or was edited), so sigstep started from defaults.';

export interface Persisted extends PersistedFlow {
  request: RequestInputs;
  protocol: ProtocolInputs;
  /** secrets present only when rememberSecrets is on */
  credentials: CredentialInputs | Omit<CredentialInputs, 'consumerSecret' | 'tokenSecret' | 'privateKeyPem'>;
  check: CheckInputs;
  oauth2: OAuth2Inputs | Omit<OAuth2Inputs, 'clientSecret'>;
  activeTab: TabId;
}

export function partialize(s: AppState): Persisted {
  const remember = s.credentials.rememberSecrets;
  const { clientSecret: _clientSecret, ...publicOAuth2 } = s.oauth2;
  return {
    request: s.request,
    protocol: s.protocol,
    credentials: remember ? s.credentials : withoutSecrets(s.credentials),
    check: s.check,
    oauth2: remember ? s.oauth2 : publicOAuth2,
    activeTab: s.ui.activeTab,
    ...persistFlow(s),
  };
}

const readPersisted = object({
  request: readRequest,
  protocol: readProtocol,
  credentials: readCredentials,
  check: readCheck,
  oauth2: readOAuth2,
  activeTab: oneOf(TAB_IDS),
});

/** Marks a stored value that is not even an envelope `{ state, version }`, so `merge` can say so. */
const UNREADABLE = { unreadable: true } as const;

/** localStorage with every failure turned into "unreadable" or "nothing stored" instead of an exception. */
export function safeStorage(storage: Storage | undefined): PersistStorage<Persisted> {
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        return null; // storage disabled (private mode, policy): behave as a first visit
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { version?: unknown }).version === 'number') {
          return parsed as StorageValue<Persisted>;
        }
      } catch {
        // fall through: not JSON
      }
      return { state: UNREADABLE as unknown as Persisted, version: STORE_VERSION };
    },
    setItem(name, value) {
      try {
        storage?.setItem(name, JSON.stringify(value));
      } catch {
        // quota exceeded or storage disabled: the app keeps working, it just won't remember
      }
    },
    removeItem(name) {
      try {
        storage?.removeItem(name);
      } catch {
        // as above
      }
    },
  };
}

export function persistOptions(storage: Storage | undefined): PersistOptions<AppState, Persisted> {
  return {
    name: STORE_NAME,
    version: STORE_VERSION,
    storage: safeStorage(storage),
    partialize,
    // No older version is readable yet: hand `merge` something that fails validation.
    migrate: () => UNREADABLE as unknown as Persisted,
    merge(persisted, current) {
      if (persisted === undefined || persisted === null) return current; // first visit
      const read = readPersisted(persisted);
      if (!read) return { ...current, ui: { ...current.ui, notice: UNREADABLE_NOTICE } };
      return {
        ...current,
        request: read.request,
        protocol: read.protocol,
        credentials: { ...current.credentials, ...read.credentials },
        check: read.check,
        oauth2: { ...current.oauth2, ...read.oauth2 },
        ui: { ...current.ui, activeTab: read.activeTab },
        ...mergeFlow(persisted, current),
      };
    },
  };
}
