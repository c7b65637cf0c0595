/**
 * One documented mistake: a change to one knob of the pipeline (pipeline.ts).
 * The catalogue (catalogue.ts) is a table of these; nothing else in the
 * explainer switches on a mistake's id.
 */
import type { Context } from '../context.ts';
import type { Knobs, Stage } from '../pipeline.ts';
import type { Rarity, Step } from '../types.ts';

/** One way of making the mistake on this request: the knob as the other side had it. */
export interface Instance<S extends Stage = Stage> {
  readonly apply: (knob: Knobs[S]) => Knobs[S];
  /** which alternative, when the mistake can be made several ways */
  readonly detail?: string;
}

export interface Entry<S extends Stage = Stage, Id extends string = string> {
  readonly id: Id;
  readonly stage: S;
  readonly step: Step;
  readonly rarity: Rarity;
  readonly title: string;
  readonly fix: string;
  /** mistakes of one group set the same knob field, so a pair of them is no variant at all */
  readonly group?: string;
  /** the ways this mistake can be made on this request, given the correct knobs; [] = it would change nothing */
  readonly instances: (ctx: Context, correct: Knobs) => readonly Instance<S>[];
}

/** Declares an entry, keeping its id as a literal type so the catalogue's ids form a union. */
export function mistake<S extends Stage, const Id extends string>(e: Entry<S, Id>): Entry<S, Id> {
  return e;
}

/** The one instance `apply` when `applies`, else none. */
export function when<S extends Stage>(applies: boolean, apply: (knob: Knobs[S]) => Knobs[S], detail?: string): readonly Instance<S>[] {
  if (!applies) return [];
  return detail === undefined ? [{ apply }] : [{ apply, detail }];
}
