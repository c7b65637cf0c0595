/**
 * http/: the outside world. Only explicit named re-exports, so the public API is
 * visible in one file.
 */
export { parsePasted, detectFormat, linesAndColumn } from './paste/index.ts';
export type { Pasted, PasteKind } from './paste/index.ts';
