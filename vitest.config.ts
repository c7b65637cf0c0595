import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        // The engine, parsers and server need no DOM: running them in `node` proves it.
        test: {
          name: 'node',
          environment: 'node',
          testTimeout: 30_000,
          include: ['test/engine/**/*.test.ts', 'test/http/**/*.test.ts', 'test/diff/**/*.test.ts', 'test/server/**/*.test.ts', 'test/providers/**/*.test.ts', 'test/fuzz/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          // user-event types one key at a time through React; on a busy 2-core CI machine 5 s is too tight.
          testTimeout: 30_000,
          include: ['test/ui/**/*.test.{ts,tsx}', 'test/store/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-dom.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
