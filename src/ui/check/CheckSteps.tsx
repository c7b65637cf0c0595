import { PastedRequestStep } from '../steps/RequestSteps.tsx';
import { StepsPanel } from '../steps/StepsPanel.tsx';
import { useCheckDerived } from './CheckDerived.tsx';

/** The steps of the pasted request's signature as sigstep recomputes it. */
export function CheckSteps() {
  const { verify, request } = useCheckDerived();
  if (!verify || !request) {
    return (
      <section className="panel steps-panel" aria-labelledby="steps-heading">
        <h2 id="steps-heading">Steps</h2>
        <p className="note">Paste a request to see how its signature is computed.</p>
      </section>
    );
  }
  const trace = verify.status === 'ok' ? verify.value.trace : undefined;
  return (
    <StepsPanel
      trace={trace}
      error={verify.status === 'error' ? verify.error : undefined}
      pending={verify.status === 'pending'}
      last={trace && <PastedRequestStep request={request} trace={trace} />}
    />
  );
}
