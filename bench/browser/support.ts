/**
 * What the browser benches share: a production build of the app made for the
 * bench (into a temp dir, with a manifest and the module graph recorded), a bare
 * React hello-world built the same way, and the lead's e2e pieces — the static
 * app server with provider and relay, and Debian's Chromium with the right flags.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { startAppServer } from '../../server/staticApp.ts';
import { launchChromium } from '../../test/e2e/support/browser.ts';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** One chunk of a build, as the bundler wrote it. */
export interface BuiltChunk {
  readonly fileName: string;
  readonly code: string;
  readonly isEntry: boolean;
  readonly isDynamicEntry: boolean;
  /** chunk files this one imports statically (loaded with it) */
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** module id → its code as rendered into this chunk (after tree-shaking, before minification of the whole chunk) */
  readonly modules: ReadonlyMap<string, string>;
}

export interface BuiltApp {
  readonly outDir: string;
  readonly chunks: readonly BuiltChunk[];
  readonly html: string;
  /** module id → the ids it imports statically / dynamically (the whole graph, before chunking) */
  readonly graph: ReadonlyMap<string, { readonly imports: readonly string[]; readonly dynamicImports: readonly string[] }>;
}

type BuildOutput = { output: readonly ({ type: 'chunk'; fileName: string; code: string; isEntry: boolean; isDynamicEntry: boolean;
  imports: string[]; dynamicImports: string[]; modules: Record<string, { code: string | null }> } | { type: 'asset'; fileName: string; source: string | Uint8Array })[] };

/** A plugin that keeps the module graph: which module imports which. */
function graphRecorder(graph: Map<string, { imports: string[]; dynamicImports: string[] }>): Plugin {
  return {
    name: 'sigstep-bench-graph',
    apply: 'build',
    buildEnd() {
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (info) graph.set(id, { imports: [...info.importedIds], dynamicImports: [...info.dynamicallyImportedIds] });
      }
    },
  };
}

function readOutput(result: unknown): BuildOutput {
  const one = Array.isArray(result) ? (result[0] as unknown) : result;
  if (typeof one !== 'object' || one === null || !('output' in one)) throw new Error('vite build returned no bundle output');
  return one as BuildOutput;
}

function toBuilt(outDir: string, out: BuildOutput, graph: BuiltApp['graph']): BuiltApp {
  const chunks: BuiltChunk[] = [];
  let html = '';
  for (const o of out.output) {
    if (o.type === 'chunk') {
      chunks.push({
        fileName: o.fileName, code: o.code, isEntry: o.isEntry, isDynamicEntry: o.isDynamicEntry,
        imports: o.imports, dynamicImports: o.dynamicImports,
        modules: new Map(Object.entries(o.modules).map(([id, m]) => [id, m.code ?? ''])),
      });
    } else if (o.fileName === 'index.html') {
      html = typeof o.source === 'string' ? o.source : new TextDecoder().decode(o.source);
    }
  }
  return { outDir, chunks, html, graph };
}

let appBuild: Promise<BuiltApp> | undefined;

/** The app as `vite build` makes it (the project's own vite.config.ts), into a temp dir; built once per bench run. */
export function buildApp(): Promise<BuiltApp> {
  appBuild ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'sigstep-bench-app-'));
    process.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
    const graph = new Map<string, { imports: string[]; dynamicImports: string[] }>();
    const result = await build({
      root: REPO,
      logLevel: 'warn',
      plugins: [graphRecorder(graph)],
      build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false },
    });
    return toBuilt(outDir, readOutput(result), graph);
  })();
  return appBuild;
}

/**
 * `createRoot(...).render(<h1>hello</h1>)` with the same Vite, the same React
 * plugin and the same build options as the app, in a temp dir whose
 * node_modules is the project's.
 */
export async function buildHelloWorld(): Promise<BuiltApp> {
  const root = await mkdtemp(join(tmpdir(), 'sigstep-bench-hello-'));
  await symlink(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  await mkdir(join(root, 'src'));
  await writeFile(join(root, 'index.html'), '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>hello</title></head>\n' +
    '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n');
  await writeFile(join(root, 'src', 'main.tsx'), "import { createRoot } from 'react-dom/client';\n\n" +
    "createRoot(document.getElementById('root')!).render(<h1>hello</h1>);\n");
  const outDir = join(root, 'dist');
  const graph = new Map<string, { imports: string[]; dynamicImports: string[] }>();
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), graphRecorder(graph)],
    // as the app's vite.config.ts: sourcemap on (it adds the same one-line comment to each chunk)
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: true, reportCompressedSize: false },
  });
  return toBuilt(outDir, readOutput(result), graph);
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export interface BenchBrowser {
  readonly appUrl: string;
  readonly browser: Browser;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** The bench's own build served with provider and relay on one loopback origin, and Chromium. */
export async function startBenchBrowser(distDir: string): Promise<BenchBrowser> {
  const app = await startAppServer({ distDir });
  const browser = await launchChromium();
  return {
    appUrl: app.url,
    browser,
    async newPage(viewport = { width: 1280, height: 900 }) {
      const context = await browser.newContext({ viewport });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/** Nearest-rank percentile of a sample. */
export function percentile(sample: readonly number[], p: number): number {
  const sorted = [...sample].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export const ms = (n: number, digits = 2): string => `${n.toFixed(digits)} ms`;
