import type { ReactNode } from 'react';
import { CopyButton } from '../common/CopyButton.tsx';
import { useRovingParamFocus } from '../common/rovingFocus.ts';
import { rfcHref, type StepInfo } from './stepInfo.ts';

interface Props {
  n: number;
  info: StepInfo;
  /** overrides info.section, e.g. §3.4.4 for PLAINTEXT */
  section?: string;
  /** for steps whose output is a table or list: the text their copy button copies */
  copyText?: string;
  children: ReactNode;
}

/** One step: heading, why it exists, a link to the RFC, then its output. */
export function Step({ n, info, section = info.section, copyText, children }: Props) {
  const id = `step-${n}`;
  const { rootRef, onKeyDown, onFocus } = useRovingParamFocus<HTMLElement>();
  return (
    <section className="step" aria-labelledby={id} ref={rootRef} onKeyDown={onKeyDown} onFocus={onFocus}>
      <h3 id={id}>
        <span className="step-n" aria-hidden="true">{n}</span>
        {/* The space must sit outside the hidden span: accessible-name computation trims inside it. */}
        <span className="visually-hidden">Step {n}:</span> {info.title}
      </h3>
      <p className="why">
        {info.why}{' '}
        <a href={rfcHref(section)} target="_blank" rel="noreferrer">RFC 5849 §{section}</a>
      </p>
      {copyText !== undefined && (
        <div className="step-copy">
          <CopyButton text={copyText} label={`Copy ${info.title.toLowerCase()}`} />
        </div>
      )}
      {children}
    </section>
  );
}
