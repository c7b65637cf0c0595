import { PASTE_TARGETS } from './pasteTargets.ts';
const want = process.argv.slice(2);
for (const t of PASTE_TARGETS) {
  for (const label of want) {
    for (const n of [1 << 16, 1 << 18, 1 << 20, 1 << 21]) {
      const shape = t.shapes(n).find((s) => s.label.includes(label));
      if (!shape) continue;
      const times = [];
      for (let i = 0; i < 3; i++) { const s = performance.now(); t.parse(shape.text); times.push(performance.now() - s); }
      console.log(t.name, label, n, times.map((x) => x.toFixed(0)).join(' '));
    }
  }
}
