/** The mismatch explainer's public API (re-exported by the engine's index.ts). */
export type { ExplainInput, ExplainTarget, Explanation, Match, Mistake, MistakeId, Step, Rarity, Closest } from './types.ts';
export { explainMismatch } from './explainMismatch.ts';
export { CATALOGUE } from './catalogue.ts';
