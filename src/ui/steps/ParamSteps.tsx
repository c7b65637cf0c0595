/** Steps 1–3: the parameters as collected, encoded, and sorted. */
import type { SignatureTrace } from '../../engine/types.ts';
import { ParamText } from '../common/ParamText.tsx';
import { Step } from './Step.tsx';
import { STEPS } from './stepInfo.ts';

export function CollectedStep({ trace }: { trace: SignatureTrace }) {
  return (
    <Step n={1} info={STEPS.collected} copyText={trace.collected.map((p) => `${p.name}\t${p.value}\t${p.source}`).join('\n')}>
      <div className="table-scroll">
        <table className="trace-table with-source" role="table" aria-label="Parameters collected">
          <thead role="rowgroup">
            <tr role="row"><th scope="col" role="columnheader">Name</th><th scope="col" role="columnheader">Value</th><th scope="col" role="columnheader">Source</th></tr>
          </thead>
          <tbody role="rowgroup">
            {trace.collected.map((p) => (
              <tr key={p.ref} role="row">
                <td role="cell"><ParamText paramRef={p.ref} text={p.name} /></td>
                <td role="cell"><ParamText paramRef={p.ref} text={p.value} label={p.name} /></td>
                <td role="cell">{p.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Step>
  );
}

export function EncodedStep({ trace }: { trace: SignatureTrace }) {
  return (
    <Step n={2} info={STEPS.encoded} copyText={trace.encoded.map((p) => `${p.encodedName}=${p.encodedValue}`).join('\n')}>
      <div className="table-scroll">
        <table className="trace-table" role="table" aria-label="Percent-encoded names and values">
          <thead role="rowgroup">
            <tr role="row"><th scope="col" role="columnheader">Encoded name</th><th scope="col" role="columnheader">Encoded value</th></tr>
          </thead>
          <tbody role="rowgroup">
            {trace.encoded.map((p) => (
              <tr key={p.ref} role="row">
                <td role="cell"><ParamText paramRef={p.ref} text={p.encodedName} label={p.name} /></td>
                <td role="cell"><ParamText paramRef={p.ref} text={p.encodedValue} label={p.name} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Step>
  );
}

export function SortedStep({ trace }: { trace: SignatureTrace }) {
  return (
    <Step n={3} info={STEPS.sorted} copyText={trace.sorted.map((p) => `${p.encodedName}=${p.encodedValue}`).join('\n')}>
      <ol className="sorted-list" aria-label="Sorted parameters">
        {trace.sorted.map((p) => (
          <li key={p.ref}>
            <ParamText paramRef={p.ref} text={`${p.encodedName}=${p.encodedValue}`} label={p.name} />
          </li>
        ))}
      </ol>
    </Step>
  );
}
