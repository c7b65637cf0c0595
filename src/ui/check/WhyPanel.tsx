/**
 * SLOT for the mismatch explainer (issue 5). The verdict renders this under a
 * "does not match" with everything the explainer needs; replace the body of
 * this component (keep the props) with the real "Why?" — it may compute
 * variants with the engine from `input` and show them beside the steps.
 */
import type { VerifyInput, VerifyResult } from '../../engine/types.ts';

export interface WhyPanelProps {
  /** exactly what was verified: the pasted request (method/URL completed by the user) and the secrets */
  input: VerifyInput;
  /** the verdict: given vs expected signature and the full trace */
  result: VerifyResult;
}

export function WhyPanel(_props: WhyPanelProps) {
  return (
    <section className="why-panel" aria-labelledby="why-heading">
      <h3 id="why-heading">Why?</h3>
      <p className="hint">
        Compare the steps with what your client computed: the base string is where most mismatches show. An explainer that
        names the likely cause is coming.
      </p>
    </section>
  );
}
