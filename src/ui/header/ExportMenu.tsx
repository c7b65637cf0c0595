import { useState } from 'react';
import { signRequest } from '../../engine/sign.ts';
import { useAppStoreApi } from '../../store/context.tsx';
import { buildSignInput, selectSignInputs } from '../../store/selectors.ts';
import { buildTestVector } from '../../store/testVector.ts';

/** "Export as test vector": computed on demand from the current inputs, then downloaded or copied. */
export function ExportMenu() {
  const store = useAppStoreApi();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [status, setStatus] = useState('');

  const vectorJson = async (): Promise<string | undefined> => {
    const input = buildSignInput(selectSignInputs(store.getState()));
    const signed = input.ok ? await signRequest(input.value) : input;
    if (!input.ok || !signed.ok) {
      setStatus(`Nothing to export: ${signed.ok ? '' : signed.error.message}`);
      return undefined;
    }
    return JSON.stringify(buildTestVector(input.value, signed.value, includeSecrets), null, 2);
  };

  const download = async () => {
    const json = await vectorJson();
    if (json === undefined) return;
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'sigstep-test-vector.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus('Downloaded sigstep-test-vector.json');
  };

  const copy = async () => {
    const json = await vectorJson();
    if (json === undefined) return;
    try {
      await navigator.clipboard.writeText(json);
      setStatus('Test vector copied');
    } catch {
      setStatus('Could not copy the test vector');
    }
  };

  return (
    <details className="export">
      <summary>Export as test vector</summary>
      <div className="export-body">
        <p className="hint">The Sign tab’s request, its parameters and every step’s output, as JSON for a bug report.</p>
        <label className="inline">
          <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} />
          Include secrets
        </label>
        <div className="row">
          <button type="button" className="btn" onClick={() => void download()}>Download JSON</button>
          <button type="button" className="btn" onClick={() => void copy()}>Copy JSON</button>
        </div>
        <p role="status" aria-live="polite" className="copy-status">{status}</p>
      </div>
    </details>
  );
}
