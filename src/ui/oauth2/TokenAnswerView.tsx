/**
 * The token answer's lifetime: expires_in counting down from when the answer
 * arrived (this computer's clock, so a skewed provider clock does not matter),
 * and issued_at shown as a date.
 */
import type { TokenAnswer } from '../../store/oauth2Requests.ts';
import { useNow } from './useNow.ts';

export function formatRemaining(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export function TokenAnswerView({ answer, receivedAt }: { answer: TokenAnswer; receivedAt: number }) {
  const counting = answer.expiresIn !== undefined;
  const now = useNow(counting);
  const issued = answer.issuedAt === undefined || Number.isNaN(new Date(answer.issuedAt).getTime()) ? undefined : new Date(answer.issuedAt);
  const remaining = answer.expiresIn === undefined ? undefined : answer.expiresIn - Math.floor((now - receivedAt) / 1000);
  return (
    <dl className="summary token-answer" aria-label="Token lifetime">
      <div>
        <dt>Token type</dt>
        <dd>{answer.tokenType ?? '(not given)'}{answer.tokenType !== undefined && answer.tokenType.toLowerCase() !== 'bearer' ? ' — not Bearer: the request below may not be what the provider wants' : ''}</dd>
      </div>
      <div>
        <dt>Expires in</dt>
        <dd>
          {remaining === undefined ? '(no expires_in)' : remaining > 0 ? (
            <span role="timer" aria-label="Time left">{formatRemaining(remaining)}</span>
          ) : (
            <strong className="warn">Expired: send the token request again.</strong>
          )}
          {answer.expiresIn !== undefined && <span className="hint"> (expires_in {answer.expiresIn} s)</span>}
        </dd>
      </div>
      <div>
        <dt>Issued at</dt>
        <dd>
          {issued === undefined ? '(no issued_at, or not a time)' : (
            <time dateTime={issued.toISOString()}>{issued.toUTCString()}</time>
          )}
        </dd>
      </div>
      {answer.scope !== undefined && <div><dt>Scope</dt><dd>{answer.scope}</dd></div>}
    </dl>
  );
}
