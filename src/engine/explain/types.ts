/**
 * The mismatch explainer's data model (issue 5): what goes in, and the ranked
 * mistakes that come out. Everything is data so the UI can place each match
 * next to the step where the two computations part.
 */
import type { HttpRequest, SignatureMethod } from '../types.ts';
import type { MistakeId } from './catalogue.ts';

export type { MistakeId };

/** The step of RFC 5849 §3.4 at which the other side's computation leaves ours. */
export type Step = 'method' | 'uri' | 'parameters' | 'encoding' | 'key' | 'signature';

/** How often people make the mistake; ranks matches (common before rare). */
export type Rarity = 'common' | 'rare';

export interface Mistake {
  readonly id: MistakeId;
  /** plain words: what the other side did differently */
  readonly title: string;
  /** one sentence: which side should change, and how */
  readonly fix: string;
  readonly step: Step;
  readonly rarity: Rarity;
  /** which alternative, when one mistake can be made several ways (e.g. GET for POST, or POST for PUT) */
  readonly detail?: string;
}

export interface Match {
  /** one mistake, or a pair */
  readonly mistakes: readonly Mistake[];
  /** the other side's base string, as the mistake(s) reproduce it */
  readonly baseString: string;
  /** the other side's signature, as the mistake(s) reproduce it ('' for RSA: it needs the private key) */
  readonly signature: string;
  /** the first step (in pipeline order) where the other side's computation leaves ours */
  readonly partsAt: Step;
}

export interface Closest {
  /** the base string nearest the target: ours, or a variant's */
  readonly baseString: string;
  /**
   * Levenshtein distance to the target base string. Absent for a signature target:
   * a digest gives nothing to measure a base string against, so `baseString` is ours.
   */
  readonly distance?: number;
  /** the mistakes that produce `baseString` ([] = our own, correct one) */
  readonly mistakes: readonly MistakeId[];
}

export interface Explanation {
  /** ranked: single before pair, common before rare; [] = no known mistake matches */
  readonly matches: readonly Match[];
  /** how many variants (single mistakes and pairs) were computed */
  readonly variantsTried: number;
  /** when nothing matches: the nearest base string, instead of a guess */
  readonly closest?: Closest;
  /** sigstep's own, correct result for the same request */
  readonly ours: { readonly baseString: string; readonly signature: string };
}

/** The signature the other side computed (as given: still percent-encoded if copied raw), or the base string it reported. */
export type ExplainTarget = { readonly signature: string } | { readonly baseString: string };

export interface ExplainInput {
  /** the request as sent: it carries the oauth_* parameters (header, query or form body) */
  readonly request: HttpRequest;
  readonly consumerSecret: string;
  readonly tokenSecret?: string;
  readonly signatureMethod: SignatureMethod;
  readonly target: ExplainTarget;
  /** stop once this many exact matches are found (default 5) */
  readonly maxResults?: number;
  /** token secrets seen elsewhere (e.g. the request-token secret of this flow), tried as the one the other side used */
  readonly otherTokenSecrets?: readonly string[];
  /** try every single mistake and every pair even after a match (benchmarks) */
  readonly exhaustive?: boolean;
}
