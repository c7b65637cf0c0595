/**
 * Loads a module through Vite's module runner, for code that reads
 * `import.meta.env` (the store does: BASE_URL for the callback URL), which a
 * plain `tsx` run leaves undefined. No config file, no dev server port: only
 * the transform pipeline.
 */
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export async function importThroughVite<T>(pathFromRoot: string): Promise<{ module: T; close(): Promise<void> }> {
  const server = await createServer({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true },
  });
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  const module = (await runner.import(`/${pathFromRoot}`)) as T;
  return {
    module,
    async close() {
      await runner.close();
      await server.close();
    },
  };
}
