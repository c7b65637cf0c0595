/**
 * The Why panel's second input: the base string the server reported, or the
 * error body it came in. Read on every change (deferred, so typing stays quick):
 * the two base strings compared, and the explainer run against theirs.
 */
import { useDeferredValue, useId, useMemo } from 'react';
import type { VerifyInput, VerifyResult } from '../../engine/types.ts';
import { linesAndColumn } from '../../http/paste/position.ts';
import { useAppStore } from '../../store/context.tsx';
import { describeChar } from '../common/FieldError.tsx';
import { BaseStringDiffView } from './BaseStringDiffView.tsx';
import { readServerText, useExplanation, type ServerRead } from './explain.ts';
import { ExplanationView, summaryText, type WhyTarget } from './ExplanationView.tsx';

const THEIRS = 'The server’s base string';

/** Where a reading error is, in words: line and column in the paste, or the character of the reported base string. */
function place(read: Extract<ServerRead, { kind: 'error' }>): string {
  if (read.at === undefined) return '';
  const what = describeChar(read.text, read.at);
  if (read.from === 'body') return ` — at character ${read.at + 1} of the base string found in the body (${what})`;
  const { line, column } = linesAndColumn(read.text, read.at);
  return ` — line ${line}, column ${column} (${what})`;
}

function errorText(read: Extract<ServerRead, { kind: 'error' }>): string {
  const lead = read.from === 'body'
    ? 'The error body reports a base string, but it cannot be read'
    : 'No base string found: the paste is not an error body that reports one, and it cannot be read as a base string';
  return `${lead}: ${read.message}${place(read)}`;
}

export function ServerBaseString({ input, result }: { input: VerifyInput; result: VerifyResult }) {
  const text = useAppStore((s) => s.why.serverText);
  const setText = useAppStore((s) => s.setWhyServerText);
  const deferred = useDeferredValue(text);
  const read = useMemo(() => readServerText(deferred), [deferred]);
  const target: WhyTarget | undefined = read.kind === 'base-string' ? { kind: 'baseString', value: read.baseString } : undefined;
  const explained = useExplanation(input, result.trace.signatureMethod, target && { baseString: target.value });
  const ids = { field: useId(), hint: useId(), status: useId(), error: useId() };
  const error = read.kind === 'error' ? read : undefined;
  const status = read.kind !== 'base-string'
    ? ''
    : `${read.from === 'body' ? 'Found the base string the server reported in the error body.' : 'Read the pasted base string.'}${explained && target ? ` ${summaryText(explained, target)}` : ''}`;
  return (
    <section className="why-server" aria-labelledby={`${ids.field}-heading`}>
      <h4 id={`${ids.field}-heading`}>From the server’s base string</h4>
      <div className="field">
        <label htmlFor={ids.field}>Paste the server’s base string or its error body</label>
        <p id={ids.hint} className="hint">
          Many providers print the base string they signed when they refuse a signature: <code>oauth_signature_base_string</code>,
          Magento’s and Flickr’s <code>debug_sbs</code>, Yelp’s “Expected signature base string”. Paste the whole body; sigstep finds it.
        </p>
        <textarea
          id={ids.field}
          rows={4}
          className="mono"
          spellCheck={false}
          value={text}
          aria-describedby={error ? `${ids.hint} ${ids.error}` : `${ids.hint} ${ids.status}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p id={ids.status} role="status" aria-live="polite" className="why-summary">{status}</p>
      {error && <p id={ids.error} className="field-error" role="alert">{errorText(error)}</p>}
      {read.kind === 'base-string' && target && (
        <>
          <BaseStringDiffView ours={result.trace.baseString.full} theirs={read.baseString} theirsLabel={THEIRS} />
          {explained && <ExplanationView explained={explained} target={target} plaintext={result.trace.signatureMethod === 'PLAINTEXT'} />}
        </>
      )}
    </section>
  );
}
