import { parseCurl } from '../src/http/paste/curlCommand.ts';
import { splitShellWords } from '../src/http/paste/shellWords.ts';
const w = 'curl https://h/' + ' -s'.repeat(1 << 18);
for (let i = 0; i < 3; i++) {
let t = performance.now(); splitShellWords(w, 0, w.length); console.log('split', performance.now() - t);
t = performance.now(); parseCurl(w, 0, w.length); console.log('words', performance.now() - t);
}
