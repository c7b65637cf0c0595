/**
 * Our base string against theirs (issue 5): character by character with the
 * `diff` library, and decoded to parameter level, in plain words —
 * "parameter `a3` is `2 q` here and `2+q` there".
 */
import { diffChars } from 'diff';
import type { Result } from '../engine/types.ts';
import { parseBaseString, type ParsedParam } from './parseBaseString.ts';

/** A run of characters: in both strings, only in ours (`removed`), or only in theirs (`added`). */
export interface Change {
  readonly value: string;
  readonly added: boolean;
  readonly removed: boolean;
}

/** One part of the base string, decoded, on both sides. */
export interface PartDiff {
  readonly ours: string;
  readonly theirs: string;
  readonly same: boolean;
}

export type ParamDiff =
  | { readonly kind: 'same'; readonly name: string; readonly value: string; readonly message: string }
  | {
    readonly kind: 'changed'; readonly name: string; readonly ours: string; readonly theirs: string;
    /** as each side encoded the pair, for differences that decoding hides (`%2f` versus `%2F`) */
    readonly oursEncoded: string; readonly theirsEncoded: string; readonly message: string;
  }
  | { readonly kind: 'only-ours' | 'only-theirs'; readonly name: string; readonly value: string; readonly message: string };

export interface PartsDiff {
  readonly method: PartDiff;
  readonly uri: PartDiff;
  /** ours in our order, then those only theirs has */
  readonly params: readonly ParamDiff[];
  /** whether the parameters both sides have come in the same order */
  readonly order: 'same' | 'different';
}

export interface BaseStringDiff {
  readonly raw: readonly Change[];
  /** fails (with the offset, and `input` 'ours' or 'theirs') when a string is not a base string */
  readonly parts: Result<PartsDiff>;
}

/**
 * Past this many edits (or this long) the strings are unrelated and a character
 * diff says nothing: the raw diff is then "all of ours, all of theirs".
 */
const MAX_EDIT_LENGTH = 2_000;
const TIMEOUT_MS = 250;

const part = (ours: string, theirs: string): PartDiff => ({ ours, theirs, same: ours === theirs });
const pairText = (p: ParsedParam): string => `${p.encodedName}=${p.encodedValue}`;

function changed(o: ParsedParam, t: ParsedParam): ParamDiff {
  const message = o.value === t.value && o.name === t.name
    ? `parameter \`${o.name}\` is encoded \`${pairText(o)}\` here and \`${pairText(t)}\` there`
    : `parameter \`${o.name}\` is \`${o.value}\` here and \`${t.value}\` there`;
  return { kind: 'changed', name: o.name, ours: o.value, theirs: t.value, oursEncoded: pairText(o), theirsEncoded: pairText(t), message };
}

interface Paired {
  readonly o: number;
  readonly t: number;
  readonly diff: ParamDiff;
}

/** Pairs the parameters of one name: identical first, then equal once decoded, then the rest in order. */
function pairName(ours: readonly [ParsedParam, number][], theirs: readonly [ParsedParam, number][], into: Paired[]): void {
  const o = [...ours];
  const t = [...theirs];
  const take = (same: (x: ParsedParam, y: ParsedParam) => boolean, make: (x: ParsedParam, y: ParsedParam) => ParamDiff): void => {
    for (let i = 0; i < o.length; i++) {
      const [x, xi] = o[i] as [ParsedParam, number];
      const j = t.findIndex(([y]) => same(x, y));
      if (j === -1) continue;
      const [y, yi] = t[j] as [ParsedParam, number];
      into.push({ o: xi, t: yi, diff: make(x, y) });
      o.splice(i--, 1);
      t.splice(j, 1);
    }
  };
  take((x, y) => pairText(x) === pairText(y), (x) => ({ kind: 'same', name: x.name, value: x.value, message: `parameter \`${x.name}\` is \`${x.value}\` on both sides` }));
  take((x, y) => x.value === y.value, changed);
  take(() => true, changed);
  for (const [x, xi] of o) into.push({ o: xi, t: -1, diff: { kind: 'only-ours', name: x.name, value: x.value, message: `parameter \`${x.name}\` (\`${x.value}\`) is only here` } });
  for (const [y, yi] of t) into.push({ o: -1, t: yi, diff: { kind: 'only-theirs', name: y.name, value: y.value, message: `parameter \`${y.name}\` (\`${y.value}\`) is only there` } });
}

function byName(params: readonly ParsedParam[]): Map<string, [ParsedParam, number][]> {
  const out = new Map<string, [ParsedParam, number][]>();
  params.forEach((p, i) => out.set(p.name, [...(out.get(p.name) ?? []), [p, i]]));
  return out;
}

function diffParams(ours: readonly ParsedParam[], theirs: readonly ParsedParam[]): Pick<PartsDiff, 'params' | 'order'> {
  const o = byName(ours);
  const t = byName(theirs);
  const paired: Paired[] = [];
  for (const name of new Set([...o.keys(), ...t.keys()])) pairName(o.get(name) ?? [], t.get(name) ?? [], paired);
  const both = paired.filter((p) => p.o !== -1 && p.t !== -1).sort((x, y) => x.o - y.o);
  const order = both.every((p, i) => i === 0 || (both[i - 1] as Paired).t < p.t) ? 'same' : 'different';
  const rank = (p: Paired): number => (p.o !== -1 ? p.o : ours.length + p.t);
  return { params: paired.sort((x, y) => rank(x) - rank(y)).map((p) => p.diff), order };
}

function rawDiff(ours: string, theirs: string): Change[] {
  const changes = diffChars(ours, theirs, { maxEditLength: MAX_EDIT_LENGTH, timeout: TIMEOUT_MS });
  if (changes === undefined) {
    return [{ value: ours, added: false, removed: true }, { value: theirs, added: true, removed: false }];
  }
  return changes.map((c) => ({ value: c.value, added: c.added, removed: c.removed }));
}

/** Compares our base string with theirs, raw and part by part. Never throws. */
export function diffBaseStrings(ours: string, theirs: string): BaseStringDiff {
  const raw = rawDiff(ours, theirs);
  const o = parseBaseString(ours, 'ours');
  if (!o.ok) return { raw, parts: o };
  const t = parseBaseString(theirs, 'theirs');
  if (!t.ok) return { raw, parts: t };
  const parts: PartsDiff = {
    method: part(o.value.method, t.value.method),
    uri: part(o.value.uri, t.value.uri),
    ...diffParams(o.value.params, t.value.params),
  };
  return { raw, parts: { ok: true, value: parts } };
}
