/** Steps 6–7: the signing key (masked until shown) and the signature. */
import type { SignatureTrace } from '../../engine/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { Output } from '../common/Output.tsx';
import { MASK, maskSecret } from '../common/mask.ts';
import { Step } from './Step.tsx';
import { STEPS, signatureSection } from './stepInfo.ts';

export function SigningKeyStep({ trace }: { trace: SignatureTrace }) {
  const show = useAppStore((s) => s.ui.showSecrets);
  const k = trace.signingKey;
  const rsa = trace.signatureMethod.startsWith('RSA-');
  return (
    <Step n={6} info={STEPS.signingKey} section={signatureSection(trace.signatureMethod)}>
      {rsa ? (
        <p className="note">{trace.signatureMethod} signs with the RSA private key; the consumer and token secrets are not used.</p>
      ) : (
        <Output label="Signing key" copyText={k.key}>
          <span className="key-part">{maskSecret(k.consumerSecretEncoded, show)}</span>
          <span className="key-amp">&amp;</span>
          <span className="key-part">{maskSecret(k.tokenSecretEncoded, show)}</span>
        </Output>
      )}
      {!show && !rsa && <p className="hint">Secrets are masked; turn on “Show secrets” to see them. Copy copies the real key.</p>}
    </Step>
  );
}

export function SignatureStep({ trace }: { trace: SignatureTrace }) {
  const show = useAppStore((s) => s.ui.showSecrets);
  const method = trace.signatureMethod;
  const plaintext = method === 'PLAINTEXT';
  return (
    <Step n={7} info={STEPS.signature} section={signatureSection(method)}>
      {plaintext ? (
        <p className="note">
          <strong>PLAINTEXT:</strong> nothing is hashed — the signature is the signing key itself, so it is only safe over TLS.
        </p>
      ) : (
        <Output label={method.startsWith('RSA-') ? `${method} signature (hex)` : `${method} digest (hex)`} copyText={trace.digestHex} />
      )}
      <Output label={plaintext ? 'Signature (PLAINTEXT)' : 'Signature (base64)'} copyText={trace.signature}>
        {plaintext && !show ? MASK : trace.signature}
      </Output>
    </Step>
  );
}
