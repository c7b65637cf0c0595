/**
 * The differential run: generated cases through sigstep's engine and every
 * peer, disagreements counted by peer and kind, with one example of each.
 */
import fc from 'fast-check';
import { requestUrl, signingCase, type SigningCase } from './cases.ts';
import { compareCase, type Disagreement } from './compare.ts';
import { PEERS, type Peer } from './peers.ts';

export interface DifferentialSummary {
  readonly cases: number;
  /** signatures compared, per peer */
  readonly compared: Readonly<Record<string, number>>;
  /** `peer | part | kind` → count */
  readonly counts: ReadonlyMap<string, number>;
  readonly examples: ReadonlyMap<string, { case: SigningCase; disagreement: Disagreement }>;
  readonly engineErrors: readonly { case: SigningCase; error: string }[];
  readonly roundTripFailures: readonly { case: SigningCase; error: string }[];
}

export function runDifferential(numRuns: number, seed?: number, peers: readonly Peer[] = PEERS): DifferentialSummary {
  const compared: Record<string, number> = {};
  const counts = new Map<string, number>();
  const examples = new Map<string, { case: SigningCase; disagreement: Disagreement }>();
  const engineErrors: { case: SigningCase; error: string }[] = [];
  const roundTripFailures: { case: SigningCase; error: string }[] = [];
  const cases = fc.sample(signingCase, seed === undefined ? { numRuns } : { numRuns, seed });
  for (const c of cases) {
    const outcome = compareCase(c, requestUrl(c), peers);
    if (outcome.engineError !== undefined) engineErrors.push({ case: c, error: outcome.engineError });
    if (outcome.roundTrip !== undefined) roundTripFailures.push({ case: c, error: outcome.roundTrip });
    for (const name of outcome.compared) compared[name] = (compared[name] ?? 0) + 1;
    for (const d of outcome.disagreements) {
      const key = `${d.peer} | ${d.part} | ${d.kind}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!examples.has(key)) examples.set(key, { case: c, disagreement: d });
    }
  }
  return { cases: cases.length, compared, counts, examples, engineErrors, roundTripFailures };
}
