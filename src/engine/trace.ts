/** The step-by-step record of RFC 5849 §3.4 that the UI renders (types.ts: SignatureTrace). */
import type { EncodedParam, SignatureMethod, SignatureTrace, SigningKeyParts, SourcedParam, BaseStringParts, Span } from './types.ts';
import { joinNormalized, sortEncoded } from './normalize.ts';
import type { ParamSet } from './paramSet.ts';
import { buildBaseString } from './baseString.ts';
import type { SignatureOutput } from './signatureMethods.ts';

/** The trace up to the base string: everything that does not depend on the key. */
export interface BaseTrace {
  readonly collected: readonly SourcedParam[];
  readonly encoded: readonly EncodedParam[];
  readonly sorted: readonly EncodedParam[];
  readonly normalized: { readonly value: string; readonly spans: readonly Span[] };
  readonly baseString: BaseStringParts;
}

/** RFC 5849 §3.4.1 from the collected (and already encoded) parameters to the base string, and its bytes for hashing. */
export function traceBaseString(method: string, baseUri: string, set: ParamSet): { trace: BaseTrace; bytes: Uint8Array } {
  const { collected, encoded } = set;
  const sorted = sortEncoded(encoded);
  const normalized = joinNormalized(sorted);
  const built = buildBaseString(method, baseUri, sorted, normalized.value, set);
  return { trace: { collected, encoded, sorted, normalized, baseString: built.parts }, bytes: built.bytes };
}

/** RFC 5849 §3.4: the base trace with the key and the signature that came out. */
export function completeTrace(
  base: BaseTrace, signingKey: SigningKeyParts, signatureMethod: SignatureMethod, output: SignatureOutput,
): SignatureTrace {
  return { ...base, signingKey, signatureMethod, digestHex: output.digestHex, signature: output.signature };
}
