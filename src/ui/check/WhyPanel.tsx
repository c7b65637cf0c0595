/**
 * "Why?" under a "does not match" (issue 5): on request, the explainer searches
 * the catalogue of known mistakes for the one (or the pair) that reproduces the
 * signature in the request, and says what the other side did, where the two
 * computations part, and how to fix it. A second input takes the base string
 * the server reported (or its error body) and compares it with ours.
 */
import { useId, useState } from 'react';
import type { Explanation } from '../../engine/explain/types.ts';
import type { Result, VerifyInput, VerifyResult } from '../../engine/types.ts';
import { useExplanation } from '../why/explain.ts';
import { ExplanationView, summaryText, type WhyTarget } from '../why/ExplanationView.tsx';
import { ServerBaseString } from '../why/ServerBaseString.tsx';

export interface WhyPanelProps {
  /** exactly what was verified: the pasted request (method/URL completed by the user) and the secrets */
  input: VerifyInput;
  /** the verdict: given vs expected signature and the full trace */
  result: VerifyResult;
}

interface BodyProps extends WhyPanelProps {
  target: WhyTarget;
  explained: Result<Explanation> | undefined;
}

function WhyBody({ input, result, target, explained }: BodyProps) {
  return (
    <>
      <section className="why-signature" aria-labelledby="why-signature-heading">
        <h4 id="why-signature-heading">From the signature in the request</h4>
        {explained && <ExplanationView explained={explained} target={target} plaintext={result.trace.signatureMethod === 'PLAINTEXT'} />}
      </section>
      <ServerBaseString input={input} result={result} />
    </>
  );
}

export function WhyPanel({ input, result }: WhyPanelProps) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const target: WhyTarget = { kind: 'signature', value: result.given };
  // Run once the panel is opened, and again only when the request, the secrets or the signature change.
  // Its summary sits outside the body so that the live region exists before the result is written into it.
  const explained = useExplanation(input, result.trace.signatureMethod, open ? { signature: result.given } : undefined);
  return (
    <section className="why-panel" aria-labelledby="why-heading">
      <h3 id="why-heading" className="why-heading">
        <button type="button" className="btn why-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          Why?
        </button>
      </h3>
      {!open && (
        <p className="hint">
          Ask sigstep which known mistake — one, or a pair — makes the signature in the request, and how to fix it.
        </p>
      )}
      <p role="status" aria-live="polite" className="why-summary">
        {open && explained ? summaryText(explained, target) : ''}
      </p>
      <div id={bodyId} className="why-body" hidden={!open}>
        {open && <WhyBody input={input} result={result} target={target} explained={explained} />}
      </div>
    </section>
  );
}
