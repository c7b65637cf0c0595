/**
 * Leg 2 (RFC 5849 §2.2): the user approves at the provider, in a new tab. The
 * provider sends that tab to the app's callback route, which hands the
 * verifier back here; pasting it by hand works as well.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { FlowCard } from './FlowCard.tsx';
import { FLOW_CARDS } from './stepCopy.ts';
import { TextField } from '../common/TextField.tsx';

/** The authorize URL with oauth_token added to whatever query it already has. */
export function authorizeHref(authorizeUrl: string, requestToken: string): string | undefined {
  const url = authorizeUrl.trim();
  if (!/^https?:\/\/[^/]/i.test(url) || requestToken === '') return undefined;
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const joiner = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${joiner}oauth_token=${encodeURIComponent(requestToken)}`;
}

export function AuthorizeStep() {
  const f = useAppStore(
    useShallow((s) => ({ authorizeUrl: s.flow.authorizeUrl, requestToken: s.flow.requestToken, verifier: s.flow.verifier, callback: s.flow.callback })),
  );
  const note = useAppStore((s) => s.flowSession.callbackNote);
  const setFlow = useAppStore((s) => s.setFlow);
  const href = authorizeHref(f.authorizeUrl, f.requestToken);
  return (
    <FlowCard info={FLOW_CARDS.authorize}>
      <TextField id="flow-authorize-url" label="Authorize URL" inputMode="url" value={f.authorizeUrl}
        onChange={(v) => setFlow('authorizeUrl', v)} />
      <div className="field">
        <label htmlFor="flow-request-token">Request token</label>
        <input id="flow-request-token" type="text" spellCheck={false} autoComplete="off" value={f.requestToken}
          aria-describedby="flow-request-token-hint" onChange={(e) => setFlow('requestToken', e.target.value)} />
        <p id="flow-request-token-hint" className="hint">From step 1’s answer (oauth_token), or paste one.</p>
      </div>
      {href ? (
        <p>
          <a className="btn" href={href} target="_blank" rel="noopener">Open the authorize page</a>{' '}
          <span className="hint">in a new tab. After you approve, the provider sends that tab to {f.callback || 'the callback'}.</span>
        </p>
      ) : (
        <p className="hint">Enter the authorize URL and get a request token in step 1 to open the authorize page.</p>
      )}
      <div className="field">
        <label htmlFor="flow-verifier">Verifier</label>
        <input id="flow-verifier" type="text" spellCheck={false} autoComplete="off" value={f.verifier}
          aria-describedby="flow-verifier-hint" onChange={(e) => setFlow('verifier', e.target.value)} />
        <p id="flow-verifier-hint" className="hint">
          Filled in by the callback (oauth_verifier); with oauth_callback=oob, paste what the provider shows.
        </p>
      </div>
      <p role="status" className={note ? (note.ok ? 'ok-note' : 'warn') : 'visually-hidden'}>{note?.text ?? ''}</p>
    </FlowCard>
  );
}
