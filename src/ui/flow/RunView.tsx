/**
 * What happened to a sent request: a failure named in words, or the answer —
 * status, the headers the browser could read, the body as fields — with any
 * OAuth problem decoded, the clock skew, and a reused nonce called out.
 */
import { useMemo } from 'react';
import type { SendFailureKind, SendResponse } from '../../http/sendTypes.ts';
import { useAppStore } from '../../store/context.tsx';
import { describeAnswer } from '../../store/flowHooks.ts';
import type { Run } from '../../store/flowFire.ts';
import { MASK } from '../common/mask.ts';
import { Output } from '../common/Output.tsx';
import { ClockSkewNote } from './ClockSkewNote.tsx';
import { ProblemView } from './ProblemView.tsx';

const FAILURE_TITLES: Readonly<Record<SendFailureKind, string>> = {
  cors: 'Blocked by CORS',
  network: 'Network or DNS failure',
  'mixed-content': 'Blocked as mixed content',
  timeout: 'Timed out',
  'relay-refused': 'The relay refused',
  'invalid-request': 'Cannot be sent',
  aborted: 'Cancelled',
};

/** Fields whose values are secrets: masked like every other secret until "Show secrets" is on. */
const SECRET_FIELDS = new Set(['oauth_token_secret', 'access_token', 'refresh_token', 'client_secret', 'id_token']);

function secretValues(fields: readonly (readonly [string, string])[] | undefined): string[] {
  return (fields ?? []).filter(([n, v]) => SECRET_FIELDS.has(n) && v !== '').map(([, v]) => v).sort((a, b) => b.length - a.length);
}

function masker(secrets: readonly string[], show: boolean): (text: string) => string {
  if (show || secrets.length === 0) return (t) => t;
  return (text) => secrets.reduce((t, s) => t.split(s).join(MASK), text);
}

function FieldsTable({ caption, fields, mask }: { caption: string; fields: readonly (readonly [string, string])[]; mask(t: string): string }) {
  return (
    <div className="table-scroll">
      <table className="fields-table">
        <caption>{caption}</caption>
        <thead>
          <tr><th scope="col">Name</th><th scope="col">Value</th></tr>
        </thead>
        <tbody>
          {fields.map(([name, value], i) => (
            <tr key={`${name}-${i}`}>
              <th scope="row" className="mono">{name}</th>
              <td className="mono">{SECRET_FIELDS.has(name) ? mask(value) : value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Answer({ run, response }: { run: Run; response: SendResponse }) {
  const show = useAppStore((s) => s.ui.showSecrets);
  const answer = useMemo(() => describeAnswer(run, response), [run, response]);
  const mask = masker(secretValues(answer.fields), show);
  const ok = response.status >= 200 && response.status < 300;
  const refused = answer.problem?.problem === 'timestamp_refused';
  return (
    <>
      <p className={`status-line ${ok ? 'status-ok' : 'status-bad'}`}>
        HTTP {response.status} {response.statusText}
        <span className="hint"> · {run.via === 'relay' ? 'through the relay' : 'sent directly'} · {Math.round(response.durationMs)} ms</span>
      </p>
      {answer.problem && <ProblemView problem={answer.problem} ours={run.signed?.baseString} />}
      {run.signed && (answer.skew !== undefined || refused) && (
        <ClockSkewNote skew={answer.skew} timestamp={run.signed.timestamp} refused={refused}
          acceptable={answer.problem?.acceptableTimestamps} />
      )}
      {answer.fields && answer.fields.length > 0 && (
        <FieldsTable caption={ok ? 'Answer fields' : 'Error fields'} fields={answer.fields} mask={mask} />
      )}
      <details className="response-more">
        <summary>Response headers ({response.headers.length}) and raw body</summary>
        <div className="table-scroll">
          <table className="fields-table">
            <caption>Response headers the browser let the page read</caption>
            <tbody>
              {response.headers.map(([n, v], i) => (
                <tr key={`${n}-${i}`}><th scope="row" className="mono">{n}</th><td className="mono">{v}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
        <Output label="Response body" copyText={response.body} mode="scroll">{mask(response.body) || '(empty)'}</Output>
      </details>
    </>
  );
}

/** The answer to the last Send of one request, or why there is none. */
export function RunView({ run, label }: { run: Run | undefined; label: string }) {
  if (!run) return null;
  return (
    <div className="run" role="group" aria-label={label} aria-busy={run.state === 'sending'} data-run={run.id}>
      {run.signed?.nonceReused && (
        <p className="warn" role="alert">
          This request reused the nonce {run.signed.nonce}, already sent in this session. Providers refuse a nonce they
          have seen (oauth_problem=nonce_used): let each Send make a new one.
        </p>
      )}
      {run.state === 'sending' && <p role="status" className="note">Sending…</p>}
      {run.outcome && !run.outcome.ok && (
        <div className="send-failure" role="alert">
          <p><strong>{FAILURE_TITLES[run.outcome.failure.kind]}.</strong> {run.outcome.failure.message}</p>
          <p>{run.outcome.failure.advice}</p>
        </div>
      )}
      {run.outcome?.ok && <Answer run={run} response={run.outcome.response} />}
      {run.outcome && run.outcome.droppedHeaders.length > 0 && (
        <p className="hint">The browser would not send these headers, so they were left out: {run.outcome.droppedHeaders.join(', ')}.</p>
      )}
    </div>
  );
}
