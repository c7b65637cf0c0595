import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { FORM_CONTENT_TYPE } from '../../store/requestSlice.ts';
import { FieldError } from '../common/FieldError.tsx';
import { useFieldError } from '../sign/SignDerived.tsx';

const COMMON_TYPES = [FORM_CONTENT_TYPE, 'application/json', 'text/plain', 'application/xml'];

/** The raw body (sent before any body rows) and its Content-Type. */
export function BodyFields() {
  const { body, contentType, setBody, setContentType } = useAppStore(
    useShallow((s) => ({ body: s.request.body, contentType: s.request.contentType, setBody: s.setBody, setContentType: s.setContentType })),
  );
  const error = useFieldError('body');
  return (
    <div className="body-fields">
      <div className="field">
        <label htmlFor="sign-content-type">Content-Type</label>
        <input
          id="sign-content-type"
          type="text"
          list="content-types"
          spellCheck={false}
          autoComplete="off"
          value={contentType}
          onChange={(e) => setContentType(e.target.value)}
        />
        <datalist id="content-types">
          {COMMON_TYPES.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
      <div className="field">
        <label htmlFor="sign-body">Body</label>
        <textarea
          id="sign-body"
          rows={3}
          spellCheck={false}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-body-error' : 'sign-body-hint'}
          onChange={(e) => setBody(e.target.value)}
        />
        <p id="sign-body-hint" className="hint">Raw body text; body rows from the table are appended to it, form-encoded.</p>
        <FieldError id="sign-body-error" error={error} text={body} />
      </div>
    </div>
  );
}
