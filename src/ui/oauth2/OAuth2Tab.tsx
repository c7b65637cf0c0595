/**
 * PLACEHOLDER for the OAuth 2.0 client-credentials view (issue 4). The store's
 * oauth2 slice (store/oauth2Slice.ts) already holds the fields the presets fill;
 * replace this component with the real view.
 */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';

export function OAuth2Tab() {
  const o = useAppStore(useShallow((s) => ({ tokenUrl: s.oauth2.tokenUrl, clientId: s.oauth2.clientId, clientAuth: s.oauth2.clientAuth })));
  return (
    <section className="panel coming" aria-labelledby="oauth2-heading">
      <h2 id="oauth2-heading">OAuth 2.0 client credentials</h2>
      <p>Coming: build and send the client-credentials token request (RFC 6749 §4.4).</p>
      {o.tokenUrl !== '' && (
        <dl className="summary">
          <div><dt>Token URL</dt><dd className="wrap">{o.tokenUrl}</dd></div>
          <div><dt>Client ID</dt><dd className="wrap">{o.clientId}</dd></div>
          <div><dt>Client authentication</dt><dd>{o.clientAuth === 'basic' ? 'HTTP Basic' : 'Form body'}</dd></div>
        </dl>
      )}
    </section>
  );
}
