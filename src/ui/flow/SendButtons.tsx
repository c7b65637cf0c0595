import type { Via } from '../../store/flowFire.ts';

interface Props {
  /** what is sent, for the accessible names: "Send the temporary credentials request" */
  what: string;
  busy: boolean;
  disabled?: boolean;
  onSend(via: Via): void;
}

/** Fires one request: directly with fetch, or through the relay (for providers without CORS). */
export function SendButtons({ what, busy, disabled = false, onSend }: Props) {
  return (
    <div className="row send-buttons">
      <button type="button" className="btn btn-primary" disabled={busy || disabled} aria-label={`Send the ${what}`}
        onClick={() => onSend('direct')}>
        Send
      </button>
      <button type="button" className="btn" disabled={busy || disabled} aria-label={`Send via relay: the ${what}`}
        onClick={() => onSend('relay')}>
        Send via relay
      </button>
    </div>
  );
}
