import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// SIGSTEP_BASE lets the static build live under a sub-path (e.g. /tools/sigstep/).
const base = process.env.SIGSTEP_BASE ?? '/';

export default defineConfig({
  base,
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true },
});
