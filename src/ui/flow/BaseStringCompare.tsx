/**
 * The provider's base string above ours (diff/'s character diff marks what
 * only one side has), then the difference in words, part by part — or, when
 * the two are the same, the plain conclusion: the key differs.
 */
import { useMemo } from 'react';
import { diffBaseStrings, type Change, type PartsDiff } from '../../diff/baseStringDiff.ts';
import { CopyButton } from '../common/CopyButton.tsx';

function Marked({ changes, side }: { changes: readonly Change[]; side: 'ours' | 'theirs' }) {
  return (
    <>
      {changes.map((c, i) => {
        if (!c.added && !c.removed) return <span key={i}>{c.value}</span>;
        if (side === 'theirs' && c.added) {
          return <ins key={i} className="diff-only"><span className="visually-hidden">[only the provider’s: </span>{c.value}<span className="visually-hidden">]</span></ins>;
        }
        if (side === 'ours' && c.removed) {
          return <del key={i} className="diff-only"><span className="visually-hidden">[only ours: </span>{c.value}<span className="visually-hidden">]</span></del>;
        }
        return null;
      })}
    </>
  );
}

function differences(parts: PartsDiff): string[] {
  return [
    ...(parts.method.same ? [] : [`the method is ${parts.method.ours} here and ${parts.method.theirs} at the provider`]),
    ...(parts.uri.same ? [] : [`the URI is ${parts.uri.ours} here and ${parts.uri.theirs} at the provider`]),
    ...parts.params.filter((p) => p.kind !== 'same').map((p) => p.message.replace(/ there\b/g, ' at the provider')),
    ...(parts.order === 'different' ? ['the parameters come in a different order'] : []),
  ];
}

function Side({ label, text, changes, side }: { label: string; text: string; changes: readonly Change[]; side: 'ours' | 'theirs' }) {
  return (
    <div className="output" role="group" aria-label={label}>
      <div className="output-head">
        <span className="output-label">{label}</span>
        <CopyButton text={text} label={`Copy ${label.charAt(0).toLowerCase()}${label.slice(1)}`} />
      </div>
      <pre className="output-value output-wrap"><Marked changes={changes} side={side} /></pre>
    </div>
  );
}

export function BaseStringCompare({ ours, theirs }: { ours: string; theirs: string }) {
  const diff = useMemo(() => diffBaseStrings(ours, theirs), [ours, theirs]);
  const lines = ours === theirs || !diff.parts.ok ? [] : differences(diff.parts.value);
  return (
    <div className="base-compare" role="group" aria-label="Base strings compared">
      {ours === theirs ? (
        <p className="note">The provider’s base string is the same as ours: the difference is in the key (a consumer or token secret, or the RSA key).</p>
      ) : lines.length > 0 ? (
        <ul className="diff-lines" aria-label="Differences">
          {lines.map((line, i) => <li key={i}>{line.replace(/`/g, '')}</li>)}
        </ul>
      ) : (
        <p className="note">The base strings differ in how they are written; the marks show where.</p>
      )}
      <Side label="Provider’s base string" text={theirs} changes={diff.raw} side="theirs" />
      <Side label="Our base string" text={ours} changes={diff.raw} side="ours" />
    </div>
  );
}
