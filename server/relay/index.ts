export { createRelay, startRelay, RELAY_TOKEN_HEADER } from './createRelay.ts';
export type { Relay, RelayOptions, StartRelayOptions } from './createRelay.ts';
export { sameHostOrigin } from './originPolicy.ts';
export type { OriginPolicy } from './originPolicy.ts';
export { RELAY_ERRORS } from './relayErrors.ts';
export type { RelayErrorCode } from './relayErrors.ts';
export type { ForwardedResponse } from './fetchUpstream.ts';
