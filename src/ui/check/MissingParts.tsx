import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { MethodSelect } from '../inputs/MethodUrlFields.tsx';
import { useCheckDerived } from './CheckDerived.tsx';

/** A bare header or form body has no method or URL, but both are signed: ask for them. */
export function MissingParts() {
  const { parsed } = useCheckDerived();
  const c = useAppStore(
    useShallow((s) => ({ method: s.check.method, url: s.check.url, setMethod: s.setCheckMethod, setUrl: s.setCheckUrl })),
  );
  if (!parsed?.ok) return null;
  const { known } = parsed.value;
  if (known.method && known.url) return null;
  return (
    <fieldset className="missing-parts">
      <legend>The paste has no {known.url ? 'method' : known.method ? 'URL' : 'method or URL'}; both are signed</legend>
      <div className="row method-url">
        {!known.method && (
          <div className="field field-method">
            <label htmlFor="check-method">Request method</label>
            <MethodSelect id="check-method" value={c.method} onChange={c.setMethod} />
          </div>
        )}
        {!known.url && (
          <div className="field field-grow">
            <label htmlFor="check-url">Request URL</label>
            <input id="check-url" type="text" inputMode="url" spellCheck={false} autoComplete="off" value={c.url}
              onChange={(e) => c.setUrl(e.target.value)} />
          </div>
        )}
      </div>
    </fieldset>
  );
}
