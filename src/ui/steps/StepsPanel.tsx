import type { ReactNode } from 'react';
import type { EngineError, SignatureTrace } from '../../engine/types.ts';
import { SignatureStep, SigningKeyStep } from './KeySignatureSteps.tsx';
import { CollectedStep, EncodedStep, SortedStep } from './ParamSteps.tsx';
import { BaseStringStep, NormalizedStep } from './StringSteps.tsx';

interface Props {
  /** undefined while an RSA signature is being computed, or when the inputs cannot be signed */
  trace: SignatureTrace | undefined;
  error?: EngineError | undefined;
  pending?: boolean;
  /** step 8: the signed request in sign mode, the pasted request in check mode */
  last?: ReactNode;
  heading?: string;
}

/** Every step of RFC 5849 §3.4 for one trace. Never blank: an error or a wait is said in words. */
export function StepsPanel({ trace, error, pending, last, heading = 'Steps' }: Props) {
  return (
    <section className="panel steps-panel" aria-labelledby="steps-heading" aria-busy={pending ? true : undefined}>
      <h2 id="steps-heading">{heading}</h2>
      {error && (
        <div className="steps-error" role="alert">
          <p><strong>The signature cannot be computed yet.</strong> {error.message}</p>
          {error.input && <p className="hint">See the field marked next to the inputs ({error.input}).</p>}
        </div>
      )}
      {pending && !trace && <p className="note" role="status">Computing the signature…</p>}
      {trace && (
        <p className="hint">
          Point at a parameter (hover, or focus it: Tab reaches each step’s parameters, the arrow keys move between them) to light it up in every step.
        </p>
      )}
      {trace && (
        <ol className="steps">
          <li><CollectedStep trace={trace} /></li>
          <li><EncodedStep trace={trace} /></li>
          <li><SortedStep trace={trace} /></li>
          <li><NormalizedStep trace={trace} /></li>
          <li><BaseStringStep trace={trace} /></li>
          <li><SigningKeyStep trace={trace} /></li>
          <li><SignatureStep trace={trace} /></li>
          {last && <li>{last}</li>}
        </ol>
      )}
    </section>
  );
}
