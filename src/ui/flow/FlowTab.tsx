/**
 * The three-legged flow (RFC 5849 §2) against a real provider: one card per
 * leg, each with the exact request, the answer, and the tokens carried forward.
 */
import './flow.css';
import { FlowSettings } from './FlowSettings.tsx';
import { AuthorizeStep } from './AuthorizeStep.tsx';
import { RelaySettings } from './RelaySettings.tsx';
import { SignedStep } from './SignedStep.tsx';
import { Carried, InitiateFields, ResourceFields, TokenFields } from './StepFields.tsx';
import { useCallbackHandoff } from './useCallbackHandoff.ts';

export function FlowTab() {
  useCallbackHandoff();
  return (
    <div className="two-col flow-layout">
      <section className="panel flow-settings" aria-labelledby="flow-heading">
        <h2 id="flow-heading">Three-legged flow</h2>
        <p className="note">
          Request token → the user authorizes → access token → a signed API call. Every value stays editable, and each
          card’s answer fills in the next.
        </p>
        <FlowSettings />
        <RelaySettings />
      </section>
      <ol className="flow-steps">
        <li><SignedStep step="initiate" fields={<InitiateFields />} carried={<Carried step="initiate" />} /></li>
        <li><AuthorizeStep /></li>
        <li><SignedStep step="token" fields={<TokenFields />} carried={<Carried step="token" />} /></li>
        <li><SignedStep step="resource" fields={<ResourceFields />} /></li>
      </ol>
    </div>
  );
}
