import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { SecretField } from '../inputs/SecretField.tsx';
import { useCheckDerived } from './CheckDerived.tsx';

/**
 * The only inputs check mode takes besides the paste. They are the same secrets
 * as the Sign tab's; changing one re-checks the pasted request, never re-signs it.
 */
export function CheckSecrets() {
  const { params } = useCheckDerived();
  const c = useAppStore(useShallow((s) => ({ ...s.credentials, set: s.setCredential })));
  const method = params?.params.find((p) => p.name === 'oauth_signature_method')?.value ?? '';
  const rsa = method.startsWith('RSA-');
  return (
    <fieldset className="check-secrets">
      <legend>Secrets to check with</legend>
      {rsa ? (
        <>
          <div className="field">
            <label htmlFor="check-public-key">RSA public key (PEM)</label>
            <textarea id="check-public-key" rows={4} className="mono" spellCheck={false} value={c.publicKeyPem}
              onChange={(e) => c.set('publicKeyPem', e.target.value)} />
          </div>
          <SecretField id="check-private-key" label="or the RSA private key (PEM)" multiline value={c.privateKeyPem}
            onChange={(v) => c.set('privateKeyPem', v)} />
        </>
      ) : (
        <div className="grid-2">
          <SecretField id="check-consumer-secret" label="Consumer secret" value={c.consumerSecret}
            onChange={(v) => c.set('consumerSecret', v)} />
          <SecretField id="check-token-secret" label="Token secret" value={c.tokenSecret}
            onChange={(v) => c.set('tokenSecret', v)} />
        </div>
      )}
    </fieldset>
  );
}
