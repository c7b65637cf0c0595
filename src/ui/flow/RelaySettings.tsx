/**
 * Where "Send via relay" goes. The relay built into the dev server hands its
 * token to the page itself; a relay started on its own prints one to type here.
 */
import { useAppStore } from '../../store/context.tsx';
import { SecretField } from '../inputs/SecretField.tsx';
import { TextField } from '../common/TextField.tsx';

export function RelaySettings() {
  const relayUrl = useAppStore((s) => s.relay.relayUrl);
  const relayToken = useAppStore((s) => s.relay.relayToken);
  const setRelay = useAppStore((s) => s.setRelay);
  return (
    <details className="relay-settings">
      <summary>Relay settings</summary>
      <p className="hint">
        Most providers send no CORS headers, so the browser hides their answers from this page. The relay sends the
        request from a local server instead and passes the answer back. It listens on 127.0.0.1 only.
      </p>
      <div className="grid-2">
        <TextField id="relay-url" label="Relay URL" inputMode="url" value={relayUrl}
          onChange={(v) => setRelay('relayUrl', v)} />
        <SecretField id="relay-token" label="Relay token" value={relayToken} onChange={(v) => setRelay('relayToken', v)}
          describedBy="relay-token-hint" />
      </div>
      <p id="relay-token-hint" className="hint">
        Empty: sigstep asks the relay for it (the dev server’s relay answers its own page). <code>npm run relay</code> prints the token of a standalone relay.
      </p>
    </details>
  );
}
