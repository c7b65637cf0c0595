import { linesAndColumn, type PasteKind } from '../../http/paste/index.ts';
import { usePasteRequest } from '../../store/checkHooks.ts';
import { useAppStore } from '../../store/context.tsx';
import { describeChar } from '../common/FieldError.tsx';
import { useCheckDerived } from './CheckDerived.tsx';

const KIND_NAMES: Record<PasteKind, string> = {
  curl: 'a curl command',
  'raw-http': 'a raw HTTP request',
  har: 'a HAR entry',
  url: 'a URL',
  'authorization-header': 'an Authorization header',
  'form-body': 'a form body',
};

/** The one paste box: says what it recognised, or where it could not read the paste. */
export function PasteBox() {
  const text = useAppStore((s) => s.check.text);
  const pasteRequest = usePasteRequest();
  const { parsed } = useCheckDerived();
  const error = parsed && !parsed.ok ? parsed.error : undefined;
  const place = error?.at !== undefined ? linesAndColumn(text, error.at) : undefined;
  return (
    <div className="field paste-box">
      <label htmlFor="paste">Paste a request</label>
      <p id="paste-hint" className="hint">
        A curl command, a raw HTTP request, a HAR entry, a full URL, an <code>Authorization: OAuth …</code> header, or a form body.
      </p>
      <textarea
        id="paste"
        rows={8}
        className="mono"
        spellCheck={false}
        value={text}
        aria-describedby={error ? 'paste-hint paste-error' : 'paste-hint paste-kind'}
        aria-invalid={error ? true : undefined}
        onChange={(e) => pasteRequest(e.target.value)}
      />
      <div role="status" aria-live="polite" id="paste-kind" className="paste-kind">
        {parsed?.ok && (
          <>
            Recognised {KIND_NAMES[parsed.value.kind]}; the Sign tab now holds the same request.
            {parsed.value.notes.map((n) => (
              <span key={n} className="hint block">{n}</span>
            ))}
          </>
        )}
      </div>
      {error && (
        <p id="paste-error" className="field-error" role="alert">
          Could not read the paste: {error.message}
          {place && error.at !== undefined && (
            <> — line {place.line}, column {place.column} ({describeChar(text, error.at)})</>
          )}
        </p>
      )}
    </div>
  );
}
