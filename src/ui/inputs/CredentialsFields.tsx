import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { isRsa } from '../../store/selectors.ts';
import { FieldError } from '../common/FieldError.tsx';
import { useFieldError } from '../sign/SignDerived.tsx';
import { SecretField } from './SecretField.tsx';
import { TextField } from '../common/TextField.tsx';

/** Client credentials and token credentials (RFC 5849 §1.1), and the RSA private key. */
export function CredentialsFields() {
  const { c, rsa, setCredential } = useAppStore(
    useShallow((s) => ({ c: s.credentials, rsa: isRsa(s.protocol.signatureMethod), setCredential: s.setCredential })),
  );
  const keyError = useFieldError('privateKey');
  const credError = useFieldError('credentials');
  return (
    <fieldset className="credentials">
      <legend>Credentials</legend>
      <div className="grid-2">
        <TextField id="consumer-key" label="Consumer key" value={c.consumerKey}
          onChange={(v) => setCredential('consumerKey', v)} />
        <SecretField id="consumer-secret" label="Consumer secret" value={c.consumerSecret}
          onChange={(v) => setCredential('consumerSecret', v)} />
        <TextField id="token" label="Token" value={c.token}
          onChange={(v) => setCredential('token', v)} />
        <SecretField id="token-secret" label="Token secret" value={c.tokenSecret}
          onChange={(v) => setCredential('tokenSecret', v)} />
      </div>
      <FieldError id="credentials-error" error={credError} />
      {rsa && (
        <>
          <SecretField id="private-key" label="RSA private key (PEM)" value={c.privateKeyPem} multiline
            onChange={(v) => setCredential('privateKeyPem', v)}
            describedBy={keyError ? 'private-key-error' : undefined} invalid={keyError !== undefined} />
          <FieldError id="private-key-error" error={keyError} />
        </>
      )}
    </fieldset>
  );
}
