/**
 * Splits a pasted shell command into words, keeping where each word starts.
 *
 * shell-quote (used by curlCommand.ts to unquote each word) knows the quoting
 * rules but not positions, and it silently skips an unterminated quote and reads
 * an unquoted `#` inside a word as a comment. This scanner finds the word
 * boundaries and everything a shell would do that we cannot (pipes, redirects,
 * command substitution), so each is reported at its place. One pass, no regexes.
 */
import { pasteError, type PasteFailure } from './types.ts';

export interface ShellWord {
  /** the word for shell-quote: line continuations removed, a mid-word `#` escaped */
  readonly raw: string;
  /** offset of the word's first character in the pasted text */
  readonly start: number;
}

/** The word being read, as slices of the text, so removing a continuation never copies the rest. */
interface Pieces {
  readonly parts: string[];
  runStart: number;
}

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const isOperator = (c: string): boolean => c !== '' && '|&;<>()'.includes(c);

/** Length of a backslash-newline continuation at i (`\` LF or `\` CR LF), or 0. */
function continuation(text: string, i: number): number {
  if (text[i] !== '\\') return 0;
  if (text[i + 1] === '\n') return 2;
  return text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 0;
}

/** Drops text[from, from + length) from the word. */
function cut(p: Pieces, text: string, from: number, length: number): void {
  p.parts.push(text.slice(p.runStart, from));
  p.runStart = from + length;
}

export function splitShellWords(text: string, from: number, to: number): ShellWord[] | PasteFailure {
  const words: ShellWord[] = [];
  let i = from;
  while (i < to) {
    const c = text.charAt(i);
    const skip = continuation(text, i);
    if (skip > 0) i += skip;
    else if (isBlank(c)) i++;
    else if (c === '#') i = endOfLine(text, i, to);
    else if (isOperator(c)) return operatorError(c, i);
    else {
      const p: Pieces = { parts: [], runStart: i };
      const end = scanWord(text, i, to, p);
      if (typeof end !== 'number') return end;
      p.parts.push(text.slice(p.runStart, end));
      words.push({ raw: p.parts.join(''), start: i });
      i = end;
    }
  }
  return words;
}

function endOfLine(text: string, i: number, to: number): number {
  const nl = text.indexOf('\n', i);
  return nl === -1 || nl > to ? to : nl;
}

/** Returns the offset just after the word. */
function scanWord(text: string, start: number, to: number, p: Pieces): number | PasteFailure {
  let i = start;
  while (i < to) {
    const c = text.charAt(i);
    const skip = continuation(text, i);
    let next: number | PasteFailure;
    if (skip > 0) {
      cut(p, text, i, skip);
      next = i + skip;
    } else if (isBlank(c)) return i;
    else if (isOperator(c)) return operatorError(c, i);
    else if (c === '\\') next = i + 2;
    else if (c === "'") next = scanSingleQuoted(text, i, to);
    else if (c === '"') next = scanDoubleQuoted(text, i, to, p);
    else if (c === '$') next = text[i + 1] === "'" ? scanAnsiC(text, i, to) : scanDollar(text, i, to);
    else if (c === '`') return substitution(i);
    else if (c === '#') {
      // A comment starts only at a word's start; shell-quote would cut the word here.
      cut(p, text, i, 1);
      p.parts.push('\\#');
      next = i + 1;
    } else next = i + 1;
    if (typeof next !== 'number') return next;
    i = next;
  }
  return Math.min(i, to);
}

function scanSingleQuoted(text: string, open: number, to: number): number | PasteFailure {
  const close = text.indexOf("'", open + 1);
  return close === -1 || close >= to ? unterminated(open, "'") : close + 1;
}

/** `$'…'` (bash ANSI-C quoting, which browsers' "Copy as cURL" uses): a backslash escapes the next character. */
function scanAnsiC(text: string, open: number, to: number): number | PasteFailure {
  for (let i = open + 2; i < to; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'") return i + 1;
  }
  return unterminated(open, "$'");
}

function scanDoubleQuoted(text: string, open: number, to: number, p: Pieces): number | PasteFailure {
  let i = open + 1;
  while (i < to) {
    const c = text[i];
    const skip = continuation(text, i);
    if (skip > 0) {
      // Inside double quotes a backslash-newline is removed too (POSIX 2.2.3).
      cut(p, text, i, skip);
      i += skip;
    } else if (c === '"') return i + 1;
    else if (c === '\\') i += 2;
    else if (c === '`') return substitution(i);
    else if (c === '$') {
      const next = scanDollar(text, i, to);
      if (typeof next !== 'number') return next;
      i = next;
    } else i++;
  }
  return unterminated(open, '"');
}

/**
 * `$NAME` and `${NAME}` are kept literally by the caller; `$(…)` and anything
 * fancier inside `${…}` would need a real shell, so they are refused here (and
 * shell-quote, which throws on a bad `${`, never sees one).
 */
function scanDollar(text: string, at: number, to: number): number | PasteFailure {
  const next = text[at + 1];
  if (next === '(') return substitution(at);
  if (next !== '{') return at + 1;
  const close = text.indexOf('}', at + 2);
  if (close === -1 || close >= to) return pasteError('bad-substitution', '"${" has no closing "}".', at);
  const name = text.slice(at + 2, close);
  if (!/^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[*@#?$!-])$/.test(name)) {
    return pasteError('bad-substitution', `"\${${name}}" needs a shell to expand it; replace it with its value.`, at);
  }
  return close + 1;
}

function operatorError(op: string, at: number): PasteFailure {
  return pasteError(
    'shell-operator',
    `"${op}" is a shell operator (pipe, redirect, list or subshell). Paste only the curl command, or quote the "${op}" if it belongs to a value.`,
    at,
  );
}

function substitution(at: number): PasteFailure {
  return pasteError('command-substitution', 'Command substitution ($(…) or `…`) needs a shell to run it; replace it with its output.', at);
}

function unterminated(at: number, quote: string): PasteFailure {
  return pasteError('unterminated-quote', `The quote ${quote} opened here is never closed.`, at);
}
