/** Turns a character offset into the line and column a person reads (both 1-based). */
export function linesAndColumn(text: string, at: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(Math.trunc(Number.isFinite(at) ? at : 0), text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // CRLF is one line break; a lone CR (old Mac clipboards) is one too.
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters as a person sees them, so a surrogate pair is one column.
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    column++;
  }
  return { line, column };
}
