import { StepsPanel } from '../steps/StepsPanel.tsx';
import { SignedRequestStep } from '../steps/RequestSteps.tsx';
import { useSignDerived } from './SignDerived.tsx';

/** Sign mode's steps: the trace of what the user typed, live. */
export function SignSteps() {
  const { result } = useSignDerived();
  const ok = result.status === 'ok' ? result.value : undefined;
  return (
    <StepsPanel
      trace={ok?.trace}
      error={result.status === 'error' ? result.error : undefined}
      pending={result.status === 'pending'}
      last={ok && <SignedRequestStep result={ok} />}
    />
  );
}
