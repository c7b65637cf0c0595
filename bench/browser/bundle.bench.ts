/**
 * The production build's initial JavaScript (issue 3, "Speed"): everything
 * index.html loads eagerly — the entry script and every chunk it imports
 * statically (Vite lists them as modulepreload) — gzip'd at level 9, next to a
 * bare React 19 hello-world built with the same Vite, React plugin and options.
 * Budget: no more than 40 KB above the hello-world. Then where the initial bytes
 * come from, by package / source folder, and for each of the app's own groups
 * the static import chain that pulls it in from src/main.tsx.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO, buildApp, buildHelloWorld, removeDir, type BuiltApp, type BuiltChunk } from './support.ts';

const BUDGET_KB = 40;
const KB = 1024;

const gzip = (b: Buffer | string): number => gzipSync(b, { level: 9 }).length;
const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;

/** The script and modulepreload files index.html names (with its base stripped). */
function htmlInitial(html: string): string[] {
  const files: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) files.push(m[1] ?? '');
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) files.push(m[1] ?? '');
  return files.map((f) => f.replace(/^.*?\/(assets\/)/, '$1'));
}

/** The entry chunk and its static imports, transitively: what loads before the app can run. */
function graphInitial(app: BuiltApp): BuiltChunk[] {
  const byName = new Map(app.chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const todo = app.chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  while (todo.length > 0) {
    const f = todo.pop() as string;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...(byName.get(f)?.imports ?? []));
  }
  return app.chunks.filter((c) => seen.has(c.fileName));
}

interface Sized {
  readonly app: BuiltApp;
  readonly initial: readonly BuiltChunk[];
  /** file → raw bytes and gzip'd bytes, as served */
  readonly files: readonly { name: string; raw: number; gz: number }[];
  readonly raw: number;
  readonly gz: number;
  readonly htmlMismatch: string;
}

async function sizeOf(app: BuiltApp): Promise<Sized> {
  const initial = graphInitial(app);
  const fromHtml = htmlInitial(app.html).sort();
  const fromGraph = initial.map((c) => c.fileName).sort();
  const htmlMismatch = fromHtml.join() === fromGraph.join() ? '' : `index.html loads [${fromHtml.join(', ')}], the chunk graph says [${fromGraph.join(', ')}]`;
  // Measured on the files as written to disk, i.e. as served.
  const names = [...new Set([...fromHtml, ...fromGraph])];
  const files = await Promise.all(names.map(async (name) => {
    const buf = await readFile(join(app.outDir, name));
    return { name, raw: buf.length, gz: gzip(buf) };
  }));
  return {
    app, initial, files, htmlMismatch,
    raw: files.reduce((s, f) => s + f.raw, 0),
    gz: files.reduce((s, f) => s + f.gz, 0),
  };
}

/** Where a module comes from: its npm package, or its folder under src/. */
function groupOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const parts = clean.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1] ?? ''}` : (parts[0] ?? clean);
  }
  if (clean.startsWith(REPO)) {
    const rel = relative(REPO, clean).split('/');
    if (rel[0] === 'src' && rel.length > 2) return rel[1] === 'engine' && rel[2] === 'explain' ? 'src/engine/explain' : `src/${rel[1] ?? ''}`;
    return rel.join('/');
  }
  return clean.startsWith('vite/') || clean.includes('rolldown') ? 'bundler runtime' : clean;
}

const isReact = (g: string): boolean => g === 'react' || g === 'react-dom' || g === 'scheduler';

/**
 * Each group's share of the initial gzip'd bytes: a chunk's real gzip'd size split
 * between its modules in proportion to their gzip'd rendered code (an estimate:
 * gzip does not add up, the total does).
 */
function groupShares(s: Sized): Map<string, { gz: number; modules: Map<string, number> }> {
  const groups = new Map<string, { gz: number; modules: Map<string, number> }>();
  for (const chunk of s.initial) {
    const real = s.files.find((f) => f.name === chunk.fileName)?.gz ?? 0;
    const perModule = [...chunk.modules].map(([id, code]) => [id, code.length === 0 ? 0 : gzip(code)] as const);
    const total = perModule.reduce((t, [, g]) => t + g, 0) || 1;
    for (const [id, g] of perModule) {
      const share = (real * g) / total;
      const key = groupOf(id);
      const entry = groups.get(key) ?? { gz: 0, modules: new Map<string, number>() };
      entry.gz += share;
      entry.modules.set(id, (entry.modules.get(id) ?? 0) + share);
      groups.set(key, entry);
    }
  }
  return groups;
}

/** The shortest chain of static imports from the entry to `target`. */
function importChain(app: BuiltApp, from: string, target: string): string[] {
  const prev = new Map<string, string>([[from, '']]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === target) break;
    for (const next of app.graph.get(id)?.imports ?? []) {
      if (!prev.has(next)) {
        prev.set(next, id);
        queue.push(next);
      }
    }
  }
  if (!prev.has(target)) return [];
  const chain: string[] = [];
  for (let id = target; id !== ''; id = prev.get(id) ?? '') chain.unshift(id);
  return chain;
}

const short = (id: string): string => {
  const clean = id.replace(/^\0/, '');
  const nm = clean.lastIndexOf('/node_modules/');
  return nm !== -1 ? clean.slice(nm + '/node_modules/'.length) : clean.startsWith(REPO) ? relative(REPO, clean) : clean;
};

function report(app: Sized, hello: Sized): void {
  const diff = app.gz - hello.gz;
  console.log('\nInitial JavaScript (entry + its static imports), gzip level 9, per file as served:');
  for (const [label, s] of [['sigstep', app], ['React 19 hello-world', hello]] as const) {
    console.log(`  ${label.padEnd(22)} ${kb(s.gz).padStart(9)} gzip'd  (${kb(s.raw)} raw, ${s.files.length} files: ${s.files.map((f) => `${f.name} ${kb(f.gz)}`).join(', ')})`);
    if (s.htmlMismatch) console.log(`    note: ${s.htmlMismatch}`);
  }
  const verdict = diff <= BUDGET_KB * KB ? 'within' : 'OVER';
  console.log(`  difference             ${kb(diff).padStart(9)}  (budget +${BUDGET_KB} KB: ${verdict}, ${((diff / (BUDGET_KB * KB)) * 100).toFixed(0)}% of it)`);
  console.log(`  ratio sigstep / hello-world = ${(app.gz / hello.gz).toFixed(2)}×`);
  const lazy = app.app.chunks.filter((c) => !app.initial.includes(c));
  const lazyGz = lazy.reduce((t, c) => t + gzip(c.code), 0);
  console.log(`  loaded later (lazy chunks): ${lazy.length} chunks, ${kb(lazyGz)} gzip'd — ${lazy.map((c) => c.fileName.replace(/^assets\//, '')).join(', ')}`);

  const groups = groupShares(app);
  const helloGroups = groupShares(hello);
  console.log('\nWhere the initial gzip\'d bytes come from (≈: a chunk\'s real size split by its modules\' gzip\'d code):');
  const rows = [...groups].sort((a, b) => b[1].gz - a[1].gz);
  for (const [g, { gz: size, modules }] of rows) {
    const inHello = helloGroups.get(g)?.gz;
    const vs = inHello === undefined ? '' : `  (hello-world: ≈ ${kb(inHello)})`;
    console.log(`  ${g.padEnd(22)} ≈ ${kb(size).padStart(8)}  ${String(modules.size).padStart(3)} modules${vs}`);
  }

  const entry = [...app.app.graph.keys()].find((id) => id.endsWith('/src/main.tsx'));
  if (entry === undefined) return;
  console.log('\nThe app\'s own initial groups, their biggest modules, and the import chain from src/main.tsx that makes them eager:');
  for (const [g, { gz: size, modules }] of rows) {
    if (isReact(g) || size < 0.3 * KB) continue;
    const top = [...modules].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(`  ${g} (≈ ${kb(size)}): ${top.map(([id, s]) => `${short(id)} ≈ ${kb(s)}`).join(', ')}`);
    const first = top[0]?.[0];
    // The group's entry point: the module of the group nearest the entry.
    const gateway = [...modules.keys()].map((id) => importChain(app.app, entry, id)).filter((c) => c.length > 0)
      .sort((a, b) => a.length - b.length)[0] ?? (first === undefined ? [] : importChain(app.app, entry, first));
    if (gateway.length > 0) console.log(`    ${gateway.map(short).join(' → ')}`);
  }

  // A barrel (an index.ts of re-exports) imported by initial code puts every module it re-exports
  // in the initial graph: the bundler chunks by reachability, so a module the initial code never
  // calls still lands in an initial chunk when a lazy tab uses it (or keeps itself by side effects).
  const initialIds = new Set(app.initial.flatMap((c) => [...c.modules.keys()]));
  const barrels = [...initialIds].filter((id) => id.startsWith(`${REPO}src/`) && id.endsWith('/index.ts'));
  if (barrels.length > 0) {
    console.log('\nBarrels in the initial graph, and the initial modules that import them:');
    for (const b of barrels) {
      const importers = [...initialIds].filter((id) => app.app.graph.get(id)?.imports.includes(b));
      console.log(`  ${short(b)} ← ${importers.length === 0 ? '(none)' : importers.map(short).join(', ')}`);
    }
  }
}

export async function run(): Promise<void> {
  const [app, hello] = await Promise.all([buildApp(), buildHelloWorld()]);
  try {
    report(await sizeOf(app), await sizeOf(hello));
  } finally {
    await removeDir(join(hello.outDir, '..'));
  }
}
