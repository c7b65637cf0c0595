import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/context.tsx';
import { FORM_CONTENT_TYPE } from '../../store/requestSlice.ts';
import { useSignDerived } from '../sign/SignDerived.tsx';
import { ParamRowView } from './ParamRowView.tsx';

/** The request's own (non-oauth) parameters, with where each travels. */
export function ParamsTable() {
  const { params, placement, contentType, addParam, updateParam, removeParam } = useAppStore(
    useShallow((s) => ({
      params: s.request.params,
      placement: s.request.placement,
      contentType: s.request.contentType,
      addParam: s.addParam,
      updateParam: s.updateParam,
      removeParam: s.removeParam,
    })),
  );
  const { refs, result } = useSignDerived();
  const rowError = (id: string) =>
    result.status === 'error' && result.error.input === `param:${id}` ? result.error : undefined;
  const hasHeaderRows = params.some((p) => p.enabled && p.source === 'header');
  const hasBodyRows = params.some((p) => p.enabled && p.source === 'body');
  const isForm = contentType.split(';')[0]?.trim().toLowerCase() === FORM_CONTENT_TYPE;
  return (
    <section className="params" aria-labelledby="params-heading">
      <div className="section-head">
        <h3 id="params-heading">Parameters</h3>
        <button type="button" className="btn btn-small" onClick={() => addParam('query')}>
          Add parameter
        </button>
      </div>
      {params.length === 0 ? (
        <p className="hint">No parameters besides the oauth_* ones.</p>
      ) : (
        <div className="table-scroll">
          <table className="params-table" role="table" aria-labelledby="params-heading">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">On</th>
                <th scope="col" role="columnheader">Name</th>
                <th scope="col" role="columnheader">Value</th>
                <th scope="col" role="columnheader">Source</th>
                <th scope="col" role="columnheader"><span className="visually-hidden">Remove</span></th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {params.map((row, i) => (
                <ParamRowView
                  key={row.id}
                  row={row}
                  index={i}
                  paramRef={refs.rows.get(row.id)}
                  error={rowError(row.id)}
                  update={updateParam}
                  remove={removeParam}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {hasHeaderRows && placement !== 'header' && (
        <p className="hint warn">Header parameters (such as Akana’s scope) travel only in the Authorization header: choose that placement to send and sign them.</p>
      )}
      {hasBodyRows && !isForm && (
        <p className="hint warn">Body parameters are signed only when the Content-Type is {FORM_CONTENT_TYPE} (RFC 5849 §3.4.1.3.1).</p>
      )}
    </section>
  );
}
