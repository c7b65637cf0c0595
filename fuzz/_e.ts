import { runDifferential } from './differential/run.ts';
const s = runDifferential(Number(process.argv[2] ?? 2000), 42);
const want = process.argv[3] ?? '';
let shown = 0;
for (const [k, e] of s.examples) if (k.includes(want) && shown++ < 6) {
  const d = e.disagreement; const c = e.case;
  console.log('==', k, '\n ours  ', decodeURIComponent(d.ours), '\n theirs', decodeURIComponent(d.theirs), '\n case', JSON.stringify({ m: c.httpMethod, s: c.scheme, h: c.host, p: c.port, path: c.path, f: c.fragment, q: c.query, b: c.body, enc: c.encoding }));
}
