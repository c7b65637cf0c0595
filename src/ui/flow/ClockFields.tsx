/** A step's oauth_nonce and oauth_timestamp: renewed on every Send unless kept fixed (to replay a request on purpose). */
import { useAppStore } from '../../store/context.tsx';
import type { FlowStepId } from '../../store/flowSlice.ts';

export function ClockFields({ step, title }: { step: FlowStepId; title: string }) {
  const clock = useAppStore((s) => s.flowSession.clocks[step]);
  const alreadySent = useAppStore((s) => s.flowSession.sentNonces.has(s.flowSession.clocks[step].nonce));
  const setClock = useAppStore((s) => s.setStepClock);
  const renew = useAppStore((s) => s.renewStepClock);
  const id = `flow-${step}`;
  return (
    <>
      <details className="clock-fields">
        <summary>Nonce and timestamp{clock.keep ? ' (kept fixed)' : ''}</summary>
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-nonce`}>Nonce</label>
            <input id={`${id}-nonce`} aria-label={`${title} Nonce`} type="text" spellCheck={false} autoComplete="off" value={clock.nonce}
              onChange={(e) => setClock(step, { nonce: e.target.value, keep: true })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-timestamp`}>Timestamp</label>
            <input id={`${id}-timestamp`} aria-label={`${title} Timestamp`} type="text" inputMode="numeric" spellCheck={false} autoComplete="off" value={clock.timestamp}
              onChange={(e) => setClock(step, { timestamp: e.target.value, keep: true })} />
          </div>
          <button type="button" className="btn btn-small" onClick={() => renew(step)}>New nonce and timestamp</button>
          <label className="inline">
            <input type="checkbox" checked={clock.keep} onChange={(e) => setClock(step, { keep: e.target.checked })} />
            Keep fixed
          </label>
        </div>
        <p className="hint">Not kept fixed, every Send signs with a new nonce and the current time.</p>
      </details>
      {clock.keep && alreadySent && (
        <p className="warn" role="alert">
          Nonce {clock.nonce} was already sent in this session: a provider that remembers nonces will answer nonce_used.
          Press “New nonce and timestamp” or untick “Keep fixed”.
        </p>
      )}
    </>
  );
}
