/**
 * A pasted curl command → the request curl would send. Words are found by
 * shellWords.ts (which knows positions) and unquoted by shell-quote; options are
 * read with curl's semantics from the table in curlOptions.ts.
 */
import { parse } from 'shell-quote';
import type { Pasted } from './types.ts';
import type { Result } from '../../engine/types.ts';
import { LONG_OPTIONS, SHORT_OPTIONS, newCurlState, type CurlState } from './curlOptions.ts';
import { curlRequest } from './curlRequest.ts';
import { splitShellWords, type ShellWord } from './shellWords.ts';
import { pasteError, type PasteFailure } from './types.ts';

interface Arg {
  readonly value: string;
  readonly at: number;
}

/**
 * Nothing in these words is for a shell to interpret, so they are their own value.
 * shell-quote costs microseconds per call, which a pasted command of 300,000
 * words (fuzz/pasteTargets.ts) turned into seconds.
 */
const PLAIN_WORD = /^[A-Za-z0-9_\-.,:/@%+=]*$/;

/** Shell-unquotes one word. `$VAR` stays literally (we have no environment) and is reported. */
function unquote(word: ShellWord, variables: Set<string>): string | PasteFailure {
  if (PLAIN_WORD.test(word.raw)) return word.raw;
  const entries = parse(word.raw, (name: string) => {
    if (name !== '') variables.add(name);
    return `$${name}`;
  });
  let out = '';
  for (const entry of entries) {
    if (typeof entry === 'string') out += entry;
    else if ('op' in entry && entry.op === 'glob') out += entry.pattern; // curl gets `?`/`*` literally when nothing matches
    else return pasteError('shell-syntax', 'This part of the command needs a shell to interpret it.', word.start);
  }
  return out;
}

export function parseCurl(text: string, from: number, to: number): Result<Pasted> {
  const words = splitShellWords(text, from, to);
  if ('ok' in words) return words;
  const variables = new Set<string>();
  const args: Arg[] = [];
  for (const word of words) {
    const value = unquote(word, variables);
    if (typeof value !== 'string') return value;
    args.push({ value, at: word.start });
  }
  const command = args[0];
  if (!command || !/^(?:.*\/)?curl(?:\.exe)?$/i.test(command.value)) {
    return pasteError('not-curl', 'A curl command starts with the word curl.', command?.at ?? from);
  }
  const state = newCurlState();
  const failure = readOptions(args, state);
  if (failure) return failure;
  if (variables.size > 0) {
    const names = [...variables].map((n) => `$${n}`).join(', ');
    state.notes.push(`${names} kept as written: a shell would replace ${variables.size === 1 ? 'it' : 'them'} with the variable's value. Edit the fields if it matters.`);
  }
  return curlRequest(state, to);
}

/** Walks the arguments after `curl`. */
function readOptions(args: readonly Arg[], state: CurlState): PasteFailure | undefined {
  for (let k = 1; k < args.length; k++) {
    const arg = args[k] as Arg;
    const next = (): Arg | undefined => args[++k];
    let failure: PasteFailure | undefined;
    if (arg.value.startsWith('--') && arg.value.length > 2) failure = longOption(arg, k, next, state);
    else if (arg.value.startsWith('-') && arg.value.length > 1) failure = shortOptions(arg, k, next, state);
    else state.urls.push(arg);
    if (failure) return failure;
  }
  return undefined;
}

function longOption(arg: Arg, index: number, next: () => Arg | undefined, state: CurlState): PasteFailure | undefined {
  const name = arg.value.slice(2);
  const spec = Object.hasOwn(LONG_OPTIONS, name) ? LONG_OPTIONS[name] : undefined;
  if (!spec) return unknownOption(arg.value, index, arg.at);
  if (!spec.takesValue) return spec.apply(state, '', arg.at);
  const value = next();
  return value ? spec.apply(state, value.value, value.at) : missingValue(arg.value, arg.at);
}

/** `-sSL`, `-XPOST`, `-H 'a: b'`: flags may be bundled; a value may follow in the same word. */
function shortOptions(arg: Arg, index: number, next: () => Arg | undefined, state: CurlState): PasteFailure | undefined {
  for (let i = 1; i < arg.value.length; i++) {
    const letter = arg.value.charAt(i);
    const long = Object.hasOwn(SHORT_OPTIONS, letter) ? SHORT_OPTIONS[letter] : undefined;
    const spec = long === undefined ? undefined : LONG_OPTIONS[long];
    if (!spec) return unknownOption(`-${letter}`, index, arg.at);
    if (!spec.takesValue) {
      const failure = spec.apply(state, '', arg.at);
      if (failure) return failure;
      continue;
    }
    const rest = arg.value.slice(i + 1);
    if (rest !== '') return spec.apply(state, rest, arg.at);
    const value = next();
    return value ? spec.apply(state, value.value, value.at) : missingValue(`-${letter}`, arg.at);
  }
  return undefined;
}

function unknownOption(option: string, index: number, at: number): PasteFailure {
  return pasteError(
    'unknown-curl-option',
    `Unknown curl option ${option} (argument ${index}). sigstep reads -X, -H, -d/--data/--data-raw/--data-binary/--data-urlencode, --json, -G, -I, -u, --url, -A, -e and -b, and ignores options such as -s, -i, -L, -k, -v and --compressed.`,
    at,
  );
}

function missingValue(option: string, at: number): PasteFailure {
  return pasteError('missing-option-value', `${option} needs a value after it, but the command ends there.`, at);
}
