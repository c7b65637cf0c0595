/**
 * The exact request a step sends (the engine's signed request), its curl
 * command, and a shell script that signs afresh on every run. Copy buttons copy
 * the real values; what is shown masks secrets until "Show secrets" is on.
 */
import type { FlowStepDerived } from '../../store/flowHooks.ts';
import { useAppStore } from '../../store/context.tsx';
import { MASK, signatureMasker } from '../common/mask.ts';
import { Output } from '../common/Output.tsx';

/** The script writes each secret on its own line at the top: those lines are what to hide. */
function maskScript(script: string, show: boolean): string {
  return show ? script : script.replace(/^(CONSUMER_SECRET|TOKEN_SECRET)=.*$/gm, (_m, name: string) => `${name}=${MASK}`);
}

export function SignedRequestView({ derived, title }: { derived: FlowStepDerived; title: string }) {
  const show = useAppStore((s) => s.ui.showSecrets);
  const { signed, curl, script } = derived;
  if (signed.status === 'pending') return <p className="note" role="status">Signing…</p>;
  // Nothing typed yet is a prompt, not an error: the tab opens with empty endpoints.
  if (signed.status === 'error' && signed.error.code === 'no-url') return <p className="hint">{signed.error.message}</p>;
  if (signed.status === 'error') {
    return (
      <p className="field-error" role="alert">
        The {title.toLowerCase()} request cannot be signed yet: {signed.error.message}
      </p>
    );
  }
  const { signedRequest: req, authorizationHeader, trace } = signed.value;
  const mask = signatureMasker(trace, show);
  return (
    <div className="signed-request" role="group" aria-label={`${title} request`}>
      <Output label={`${title} request line`} copyText={`${req.method} ${req.url}`}>{mask(`${req.method} ${req.url}`)}</Output>
      {authorizationHeader !== undefined && (
        <Output label={`${title} Authorization header`} copyText={`Authorization: ${authorizationHeader}`}>
          {mask(`Authorization: ${authorizationHeader}`)}
        </Output>
      )}
      {req.body !== '' && <Output label={`${title} request body`} copyText={req.body}>{mask(req.body)}</Output>}
      <details className="base-string">
        <summary>Base string and signature</summary>
        <Output label={`${title} base string`} copyText={trace.baseString.full}>{trace.baseString.full}</Output>
        <Output label={`${title} signature`} copyText={trace.signature}>{mask(trace.signature)}</Output>
      </details>
      {curl !== undefined && <Output label={`${title} curl command`} copyText={curl} mode="scroll">{mask(curl)}</Output>}
      {script?.ok && (
        <details className="script">
          <summary>Shell script: a fresh nonce, timestamp and signature every time it runs</summary>
          <Output label={`${title} shell script`} copyText={script.value} mode="scroll">{maskScript(script.value, show)}</Output>
        </details>
      )}
      {script && !script.ok && <p className="hint">{script.error.message}</p>}
    </div>
  );
}
