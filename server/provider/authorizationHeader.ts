import { percentDecode, type Decoded, type Pair } from './formEncoding.ts';

// One `name="value"` (or the bare `name=value` that Akana's own example uses
// for `scope`), then a comma or the end. Sticky, so every character is accounted for.
// A quoted value is an RFC 7230 §3.2.6 quoted-string: `\"` and `\\` may appear in it
// (written unrolled, so a long value runs through it in linear time).
const PARAM = /[ \t]*([^\s=,"]+)[ \t]*=[ \t]*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|([^\s,"]*))[ \t]*(?:,|$)/y;
const QUOTED_PAIR = /\\(.)/g;

/**
 * Parses `Authorization: OAuth realm="…", oauth_…="…"` (RFC 5849 §3.5.1) into
 * decoded pairs in order, realm included. Returns `undefined` when the header
 * does not use the OAuth scheme (e.g. Basic): then it carries no oauth parameters.
 */
export function parseOAuthHeader(header: string | undefined): Decoded<Pair[]> | undefined {
  const match = /^\s*OAuth(?:\s+|$)/i.exec(header ?? '');
  if (header === undefined || match === null) return undefined;
  const text = header.slice(match[0].length).trimEnd();
  const pairs: Pair[] = [];
  PARAM.lastIndex = 0;
  while (PARAM.lastIndex < text.length) {
    const at = PARAM.lastIndex;
    const m = PARAM.exec(text);
    if (m === null || m[1] === undefined) return { ok: false, bad: text.slice(at) };
    const value = percentDecode(m[2] === undefined ? m[3] ?? '' : m[2].replace(QUOTED_PAIR, '$1'));
    const name = percentDecode(m[1]);
    if (!name.ok) return name;
    if (!value.ok) return value;
    pairs.push([name.value, value.value]);
  }
  return { ok: true, value: pairs };
}
