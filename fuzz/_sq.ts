import { parse } from 'shell-quote';
import { parseCurl } from '../src/http/paste/curlCommand.ts';
for (const n of [1 << 16, 1 << 18, 1 << 20]) {
  for (const [label, s] of [['a', 'a'.repeat(n)], ['sur', '"X: ' + '\uD800'.repeat(n) + '"'], ['$', '$'.repeat(n)]] as const) {
    let t = performance.now(); parse(s, (k: string) => '$' + k); const sq = performance.now() - t;
    const text = 'curl https://h/ -d ' + s;
    t = performance.now(); parseCurl(text, 0, text.length); const pc = performance.now() - t;
    console.log(n, label, 'shell-quote', sq.toFixed(0), 'parseCurl', pc.toFixed(0));
  }
}
const w = 'curl https://h/' + ' -s'.repeat(1 << 18);
let t = performance.now(); parseCurl(w, 0, w.length); console.log('words', performance.now() - t);
