/** The step-by-step record of RFC 5849 §3.4 that the UI renders (types.ts: SignatureTrace). */
import type { EncodedParam, SignatureMethod, SignatureTrace, SigningKeyParts, SourcedParam, BaseStringParts, Span } from './types.ts';
import { joinNormalized } from './normalize.ts';
import type { ParamSet } from './paramSet.ts';
import { isFailure, type Failure } from './result.ts';
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

/** RFC 5849 §3.4.1 from the collected parameters to the base string, and its bytes for hashing. */
export function traceBaseString(method: string, baseUri: string, set: ParamSet): { trace: BaseTrace; bytes: Uint8Array } | Failure {
  const built = buildBaseString(method, baseUri, set);
  if (isFailure(built)) return built;
  const normalized = joinNormalized(built.sorted, set.pairs);
  const p = built.parts;
  const trace: BaseTrace = {
    collected: set.collected(),
    encoded: set.encoded(),
    sorted: built.sorted,
    normalized,
    baseString: { method: p.method, uri: p.uri, parameters: normalized.value, full: p.full, spans: p.spans },
  };
  return { trace, bytes: built.bytes };
}

/** RFC 5849 §3.4: the base trace with the key and the signature that came out. */
export function completeTrace(
  base: BaseTrace, signingKey: SigningKeyParts, signatureMethod: SignatureMethod, output: SignatureOutput,
): SignatureTrace {
  // Listed rather than spread: spreading a non-literal object is a slow path in V8, and this runs per keystroke.
  return {
    collected: base.collected,
    encoded: base.encoded,
    sorted: base.sorted,
    normalized: base.normalized,
    baseString: base.baseString,
    signingKey,
    signatureMethod,
    digestHex: output.digestHex,
    signature: output.signature,
  };
}
