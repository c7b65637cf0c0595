/** The client, and how every step of the flow is signed: shared by the four cards below. */
import { useShallow } from 'zustand/react/shallow';
import { SIGNATURE_METHODS, type Placement, type SignatureMethod } from '../../engine/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { isRsa } from '../../store/selectors.ts';
import { RememberSecretsSwitch } from '../inputs/RememberSecretsSwitch.tsx';
import { SecretField } from '../inputs/SecretField.tsx';
import { TextField } from '../common/TextField.tsx';

const PLACEMENTS: readonly [Placement, string][] = [
  ['header', 'Authorization header'],
  ['query', 'Query string'],
  ['body', 'Form body'],
];

export function FlowSettings() {
  const f = useAppStore(
    useShallow((s) => ({
      consumerKey: s.flow.consumerKey,
      consumerSecret: s.flow.consumerSecret,
      privateKeyPem: s.flow.privateKeyPem,
      signatureMethod: s.flow.signatureMethod,
      placement: s.flow.placement,
      includeVersion: s.flow.includeVersion,
    })),
  );
  const setFlow = useAppStore((s) => s.setFlow);
  const loadBuiltin = useAppStore((s) => s.loadBuiltinFlow);
  const rsa = isRsa(f.signatureMethod);
  return (
    <div className="stack">
      <div className="row">
        <button type="button" className="btn" onClick={loadBuiltin} aria-describedby="flow-builtin-hint">
          Use the built-in test provider
        </button>
        <p id="flow-builtin-hint" className="hint">
          Fills the endpoints of the reference provider this server runs, and its demo client
          {rsa ? ' (the RSA client and its private key, for the RSA method chosen)' : ''}.
        </p>
      </div>
      <fieldset>
        <legend>Client credentials</legend>
        <div className="grid-2">
          <TextField id="flow-consumer-key" label="Consumer key" value={f.consumerKey}
            onChange={(v) => setFlow('consumerKey', v)} />
          {!rsa && (
            <SecretField id="flow-consumer-secret" label="Consumer secret" value={f.consumerSecret}
              onChange={(v) => setFlow('consumerSecret', v)} />
          )}
        </div>
        {rsa && (
          <SecretField id="flow-private-key" label="RSA private key (PEM)" value={f.privateKeyPem} multiline
            onChange={(v) => setFlow('privateKeyPem', v)} />
        )}
        <RememberSecretsSwitch />
      </fieldset>
      <fieldset>
        <legend>Signing</legend>
        <div className="row">
          <div className="field">
            <label htmlFor="flow-signature-method">Signature method</label>
            <select id="flow-signature-method" value={f.signatureMethod}
              onChange={(e) => setFlow('signatureMethod', e.target.value as SignatureMethod)}>
              {SIGNATURE_METHODS.map((m) => <option key={m} value={m}>{m}</option>)}
            </select>
          </div>
          <label className="inline">
            <input type="checkbox" checked={f.includeVersion} onChange={(e) => setFlow('includeVersion', e.target.checked)} />
            Send oauth_version=1.0
          </label>
        </div>
        <fieldset className="radio-group">
          <legend>OAuth parameters go in</legend>
          {PLACEMENTS.map(([p, label]) => (
            <label key={p} className="inline">
              <input type="radio" name="flow-placement" value={p} checked={f.placement === p} onChange={() => setFlow('placement', p)} />
              {label}
            </label>
          ))}
        </fieldset>
        {f.placement === 'body' && (
          <p className="hint">A form body needs POST: browsers (and the relay) send no body with GET.</p>
        )}
      </fieldset>
    </div>
  );
}
