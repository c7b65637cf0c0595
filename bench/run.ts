/**
 * `npm run bench`: runs every benchmark module in turn. Each module exports
 * `run(): Promise<void>` and prints its own table; one failing does not stop the rest.
 */
interface BenchModule {
  run(): Promise<void>;
}

/** Add a module here to have `npm run bench` run it. */
const modules: readonly (readonly [name: string, load: () => Promise<BenchModule>])[] = [
  ['engine', () => import('./engine.bench.ts')],
  ['explain', () => import('./explain.bench.ts')],
  // Chromium on the production build (bench/browser/support.ts builds it once for these).
  ['browser: keystroke to signature on screen', () => import('./browser/keystroke.bench.ts')],
  ['browser: initial JavaScript vs React hello-world', () => import('./browser/bundle.bench.ts')],
  ['browser: explainer full search, Chromium vs Node', () => import('./browser/explain.bench.ts')],
];

let failed = 0;
for (const [name, load] of modules) {
  try {
    console.log(`\n# ${name}`);
    await (await load()).run();
  } catch (e) {
    failed++;
    console.error(`bench "${name}" failed:`, e);
  }
}
if (failed > 0) process.exitCode = 1;
