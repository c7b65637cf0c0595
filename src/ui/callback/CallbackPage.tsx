/**
 * The app's own OAuth callback route. The provider redirects here after the
 * user decides; this page hands oauth_token and oauth_verifier back to the tab
 * running the flow and says the tab can be closed. The values are shown too,
 * for pasting by hand when the hand-off cannot reach the other tab.
 */
import { useState } from 'react';
import '../flow/flow.css';
import { callbackFromQuery, handBack, type CallbackMessage } from './handoff.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Runs once, on the first render: a second hand-off of the same callback would be harmless, but it is not needed. */
function useHandOff(): { msg: CallbackMessage | undefined; delivered: boolean } {
  const [state] = useState(() => {
    const msg = callbackFromQuery(location.search, Date.now(), randomId());
    return { msg, delivered: msg ? handBack(msg, storage()) : false };
  });
  return state;
}

export function CallbackPage() {
  const { msg, delivered } = useHandOff();
  const appHref = import.meta.env.BASE_URL;
  return (
    <main className="app-main callback-page">
      <section className="panel" aria-labelledby="callback-heading">
        <h1 id="callback-heading">sigstep: OAuth callback</h1>
        {!msg && (
          <p>
            This is the page a provider sends the user back to after authorizing. It expects <code>oauth_token</code> and{' '}
            <code>oauth_verifier</code> in its query, and this visit has neither. <a href={appHref}>Open sigstep</a>.
          </p>
        )}
        {msg?.denied !== undefined && (
          <p role="status">The provider says access was denied (request token <code>{msg.denied}</code>). The Flow tab has been told.</p>
        )}
        {msg && msg.denied === undefined && (
          <>
            <p role="status">
              {delivered
                ? 'The verifier has been handed back to the sigstep tab running the flow. You can close this tab.'
                : 'This browser could not reach the sigstep tab (storage and BroadcastChannel are blocked): copy the values below into the Flow tab by hand.'}
            </p>
            <dl className="summary">
              <div><dt>oauth_token</dt><dd className="mono wrap">{msg.oauthToken ?? '(none)'}</dd></div>
              <div><dt>oauth_verifier</dt><dd className="mono wrap">{msg.oauthVerifier ?? '(none)'}</dd></div>
            </dl>
          </>
        )}
      </section>
    </main>
  );
}
