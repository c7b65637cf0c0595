/**
 * Where JSON.parse gave up. Browsers word the error differently and V8 often gives
 * no offset at all ("Unexpected token '}', "{"a":}" is not valid JSON"), so after a
 * failed JSON.parse this small validator walks the text once (RFC 8259) and returns
 * the offset of the first character that cannot belong there. Iterative, so deep
 * nesting cannot overflow the stack.
 */

const isWs = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

function skipWs(s: string, i: number): number {
  while (i < s.length && isWs(s.charCodeAt(i))) i++;
  return i;
}

/** End of the string starting at the quote `i`, or -(offset of the error) - 1. */
function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = s.charAt(j + 1);
      if (e === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(s.slice(j + 2, j + 6))) return -j - 1;
        j += 5;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') j++;
      else return -j - 1;
    }
  }
  return -s.length - 1;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** End of the scalar (string, number, literal) at i, or -(error offset) - 1. */
function scalarEnd(s: string, i: number): number {
  const c = s.charAt(i);
  if (c === '"') return stringEnd(s, i);
  for (const word of ['true', 'false', 'null']) if (s.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(s) && NUMBER.lastIndex > i ? NUMBER.lastIndex : -i - 1;
}

/** After `{` or `,` in an object: `"key" :`. Returns the offset after the colon, or -(error offset) - 1. */
function keyColon(s: string, i: number): number {
  const at = skipWs(s, i);
  const end = s.charAt(at) === '"' ? stringEnd(s, at) : -at - 1;
  if (end < 0) return end;
  const colon = skipWs(s, end);
  return s.charAt(colon) === ':' ? colon + 1 : -colon - 1;
}

/** Offset of the first syntax error in `s`, or -1 when it is valid JSON. */
export function jsonErrorAt(s: string): number {
  const stack: string[] = []; // the open '{' and '['
  let i = 0;
  let expectValue = true;
  for (;;) {
    i = skipWs(s, i);
    const c = s.charAt(i);
    const top = stack[stack.length - 1];
    let next: number;
    if (expectValue && (c === '{' || c === '[')) {
      stack.push(c);
      const after = skipWs(s, i + 1);
      const empty = s.charAt(after) === (c === '{' ? '}' : ']');
      if (empty) stack.pop();
      expectValue = !empty;
      next = empty ? after + 1 : c === '{' ? keyColon(s, after) : after;
    } else if (expectValue) {
      next = scalarEnd(s, i);
      expectValue = false;
    } else if (top === undefined) return i < s.length ? i : -1;
    else if (c === (top === '{' ? '}' : ']')) {
      stack.pop();
      next = i + 1;
    } else if (c !== ',') return i;
    else {
      next = top === '{' ? keyColon(s, i + 1) : i + 1;
      expectValue = true;
    }
    if (next < 0) return -next - 1;
    i = next;
  }
}

/** JSON.parse as a value: the parsed JSON, or the browser's message and the offset of the error. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string; at: number } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const at = jsonErrorAt(text);
    return { ok: false, message: e instanceof Error ? e.message : String(e), at: at === -1 ? 0 : at };
  }
}
