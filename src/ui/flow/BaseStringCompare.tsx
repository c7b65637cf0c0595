/**
 * The provider's base string above ours, with the first character where they
 * part marked in both, so the difference can be found without reading two
 * 300-character lines side by side.
 */
import { CopyButton } from '../common/CopyButton.tsx';

function firstDifference(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return i;
  return a.length === b.length ? -1 : n;
}

/** Which of the three parts (§3.4.1.1: method & URI & parameters) an offset falls in. */
function partAt(s: string, at: number): string {
  const first = s.indexOf('&');
  const second = first === -1 ? -1 : s.indexOf('&', first + 1);
  if (first === -1 || at <= first) return 'the method';
  if (second === -1 || at <= second) return 'the URI';
  return 'the parameters';
}

function Marked({ text, at }: { text: string; at: number }) {
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark className="diff-at">{text.slice(at) === '' ? '∅' : text.slice(at)}</mark>
    </>
  );
}

export function BaseStringCompare({ ours, theirs }: { ours: string; theirs: string }) {
  const at = firstDifference(theirs, ours);
  return (
    <div className="base-compare" role="group" aria-label="Base strings compared">
      <p className="note">
        {at < 0
          ? 'The provider’s base string is the same as ours: the difference is in the key (a consumer or token secret).'
          : `They part at character ${at + 1}, in ${partAt(ours, at)}; everything before it is the same.`}
      </p>
      <div className="output" role="group" aria-label="Provider’s base string">
        <div className="output-head">
          <span className="output-label">Provider’s base string</span>
          <CopyButton text={theirs} label="Copy provider’s base string" />
        </div>
        <pre className="output-value output-wrap"><Marked text={theirs} at={at} /></pre>
      </div>
      <div className="output" role="group" aria-label="Our base string">
        <div className="output-head">
          <span className="output-label">Our base string</span>
          <CopyButton text={ours} label="Copy our base string" />
        </div>
        <pre className="output-value output-wrap"><Marked text={ours} at={at} /></pre>
      </div>
    </div>
  );
}
