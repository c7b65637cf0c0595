/** What the client-credentials exchange needs: the endpoint, the client, and how it authenticates. */
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { Switch } from '../common/Switch.tsx';
import { RememberSecretsSwitch } from '../inputs/RememberSecretsSwitch.tsx';
import { SecretField } from '../inputs/SecretField.tsx';
import { RelaySettings } from '../flow/RelaySettings.tsx';
import { TextField } from '../common/TextField.tsx';

export function OAuth2Inputs() {
  const o = useAppStore(useShallow((s) => s.oauth2));
  const set = useAppStore((s) => s.setOAuth2);
  return (
    <section className="panel stack" aria-labelledby="oauth2-heading">
      <h2 id="oauth2-heading">OAuth 2.0 client credentials</h2>
      <p className="note">
        RFC 6749 §4.4: the client trades its own ID and secret for an access token, then sends the token as{' '}
        <code>Authorization: Bearer …</code>. No user is involved.
      </p>
      <TextField id="oauth2-token-url" label="Token URL" inputMode="url" value={o.tokenUrl}
        onChange={(v) => set('tokenUrl', v)} />
      <div className="grid-2">
        <TextField id="oauth2-client-id" label="Client ID" value={o.clientId}
          onChange={(v) => set('clientId', v)} />
        <SecretField id="oauth2-client-secret" label="Client secret" value={o.clientSecret} onChange={(v) => set('clientSecret', v)} />
        <TextField id="oauth2-scope" label="Scope (optional)" value={o.scope}
          onChange={(v) => set('scope', v)} />
      </div>
      <fieldset className="radio-group">
        <legend>Client authentication</legend>
        <label className="inline">
          <input type="radio" name="oauth2-client-auth" checked={o.clientAuth === 'basic'} onChange={() => set('clientAuth', 'basic')} />
          HTTP Basic header
        </label>
        <label className="inline">
          <input type="radio" name="oauth2-client-auth" checked={o.clientAuth === 'body'} onChange={() => set('clientAuth', 'body')} />
          ID and secret in the form body
        </label>
      </fieldset>
      {o.clientAuth === 'basic' && (
        <div>
          <Switch id="oauth2-form-encode" label="Form-encode the ID and secret before base64 (RFC 6749 §2.3.1)"
            checked={o.formEncodeCredentials} onChange={(v) => set('formEncodeCredentials', v)} describedBy="oauth2-form-encode-why" />
          <p id="oauth2-form-encode-why" className="hint">
            RFC 6749 says to form-encode both before joining them with “:”; many providers (OS Data Hub among them) take
            them raw. It only matters when the secret has reserved characters (space, “:”, “/”, “&amp;”…), and then it
            is exactly why a correct secret gets invalid_client.
          </p>
        </div>
      )}
      <RememberSecretsSwitch />
      <RelaySettings />
    </section>
  );
}
