/** The explainer alone, bundled for the page by explain.bench.ts (an IIFE that defines `sigstepExplain`). */
export { explainMismatch } from '../../src/engine/explain/index.ts';
