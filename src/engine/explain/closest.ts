/**
 * The base string nearest a target, for when no mistake reproduces it. Every
 * candidate is scored cheaply (shared prefix and suffix); only the few best get
 * an exact Levenshtein distance, computed on the differing middles alone.
 */
import type { MistakeId } from './catalogue.ts';
import type { Closest } from './types.ts';

interface Candidate {
  readonly text: string;
  readonly mistakes: readonly MistakeId[];
  /** start and end of the differing middle: [prefix, text.length - suffix) */
  readonly prefix: number;
  readonly suffix: number;
  /** an upper bound of the distance: the longer middle */
  readonly bound: number;
}

/** How many candidates get an exact distance. */
const REFINED = 8;
/** Above this many cells the middle is too different to be worth exact work: the bound stands. */
const MAX_CELLS = 2_000_000;

/** Levenshtein distance (insert, delete, substitute: 1 each), two rows. */
export function levenshtein(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Uint32Array(b.length + 1).map((_, i) => i);
  let row = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = c === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] as number;
}

export class Nearest {
  private readonly best: Candidate[] = [];
  private readonly target: string;

  constructor(target: string) {
    this.target = target;
  }

  /** Scores `text`; keeps it when it is among the REFINED nearest so far. */
  offer(text: string, mistakes: readonly MistakeId[]): void {
    const t = this.target;
    const max = Math.min(text.length, t.length);
    let prefix = 0;
    while (prefix < max && text.charCodeAt(prefix) === t.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && text.charCodeAt(text.length - 1 - suffix) === t.charCodeAt(t.length - 1 - suffix)) suffix++;
    const bound = Math.max(text.length, t.length) - prefix - suffix;
    const worst = this.best[this.best.length - 1];
    if (this.best.length === REFINED && worst !== undefined && worst.bound <= bound) return;
    if (this.best.some((c) => c.text === text)) return;
    this.best.push({ text, mistakes, prefix, suffix, bound });
    this.best.sort((x, y) => x.bound - y.bound);
    if (this.best.length > REFINED) this.best.pop();
  }

  /** The nearest candidate by exact distance; ties go to fewer mistakes, then to the one offered first. */
  nearest(): Closest | undefined {
    let found: Closest | undefined;
    for (const c of this.best) {
      const a = c.text.slice(c.prefix, c.text.length - c.suffix);
      const b = this.target.slice(c.prefix, this.target.length - c.suffix);
      const distance = a.length * b.length > MAX_CELLS ? c.bound : levenshtein(a, b);
      const better = found?.distance === undefined || distance < found.distance
        || (distance === found.distance && c.mistakes.length < found.mistakes.length);
      if (better) found = { baseString: c.text, distance, mistakes: c.mistakes };
    }
    return found;
  }
}
