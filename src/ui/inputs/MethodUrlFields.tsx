import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { FieldError } from '../common/FieldError.tsx';
import { useFieldError } from '../sign/SignDerived.tsx';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const;

export function MethodSelect({ id, value, onChange }: { id: string; value: string; onChange(v: string): void }) {
  const known = (HTTP_METHODS as readonly string[]).includes(value);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {!known && <option value={value}>{value}</option>}
      {HTTP_METHODS.map((m) => (
        <option key={m} value={m}>{m}</option>
      ))}
    </select>
  );
}

/** Method and URL of the request being signed. */
export function MethodUrlFields() {
  const { method, url, setMethod, setUrl } = useAppStore(
    useShallow((s) => ({ method: s.request.method, url: s.request.url, setMethod: s.setMethod, setUrl: s.setUrl })),
  );
  const urlError = useFieldError('url');
  const methodError = useFieldError('method');
  return (
    <div className="row method-url">
      <div className="field field-method">
        <label htmlFor="sign-method">Method</label>
        <MethodSelect id="sign-method" value={method} onChange={setMethod} />
        <FieldError id="sign-method-error" error={methodError} text={method} />
      </div>
      <div className="field field-grow">
        <label htmlFor="sign-url">URL</label>
        <input
          id="sign-url"
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          value={url}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={urlError ? 'sign-url-error' : undefined}
          onChange={(e) => setUrl(e.target.value)}
        />
        <FieldError id="sign-url-error" error={urlError} text={url} />
      </div>
    </div>
  );
}
