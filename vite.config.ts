import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './server/contentSecurityPolicy.ts';
import { sigstepServer } from './server/vitePlugin.ts';

// SIGSTEP_BASE lets the static build live under a sub-path (e.g. /tools/sigstep/).
const base = process.env.SIGSTEP_BASE ?? '/';

export default defineConfig({
  base,
  // The CSP meta goes into the build only: the dev server's HMR needs inline script.
  plugins: [react(), sigstepServer(), contentSecurityPolicy()],
  // Every browser sigstep supports has modulepreload; the polyfill would only add bytes to the first load.
  build: { outDir: 'dist', sourcemap: true, modulePreload: { polyfill: false } },
});
