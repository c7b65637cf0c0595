import { BodyFields } from '../inputs/BodyFields.tsx';
import { CredentialsFields } from '../inputs/CredentialsFields.tsx';
import { MethodUrlFields } from '../inputs/MethodUrlFields.tsx';
import { ParamsTable } from '../inputs/ParamsTable.tsx';
import { PlacementField } from '../inputs/PlacementField.tsx';
import { ProtocolFields } from '../inputs/ProtocolFields.tsx';
import { RememberSecretsSwitch } from '../inputs/RememberSecretsSwitch.tsx';

/** Everything the user types to build a signed request. */
export function InputPanel() {
  return (
    <section className="panel input-panel" aria-labelledby="input-heading">
      <h2 id="input-heading">Request</h2>
      <form className="stack" onSubmit={(e) => e.preventDefault()} aria-labelledby="input-heading">
        <MethodUrlFields />
        <PlacementField />
        <ParamsTable />
        <BodyFields />
        <CredentialsFields />
        <RememberSecretsSwitch />
        <ProtocolFields />
      </form>
    </section>
  );
}
