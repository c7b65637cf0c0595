import { useAppStore } from '../../store/context.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** a PEM key: a textarea, since a password input would drop its line breaks */
  multiline?: boolean;
  describedBy?: string | undefined;
  invalid?: boolean;
}

/** A secret input: masked (type=password) until the one "Show secrets" switch is on. */
export function SecretField({ id, label, value, onChange, multiline, describedBy, invalid }: Props) {
  const show = useAppStore((s) => s.ui.showSecrets);
  const common = {
    id,
    value,
    spellCheck: false,
    autoComplete: 'off',
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? true : undefined,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={4}
          className={show ? 'mono' : 'mono masked-text'}
          data-masked={show ? undefined : 'true'}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input {...common} type={show ? 'text' : 'password'} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
