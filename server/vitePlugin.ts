import type { Connect, Plugin } from 'vite';
import { PROVIDER_MOUNT, RELAY_MOUNT } from '../src/providers/demoCredentials.ts';
import { mountServers } from './mountServers.ts';

/**
 * Serves the reference provider at /provider and the relay at /__relay inside
 * `vite` (npm start) and `vite preview`, so the presets work with no other
 * process. Mounted before Vite's own middleware (but after its host check,
 * which keeps DNS-rebinding pages out), so the SPA fallback never sees them.
 */
export function sigstepServer(): Plugin {
  const mount = (middlewares: Connect.Server): void => {
    const { provider, relay } = mountServers();
    middlewares.use(PROVIDER_MOUNT, provider);
    middlewares.use(RELAY_MOUNT, relay);
  };
  return {
    name: 'sigstep-server',
    configureServer(server) {
      mount(server.middlewares);
    },
    configurePreviewServer(server) {
      mount(server.middlewares);
    },
  };
}
