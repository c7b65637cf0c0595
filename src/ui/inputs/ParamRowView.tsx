import { memo } from 'react';
import type { EngineError } from '../../engine/types.ts';
import { ROW_SOURCES, type ParamRow } from '../../store/requestSlice.ts';
import { FieldError } from '../common/FieldError.tsx';
import { paramClass, useHighlight } from '../common/highlight.tsx';

const SOURCE_LABELS = { query: 'query', body: 'body', header: 'header' } as const;

interface Props {
  row: ParamRow;
  index: number;
  /** the trace ref this row became; undefined when it is not signed (disabled, unnamed, or dropped) */
  paramRef: number | undefined;
  error: EngineError | undefined;
  update(id: string, patch: Partial<Omit<ParamRow, 'id'>>): void;
  remove(id: string): void;
}

/** One editable parameter. Pointing at it lights up the same parameter in every step. */
export const ParamRowView = memo(function ParamRowView({ row, index, paramRef, error, update, remove }: Props) {
  const { active, handlers } = useHighlight(paramRef);
  const n = index + 1;
  const errorId = `param-${row.id}-error`;
  return (
    <tr role="row" className={`${paramClass(paramRef, active)}${row.enabled ? '' : ' is-disabled'}`} {...handlers}>
      <td role="cell">
        <input
          type="checkbox"
          aria-label={`Parameter ${n} enabled`}
          checked={row.enabled}
          onChange={(e) => update(row.id, { enabled: e.target.checked })}
        />
      </td>
      <td role="cell">
        <input
          type="text"
          aria-label={`Parameter ${n} name`}
          spellCheck={false}
          autoComplete="off"
          value={row.name}
          onChange={(e) => update(row.id, { name: e.target.value })}
        />
      </td>
      <td role="cell">
        <input
          type="text"
          aria-label={`Parameter ${n} value`}
          spellCheck={false}
          autoComplete="off"
          value={row.value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => update(row.id, { value: e.target.value })}
        />
        <FieldError id={errorId} error={error} />
      </td>
      <td role="cell">
        <select
          aria-label={`Parameter ${n} source`}
          value={row.source}
          onChange={(e) => update(row.id, { source: e.target.value as ParamRow['source'] })}
        >
          {ROW_SOURCES.map((s) => (
            <option key={s} value={s}>{SOURCE_LABELS[s]}</option>
          ))}
        </select>
      </td>
      <td role="cell">
        <button type="button" className="btn btn-small" aria-label={`Remove parameter ${n}`} onClick={() => remove(row.id)}>
          ×
        </button>
      </td>
    </tr>
  );
});
