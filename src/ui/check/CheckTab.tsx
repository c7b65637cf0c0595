import { useAppStore } from '../../store/context.tsx';
import { ErrorBoundary } from '../common/ErrorBoundary.tsx';
import { CheckDerivedProvider } from './CheckDerived.tsx';
import { CheckSecrets } from './CheckSecrets.tsx';
import { CheckSteps } from './CheckSteps.tsx';
import { MissingParts } from './MissingParts.tsx';
import { PasteBox } from './PasteBox.tsx';
import { Verdict } from './Verdict.tsx';

/** Check mode: a pasted request, checked as pasted, with the verdict on top. */
export function CheckTab() {
  const reset = useAppStore((s) => s.resetToDefaults);
  return (
    <CheckDerivedProvider>
      <div className="two-col">
        <section className="panel check-panel" aria-labelledby="check-heading">
          <h2 id="check-heading">Check a pasted request</h2>
          <form className="stack" onSubmit={(e) => e.preventDefault()} aria-labelledby="check-heading">
            <PasteBox />
            <MissingParts />
            <CheckSecrets />
          </form>
        </section>
        <div className="stack">
          <Verdict />
          <ErrorBoundary what="The steps" onReset={() => reset()}>
            <CheckSteps />
          </ErrorBoundary>
        </div>
      </div>
    </CheckDerivedProvider>
  );
}
