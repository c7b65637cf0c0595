/**
 * The search: every single mistake of the catalogue that applies to this
 * request, then every compatible pair, compared with the target. Singles come
 * before pairs and common before rare, which is also how matches are ranked;
 * the search stops once a rank has produced a match (unless told not to).
 */
import type { Context } from './context.ts';
import { ENTRIES, type MistakeId } from './catalogue.ts';
import type { Knobs } from './pipeline.ts';
import { AFTER_BASE, STAGE_BIT, type Applied, type Evaluator, type Variant } from './evaluate.ts';
import { Nearest } from './closest.ts';

export interface SearchOptions {
  readonly target: string;
  /** the target is a base string (else a signature) */
  readonly baseStringTarget: boolean;
  readonly maxResults: number;
  readonly exhaustive: boolean;
}

export interface SearchResult {
  /** ranked */
  readonly matches: readonly Variant[];
  readonly tried: number;
  /** only for a base-string target */
  readonly nearest: Nearest | undefined;
}

const rareCount = (v: Variant): number => v.filter((a) => a.entry.rarity === 'rare').length;

/** single before pair, common before rare, then pipeline order */
function byRank(x: Variant, y: Variant): number {
  if (x.length !== y.length) return x.length - y.length;
  const rare = rareCount(x) - rareCount(y);
  if (rare !== 0) return rare;
  for (let i = 0; i < x.length; i++) {
    const d = (x[i] as Applied).index - (y[i] as Applied).index;
    if (d !== 0) return d;
  }
  return 0;
}

/** Every way each catalogued mistake applies to this request. */
function applicable(ctx: Context, correct: Knobs, baseStringTarget: boolean): Applied[] {
  const out: Applied[] = [];
  ENTRIES.forEach((entry, index) => {
    const bit = STAGE_BIT[entry.stage];
    if (baseStringTarget && (bit & AFTER_BASE) !== 0) return;
    entry.instances(ctx, correct).forEach((instance, i) => out.push({ entry, index, instance, key: `${index}.${i}`, bit }));
  });
  return out;
}

/** Two mistakes that set the same knob field, or two ways of the same mistake, are no pair. */
const compatible = (a: Applied, b: Applied): boolean =>
  a.index !== b.index && (a.entry.group === undefined || a.entry.group !== b.entry.group);

function pairsOf(singles: readonly Applied[]): Variant[] {
  const pairs: Variant[] = [];
  for (let i = 0; i < singles.length; i++) {
    for (let j = i + 1; j < singles.length; j++) {
      const a = singles[i] as Applied;
      const b = singles[j] as Applied;
      if (compatible(a, b)) pairs.push(a.index < b.index ? [a, b] : [b, a]);
    }
  }
  return pairs.sort(byRank);
}

const mistakeIds = (v: Variant): MistakeId[] => v.map((a) => a.entry.id as MistakeId);

export function search(ctx: Context, correct: Knobs, ev: Evaluator, opts: SearchOptions): SearchResult {
  const result = (v: Variant): string | undefined => (opts.baseStringTarget ? ev.baseString(v) : ev.signature(v));
  const nearest = opts.baseStringTarget ? new Nearest(opts.target) : undefined;
  const ours = result([]);
  nearest?.offer(ours ?? '', []);
  const matches: Variant[] = [];
  let tried = 0;
  /** what each non-redundant single produces: a pair that produces the same adds nothing */
  const singleResult = new Map<string, string | undefined>();
  const tryVariant = (v: Variant): string | undefined => {
    tried++;
    const r = result(v);
    if (r === opts.target) matches.push(v);
    else if (r !== undefined) nearest?.offer(r, mistakeIds(v));
    return r;
  };

  const singles = applicable(ctx, correct, opts.baseStringTarget).sort((x, y) => byRank([x], [y]));
  for (const a of singles) {
    const r = tryVariant([a]);
    if (r !== ours) singleResult.set(a.key, r);
  }
  if (matches.length === 0 || opts.exhaustive) {
    const useful = singles.filter((a) => singleResult.has(a.key));
    let rank = -1;
    for (const v of pairsOf(useful)) {
      const r = rareCount(v);
      if (!opts.exhaustive && r !== rank && matches.length > 0) break;
      if (!opts.exhaustive && matches.length >= opts.maxResults) break;
      rank = r;
      const [a, b] = v as [Applied, Applied];
      const before = matches.length;
      const produced = tryVariant(v);
      // A pair whose second mistake changes nothing on top of the first is the single again: not a match of its own.
      if (matches.length > before && (produced === singleResult.get(a.key) || produced === singleResult.get(b.key))) matches.pop();
    }
  }
  return { matches: matches.sort(byRank).slice(0, opts.maxResults), tried, nearest };
}
