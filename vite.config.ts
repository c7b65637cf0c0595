import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { sigstepServer } from './server/vitePlugin.ts';

// SIGSTEP_BASE lets the static build live under a sub-path (e.g. /tools/sigstep/).
const base = process.env.SIGSTEP_BASE ?? '/';

export default defineConfig({
  base,
  plugins: [react(), sigstepServer()],
  build: { outDir: 'dist', sourcemap: true },
});
