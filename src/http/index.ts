/**
 * http/: the outside world. Only explicit named re-exports, so the public API is
 * visible in one file.
 */
export { parsePasted, detectFormat, linesAndColumn } from './paste/index.ts';
export type { Pasted, PasteKind } from './paste/index.ts';
export { toCurl, curlArgs, wireUrl } from './curl.ts';
export type { CurlOptions } from './curl.ts';
export { shellQuote } from './shellQuote.ts';
