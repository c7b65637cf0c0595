import { paramClass, useHighlight } from '../common/highlight.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  keep: boolean;
  /** the trace ref of the oauth_* parameter this field becomes */
  paramRef: number | undefined;
  onChange(v: string): void;
  onNew(): void;
  onKeep(keep: boolean): void;
}

/** Nonce or timestamp: a value, a "New" button, and "Keep fixed" (off: renewed whenever the request changes). */
export function FixedValueField({ id, label, value, keep, paramRef, onChange, onNew, onKeep }: Props) {
  const { active, handlers } = useHighlight(paramRef);
  return (
    <div className={`field fixed-value ${paramClass(paramRef, active)}`} {...handlers}>
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input id={id} type="text" spellCheck={false} autoComplete="off" value={value} onChange={(e) => onChange(e.target.value)} />
        <button type="button" className="btn btn-small" aria-label={`New ${label.toLowerCase()}`} onClick={onNew}>
          New
        </button>
        <label className="inline">
          <input type="checkbox" checked={keep} onChange={(e) => onKeep(e.target.checked)} aria-label={`Keep ${label.toLowerCase()} fixed`} />
          Keep fixed
        </label>
      </div>
    </div>
  );
}
