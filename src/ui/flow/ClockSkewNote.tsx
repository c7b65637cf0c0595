/**
 * The provider's clock against the request's oauth_timestamp. Providers refuse
 * timestamps outside a window (often ±5 minutes), so a skew near that explains
 * a timestamp_refused before anyone suspects the signature.
 */
const WINDOW_SECONDS = 300;

function describe(skew: number): string {
  if (skew === 0) return 'The provider’s clock agrees with the request’s oauth_timestamp (to the second).';
  const n = Math.abs(skew);
  const amount = n >= 120 ? `${Math.round(n / 60)} minutes (${n} s)` : `${n} s`;
  return skew > 0
    ? `The provider’s clock is ${amount} ahead of the request’s oauth_timestamp.`
    : `The provider’s clock is ${amount} behind the request’s oauth_timestamp.`;
}

interface Props {
  /** server minus request, seconds; undefined when the answer had no Date header */
  skew: number | undefined;
  timestamp: string;
  refused: boolean;
  acceptable?: { readonly from: number; readonly to: number } | undefined;
}

export function ClockSkewNote({ skew, timestamp, refused, acceptable }: Props) {
  const large = skew !== undefined && Math.abs(skew) > WINDOW_SECONDS;
  return (
    <div className={`clock-skew${large || refused ? ' warn' : ''}`} role="group" aria-label="Clock skew">
      <p>
        <strong>Clock: </strong>
        {skew === undefined ? 'The answer has no Date header the page can read, so the skew cannot be measured.' : describe(skew)}
        {' '}oauth_timestamp was {timestamp}.
      </p>
      {acceptable && (
        <p>The provider accepts timestamps from {acceptable.from} to {acceptable.to} ({new Date(acceptable.from * 1000).toISOString()} to {new Date(acceptable.to * 1000).toISOString()}).</p>
      )}
      {(large || refused) && (
        <p>Check this computer’s clock (or the timestamp you kept fixed), then send again with a fresh timestamp.</p>
      )}
    </div>
  );
}
