/**
 * Our base string above theirs with the differing characters marked, then the
 * same difference decoded to parameter level in plain words (diff/ does both).
 */
import { useMemo } from 'react';
import { diffBaseStrings, type PartDiff, type PartsDiff } from '../../diff/baseStringDiff.ts';
import { Output } from '../common/Output.tsx';
import { DiffMarked, differs } from './DiffMarked.tsx';
import { Ticked } from './Ticked.tsx';

interface Props {
  ours: string;
  theirs: string;
  /** names their base string: "The server’s base string" */
  theirsLabel: string;
  /** names ours (default: sigstep's own) */
  oursLabel?: string;
}

function partMessage(what: string, d: PartDiff): string {
  return `${what} is \`${d.ours}\` here and \`${d.theirs}\` there`;
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

function Differences({ parts, oursLabel, theirsLabel }: { parts: PartsDiff; oursLabel: string; theirsLabel: string }) {
  const changed = parts.params.filter((p) => p.kind !== 'same');
  const same = parts.params.filter((p) => p.kind === 'same');
  const lines = [
    ...(parts.method.same ? [] : [partMessage('the method', parts.method)]),
    ...(parts.uri.same ? [] : [partMessage('the base string URI', parts.uri)]),
    ...changed.map((p) => p.message),
    ...(parts.order === 'different' ? ['the parameters they both have come in a different order'] : []),
  ];
  return (
    <div className="why-parts">
      <p className="hint">Decoded, part by part: “here” is {lower(oursLabel)}, “there” is {lower(theirsLabel)}.</p>
      {lines.length === 0 ? (
        <p className="note">Decoded, the two base strings say the same; they differ only in how they are written.</p>
      ) : (
        <ul className="why-diff-list" aria-label="Differences, part by part">
          {lines.map((line, i) => (
            <li key={i}><Ticked text={line} /></li>
          ))}
        </ul>
      )}
      {same.length > 0 && (
        <details className="why-same">
          <summary>{same.length === 1 ? '1 parameter is' : `${same.length} parameters are`} the same on both sides</summary>
          <ul>
            {same.map((p, i) => (
              <li key={i}><Ticked text={p.message} /></li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function BaseStringDiffView({ ours, theirs, theirsLabel, oursLabel = 'sigstep’s base string' }: Props) {
  const diff = useMemo(() => diffBaseStrings(ours, theirs), [ours, theirs]);
  const any = differs(diff.raw);
  return (
    <div className="why-diff" role="group" aria-label={`${oursLabel} and ${lower(theirsLabel)} compared`}>
      <Output label={oursLabel} copyText={ours}>
        <DiffMarked changes={diff.raw} side="ours" />
      </Output>
      <Output label={theirsLabel} copyText={theirs}>
        <DiffMarked changes={diff.raw} side="theirs" />
      </Output>
      {any && (
        <p className="hint why-legend">
          <del className="diff-removed">Struck out</del>: only in {lower(oursLabel)}; <ins className="diff-added">underlined</ins>: only in {lower(theirsLabel)}.
        </p>
      )}
      {diff.parts.ok ? (
        <Differences parts={diff.parts.value} oursLabel={oursLabel} theirsLabel={theirsLabel} />
      ) : (
        <p className="field-error">
          {diff.parts.error.input === 'theirs' ? 'Their' : 'Our'} base string cannot be read part by part: {diff.parts.error.message}
          {diff.parts.error.at !== undefined && ` (at character ${diff.parts.error.at + 1})`}
        </p>
      )}
    </div>
  );
}
