interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  inputMode?: 'url' | 'numeric' | 'text';
  describedBy?: string | undefined;
  invalid?: boolean;
}

/** A labelled one-line text input. Spell-check and autofill stay off: values are keys, tokens and URLs. */
export function TextField({ id, label, value, onChange, inputMode, describedBy, invalid }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" spellCheck={false} autoComplete="off" value={value} inputMode={inputMode}
        aria-describedby={describedBy} aria-invalid={invalid ? true : undefined}
        onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
