/** The protocol parameters signRequest adds (RFC 5849 §3.1), as the user set them. */
import { SIGNATURE_METHODS, type SignatureMethod } from '../engine/types.ts';
import { freshen, nowSeconds } from './freshen.ts';
import { bool, object, oneOf, str } from './shape.ts';
import type { SliceCreator, StoreEnv } from './types.ts';

export interface ProtocolInputs {
  signatureMethod: SignatureMethod;
  nonce: string;
  /** off: a new nonce whenever the request changes */
  keepNonce: boolean;
  /** seconds since the epoch, as text */
  timestamp: string;
  keepTimestamp: boolean;
  /** send oauth_version=1.0 */
  includeVersion: boolean;
  callback: string;
  verifier: string;
  realm: string;
}

export function defaultProtocol(env: StoreEnv): ProtocolInputs {
  return {
    signatureMethod: 'HMAC-SHA1',
    nonce: env.newNonce(),
    keepNonce: false,
    timestamp: nowSeconds(env),
    keepTimestamp: false,
    includeVersion: true,
    callback: '',
    verifier: '',
    realm: '',
  };
}

type Editable = Omit<ProtocolInputs, 'nonce' | 'timestamp' | 'keepNonce' | 'keepTimestamp'>;

export interface ProtocolSlice {
  protocol: ProtocolInputs;
  setProtocol<K extends keyof Editable>(key: K, value: Editable[K]): void;
  /** typing a nonce or timestamp keeps it fixed: the user chose that value */
  setNonce(nonce: string): void;
  setTimestamp(timestamp: string): void;
  newNonce(): void;
  newTimestamp(): void;
  setKeepNonce(keep: boolean): void;
  setKeepTimestamp(keep: boolean): void;
}

export function createProtocolSlice(env: StoreEnv): SliceCreator<ProtocolSlice> {
  return (set) => {
    const patch = (p: Partial<ProtocolInputs>) => set((s) => ({ protocol: { ...s.protocol, ...p } }));
    return {
      protocol: defaultProtocol(env),
      setProtocol: (key, value) => set((s) => ({ protocol: freshen({ ...s.protocol, [key]: value }, env) })),
      setNonce: (nonce) => patch({ nonce, keepNonce: true }),
      setTimestamp: (timestamp) => patch({ timestamp, keepTimestamp: true }),
      newNonce: () => patch({ nonce: env.newNonce() }),
      newTimestamp: () => patch({ timestamp: nowSeconds(env) }),
      setKeepNonce: (keepNonce) => patch({ keepNonce }),
      setKeepTimestamp: (keepTimestamp) => patch({ keepTimestamp }),
    };
  };
}

export const readProtocol = object<ProtocolInputs>({
  signatureMethod: oneOf(SIGNATURE_METHODS),
  nonce: str,
  keepNonce: bool,
  timestamp: str,
  keepTimestamp: bool,
  includeVersion: bool,
  callback: str,
  verifier: str,
  realm: str,
});
