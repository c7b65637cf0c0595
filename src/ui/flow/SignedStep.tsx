/**
 * A signed leg of the flow (1, 3 and 4): its endpoint, what it signs with, the
 * exact request, Send, the answer, and what it carried forward.
 */
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { useFlowStep } from '../../store/flowHooks.ts';
import type { FlowStepId } from '../../store/flowSlice.ts';
import { HTTP_METHODS } from '../inputs/MethodUrlFields.tsx';
import { ClockFields } from './ClockFields.tsx';
import { FlowCard } from './FlowCard.tsx';
import { RunView } from './RunView.tsx';
import { SendButtons } from './SendButtons.tsx';
import { SignedRequestView } from './SignedRequestView.tsx';
import { FLOW_CARDS } from './stepCopy.ts';

function EndpointFields({ step, title }: { step: FlowStepId; title: string }) {
  const { method, url } = useAppStore(useShallow((s) => s.flow[step]));
  const setEndpoint = useAppStore((s) => s.setFlowEndpoint);
  const id = `flow-${step}`;
  return (
    <div className="row method-url">
      <div className="field field-method">
        <label htmlFor={`${id}-method`}>Method</label>
        <select id={`${id}-method`} aria-label={`${title} Method`} value={method} onChange={(e) => setEndpoint(step, { method: e.target.value })}>
          {!(HTTP_METHODS as readonly string[]).includes(method) && <option value={method}>{method}</option>}
          {HTTP_METHODS.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </div>
      <div className="field field-grow">
        <label htmlFor={`${id}-url`}>URL</label>
        <input id={`${id}-url`} aria-label={`${title} URL`} type="text" inputMode="url" spellCheck={false} autoComplete="off" value={url}
          onChange={(e) => setEndpoint(step, { url: e.target.value })} />
      </div>
    </div>
  );
}

export function SignedStep({ step, fields, carried }: { step: FlowStepId; fields?: ReactNode; carried?: ReactNode }) {
  const info = FLOW_CARDS[step];
  const derived = useFlowStep(step);
  const run = useAppStore((s) => s.flowSession.runs[step]);
  const send = useAppStore((s) => s.sendFlowStep);
  return (
    <FlowCard info={info}>
      <EndpointFields step={step} title={info.title} />
      {fields}
      <ClockFields step={step} title={info.title} />
      <SignedRequestView derived={derived} title={info.title} />
      <SendButtons what={`${info.title.toLowerCase()} request`} busy={run?.state === 'sending'}
        disabled={derived.signed.status !== 'ok'} onSend={(via) => void send(step, via)} />
      <RunView run={run} label={`${info.title} answer`} />
      {run?.state === 'done' && carried}
    </FlowCard>
  );
}
