import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROVIDER_MOUNT, RELAY_MOUNT } from '../src/providers/demoCredentials.ts';
import { createProvider } from './provider/index.ts';
import { createRelay, sameHostOrigin } from './relay/index.ts';
import { isUnder } from './shared/mount.ts';

export interface MountedServers {
  readonly relayToken: string;
  /** Answers and returns true when the request is for the provider or the relay; false otherwise. */
  dispatch(req: IncomingMessage, res: ServerResponse): boolean;
  readonly provider: (req: IncomingMessage, res: ServerResponse) => void;
  readonly relay: (req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * The provider at PROVIDER_MOUNT and the relay at RELAY_MOUNT, as the app's own
 * server carries them (Vite dev and preview, and the e2e static server). The
 * relay allows the app's origin, whichever host and port it was reached by.
 */
export function mountServers(): MountedServers {
  const provider = createProvider({ mountPath: PROVIDER_MOUNT });
  const relay = createRelay({ allowedOrigins: sameHostOrigin, mountPath: RELAY_MOUNT });
  return {
    relayToken: relay.token,
    provider,
    relay: relay.handler,
    dispatch(req, res) {
      const url = req.url ?? '/';
      if (isUnder(url, PROVIDER_MOUNT)) provider(req, res);
      else if (isUnder(url, RELAY_MOUNT)) relay.handler(req, res);
      else return false;
      return true;
    },
  };
}
