/** The fields particular to each signed leg, and what its answer carried forward. */
import { useAppStore } from '../../store/context.tsx';
import { carriedTokens } from '../../store/flowRequests.ts';
import type { FlowStepId } from '../../store/flowSlice.ts';
import { maskSecret } from '../common/mask.ts';
import { SecretField } from '../inputs/SecretField.tsx';
import { TextField } from '../common/TextField.tsx';

export function InitiateFields() {
  const callback = useAppStore((s) => s.flow.callback);
  const setFlow = useAppStore((s) => s.setFlow);
  return (
    <div className="field">
      <label htmlFor="flow-callback">Callback (oauth_callback)</label>
      <input id="flow-callback" type="text" inputMode="url" spellCheck={false} autoComplete="off" value={callback}
        aria-describedby="flow-callback-hint" onChange={(e) => setFlow('callback', e.target.value)} />
      <p id="flow-callback-hint" className="hint">
        This app’s own callback page hands the verifier back to this tab. <code>oob</code>: the provider shows the verifier instead.
      </p>
    </div>
  );
}

export function TokenFields() {
  const requestToken = useAppStore((s) => s.flow.requestToken);
  const verifier = useAppStore((s) => s.flow.verifier);
  const secret = useAppStore((s) => s.flow.requestTokenSecret);
  const setFlow = useAppStore((s) => s.setFlow);
  return (
    <>
      <SecretField id="flow-request-token-secret" label="Request token secret" value={secret}
        onChange={(v) => setFlow('requestTokenSecret', v)} />
      <p className="note wrap">
        Signs with request token <code>{requestToken || '(none yet)'}</code> and verifier <code>{verifier || '(none yet)'}</code> from step 2.
      </p>
    </>
  );
}

export function ResourceFields() {
  const accessToken = useAppStore((s) => s.flow.accessToken);
  const secret = useAppStore((s) => s.flow.accessTokenSecret);
  const setFlow = useAppStore((s) => s.setFlow);
  return (
    <div className="grid-2">
      <TextField id="flow-access-token" label="Access token" value={accessToken}
        onChange={(v) => setFlow('accessToken', v)} />
      <SecretField id="flow-access-token-secret" label="Access token secret" value={secret}
        onChange={(v) => setFlow('accessTokenSecret', v)} />
    </div>
  );
}

const CARRIED_TO: Partial<Record<FlowStepId, string>> = {
  initiate: 'Carried to steps 2 and 3: request token',
  token: 'Carried to step 4: access token',
};

/** What the last answer of `step` handed to the next steps, from the answer itself. */
export function Carried({ step }: { step: FlowStepId }) {
  const run = useAppStore((s) => s.flowSession.runs[step]);
  const show = useAppStore((s) => s.ui.showSecrets);
  const lead = CARRIED_TO[step];
  if (!lead || run?.outcome?.ok !== true) return null;
  const tokens = carriedTokens(run.outcome.response);
  if (!tokens) return null;
  return (
    <div className="carried" role="group" aria-label={`${step === 'initiate' ? 'Request' : 'Access'} token carried forward`}>
      <p className="ok-note wrap">
        {lead} <code>{tokens.token}</code>, secret <code>{maskSecret(tokens.tokenSecret, show)}</code>.
      </p>
      {step === 'initiate' && tokens.callbackConfirmed !== true && (
        <p className="warn">
          The answer has no oauth_callback_confirmed=true: the provider may implement OAuth 1.0 without the 1.0a fix
          (RFC 5849 §2.1), and may ignore the callback.
        </p>
      )}
    </div>
  );
}
