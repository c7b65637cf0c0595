import type { ReactNode } from 'react';
import { rfcSection, type FlowCardInfo } from './stepCopy.ts';

/** One leg of the flow: a numbered region with what it is for and a link to the RFC. */
export function FlowCard({ info, children }: { info: FlowCardInfo; children: ReactNode }) {
  const id = `flow-card-${info.n}`;
  return (
    // aria-label rather than aria-labelledby: the heading's number is drawn in a circle the name must not lose.
    <section className="panel flow-card" aria-label={`${info.n}. ${info.title}`}>
      <h3 id={id}>
        <span className="step-n" aria-hidden="true">{info.n}</span>
        <span className="visually-hidden">{`Step ${info.n}:`}</span>{' '}
        {info.title}
      </h3>
      <p className="why">
        {info.why}{' '}
        <a href={rfcSection(info.rfc ?? 5849, info.section)} target="_blank" rel="noreferrer">RFC {info.rfc ?? 5849} §{info.section}</a>
      </p>
      <div className="stack">{children}</div>
    </section>
  );
}
