/**
 * The explainer's steps (engine/explain Step) as the steps panel numbers them
 * (steps/StepsPanel.tsx, whose headings have the ids `step-N`), and a link that
 * moves the view and the keyboard focus to that step.
 */
import type { MouseEvent, ReactNode } from 'react';
import type { Step } from '../../engine/explain/types.ts';
import { STEPS } from '../steps/stepInfo.ts';

interface StepPlace {
  /** the step's number in the steps panel */
  readonly n: number;
  /** the steps panel's title for it */
  readonly title: string;
  /** what the two sides disagree on, when the step's title does not say it */
  readonly what?: string;
}

export const STEP_PLACES: Record<Step, StepPlace> = {
  method: { n: 5, title: STEPS.baseString.title, what: 'the HTTP method written in it' },
  uri: { n: 5, title: STEPS.baseString.title, what: 'the URI written in it' },
  parameters: { n: 1, title: STEPS.collected.title, what: 'which parameters are signed, and how they are put together' },
  encoding: { n: 2, title: STEPS.encoded.title },
  key: { n: 6, title: STEPS.signingKey.title },
  signature: { n: 7, title: STEPS.signature.title, what: 'its method, or how it is written and sent' },
};

/** Scrolls to the step's heading and focuses it, so keyboard and screen-reader users land there too. */
function goTo(e: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return; // no steps on screen: let the browser follow the fragment (it does nothing)
  e.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  target.focus({ preventScroll: true });
}

/** A link to step `n` of the steps panel. */
export function StepAnchor({ n, children }: { n: number; children: ReactNode }) {
  const id = `step-${n}`;
  return <a href={`#${id}`} onClick={(e) => goTo(e, id)}>{children}</a>;
}

/** "step 6, signing key", linked. */
export function StepLink({ step }: { step: Step }) {
  const place = STEP_PLACES[step];
  return (
    <StepAnchor n={place.n}>
      step {place.n}, {place.title.charAt(0).toLowerCase()}{place.title.slice(1)}
    </StepAnchor>
  );
}
