/** Steps 4–5: the normalized parameter string and the base string with its three parts told apart. */
import type { SignatureTrace } from '../../engine/types.ts';
import { Output } from '../common/Output.tsx';
import { SpannedText, type Part } from '../common/SpannedText.tsx';
import { Step } from './Step.tsx';
import { STEPS } from './stepInfo.ts';

export function NormalizedStep({ trace }: { trace: SignatureTrace }) {
  return (
    <Step n={4} info={STEPS.normalized}>
      <Output label="Normalized parameters" copyText={trace.normalized.value}>
        <SpannedText text={trace.normalized.value} spans={trace.normalized.spans} />
      </Output>
    </Step>
  );
}

/** Where the method, the encoded URI and the encoded parameters sit inside the base string. */
export function baseStringParts(trace: SignatureTrace): Part[] {
  const { full, method } = trace.baseString;
  const uriStart = method.length + 1;
  // The encoded URI cannot contain a raw "&", so the next one ends it.
  const uriEnd = full.indexOf('&', uriStart);
  const end = uriEnd === -1 ? full.length : uriEnd;
  return [
    { start: 0, end: method.length, className: 'bs-method' },
    { start: uriStart, end, className: 'bs-uri' },
    { start: Math.min(end + 1, full.length), end: full.length, className: 'bs-params' },
  ];
}

export function BaseStringStep({ trace }: { trace: SignatureTrace }) {
  const bs = trace.baseString;
  return (
    <Step n={5} info={STEPS.baseString}>
      <dl className="bs-legend">
        <div><dt className="bs-method">Method</dt><dd>{bs.method}</dd></div>
        <div>
          <dt className="bs-uri">Base string URI <a href="https://www.rfc-editor.org/rfc/rfc5849#section-3.4.1.2" target="_blank" rel="noreferrer">§3.4.1.2</a></dt>
          <dd className="wrap">{bs.uri}</dd>
        </div>
        <div><dt className="bs-params">Parameters</dt><dd>the normalized string, encoded once more</dd></div>
      </dl>
      <Output label="Base string" copyText={bs.full}>
        <SpannedText text={bs.full} spans={bs.spans} parts={baseStringParts(trace)} />
      </Output>
    </Step>
  );
}
