/**
 * explainMismatch (issue 5): which known mistake, or pair of mistakes, applied
 * to our correct computation reproduces the signature (or base string) the
 * other side produced — and, when none does, says so and shows the nearest base string.
 */
import type { Result } from '../types.ts';
import { fail, ok } from '../result.ts';
import { readContext } from './context.ts';
import { correctKnobs, STAGES } from './pipeline.ts';
import { Evaluator, type Variant } from './evaluate.ts';
import { search } from './search.ts';
import type { MistakeId } from './catalogue.ts';
import type { ExplainInput, Explanation, Match, Mistake } from './types.ts';

const DEFAULT_MAX_RESULTS = 5;

function toMistake(a: Variant[number]): Mistake {
  const { entry, instance } = a;
  const m = { id: entry.id as MistakeId, title: entry.title, fix: entry.fix, step: entry.step, rarity: entry.rarity };
  return instance.detail === undefined ? m : { ...m, detail: instance.detail };
}

function toMatch(v: Variant, ev: Evaluator): Match {
  const first = v.reduce((x, y) => (STAGES.indexOf(y.entry.stage) < STAGES.indexOf(x.entry.stage) ? y : x));
  return { mistakes: v.map(toMistake), baseString: ev.baseString(v), signature: ev.signature(v) ?? '', partsAt: first.entry.step };
}

/**
 * Searches the catalogue of mistakes (single and pairs) for the one that reproduces
 * `target`. HMAC-SHA* and PLAINTEXT can be explained from a signature; RSA only
 * from a base string (signing needs the private key). Failures: the request's own
 * (malformed URL, header, body — with the position), 'rsa-needs-base-string', 'no-mismatch'.
 */
export function explainMismatch(input: ExplainInput): Result<Explanation> {
  const read = readContext(input);
  if (!read.ok) return read;
  const ctx = read.value;
  const correct = correctKnobs(ctx);
  const baseStringTarget = 'baseString' in input.target;
  if (!baseStringTarget && correct.digest.method === undefined) {
    return fail('rsa-needs-base-string', `A ${input.signatureMethod} signature cannot be recomputed without the private key: paste the base string the other side signed instead.`, undefined, 'target');
  }
  const target = ('baseString' in input.target ? input.target.baseString : input.target.signature).trim();
  const ev = new Evaluator(correct);
  const ours = { baseString: ev.baseString([]), signature: ev.signature([]) ?? '' };
  if (target === (baseStringTarget ? ours.baseString : ours.signature)) {
    return fail('no-mismatch', `The ${baseStringTarget ? 'base string' : 'signature'} is the one sigstep computes: there is no mismatch to explain.`, undefined, 'target');
  }
  const found = search(ctx, correct, ev, {
    target, baseStringTarget, maxResults: input.maxResults ?? DEFAULT_MAX_RESULTS, exhaustive: input.exhaustive === true,
  });
  const matches = found.matches.map((v) => toMatch(v, ev));
  if (matches.length > 0) return ok({ matches, variantsTried: found.tried, ours });
  const closest = found.nearest?.nearest() ?? { baseString: ours.baseString, mistakes: [] };
  return ok({ matches, variantsTried: found.tried, closest, ours });
}
