import { useAppStore } from '../../store/context.tsx';
import { ErrorBoundary } from '../common/ErrorBoundary.tsx';
import { InputPanel } from './InputPanel.tsx';
import { SignDerivedProvider } from './SignDerived.tsx';
import { SignSteps } from './SignSteps.tsx';

/** Sign mode: inputs on one side, every step of the signature on the other. */
export function SignTab() {
  const reset = useAppStore((s) => s.resetToDefaults);
  return (
    <SignDerivedProvider>
      <div className="two-col">
        <InputPanel />
        <ErrorBoundary what="The steps" onReset={() => reset()}>
          <SignSteps />
        </ErrorBoundary>
      </div>
    </SignDerivedProvider>
  );
}
