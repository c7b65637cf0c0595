import type { ProtocolInputs } from './protocolSlice.ts';
import type { StoreEnv } from './types.ts';

export function nowSeconds(env: StoreEnv): string {
  return String(Math.floor(env.now() / 1000));
}

/**
 * A nonce or timestamp that is not "kept fixed" is renewed whenever the request
 * changes, so the signed request on screen is always one a provider would take
 * (no reused nonce, no stale timestamp). The store does it, not the engine:
 * clock and randomness stay inputs, and the trace stays a pure function of them.
 */
export function freshen(p: ProtocolInputs, env: StoreEnv): ProtocolInputs {
  if (p.keepNonce && p.keepTimestamp) return p;
  return {
    ...p,
    nonce: p.keepNonce ? p.nonce : env.newNonce(),
    timestamp: p.keepTimestamp ? p.timestamp : nowSeconds(env),
  };
}
