import type { VerifyResult } from '../../engine/types.ts';
import { useAppStore } from '../../store/context.tsx';
import { Output } from '../common/Output.tsx';
import { MASK } from '../common/mask.ts';
import { useCheckDerived } from './CheckDerived.tsx';
import { WhyPanel } from './WhyPanel.tsx';

function SideBySide({ result }: { result: VerifyResult }) {
  const show = useAppStore((s) => s.ui.showSecrets);
  // A PLAINTEXT signature is the key itself: masked like any secret.
  const hide = (sig: string) => (result.trace.signatureMethod === 'PLAINTEXT' && !show && sig !== '' ? MASK : sig);
  const expected = result.expected === '' ? '(checked with the RSA public key)' : hide(result.expected);
  return (
    <div className="side-by-side">
      <Output label="Signature in the request" copyText={result.given}>{hide(result.given)}</Output>
      <Output label="Signature sigstep computes" copyText={result.expected}>{expected}</Output>
    </div>
  );
}

/** What the check says, in words, in a live region so it is announced when it changes. */
function VerdictText() {
  const { parsed, params, request, secretsEntered, verify } = useCheckDerived();
  if (!parsed?.ok || !params || !request) return null;
  if (params.signature === undefined) {
    return <p className="note">This request carries no oauth_signature, so there is nothing to check. Its fields are in the Sign tab.</p>;
  }
  if (request.url.trim() === '') return <p className="note">Enter the request’s URL above: it is part of what is signed.</p>;
  if (!verify) return null;
  if (verify.status === 'error') return <p className="field-error">The signature cannot be checked: {verify.error.message}</p>;
  if (!secretsEntered) {
    return <p className="note">Enter the secrets below to check the signature (the token secret may be empty).</p>;
  }
  if (verify.status === 'pending') return <p className="note">Checking…</p>;
  const { matches } = verify.value;
  return (
    <p className={matches ? 'verdict verdict-ok' : 'verdict verdict-bad'}>
      <span aria-hidden="true">{matches ? '✓ ' : '✗ '}</span>
      {matches ? 'Signature matches' : 'Signature does not match'}
    </p>
  );
}

export function Verdict() {
  const { secretsEntered, verify, verifyInput, params } = useCheckDerived();
  const result = secretsEntered && params?.signature !== undefined && verify?.status === 'ok' ? verify.value : undefined;
  return (
    <section className="verdict-panel" aria-labelledby="verdict-heading">
      <h3 id="verdict-heading">Verdict</h3>
      <div role="status" aria-live="polite" aria-atomic="true" aria-labelledby="verdict-heading">
        <VerdictText />
      </div>
      {result && <SideBySide result={result} />}
      {result && !result.matches && verifyInput && <WhyPanel input={verifyInput} result={result} />}
    </section>
  );
}
