interface Props {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  describedBy?: string;
}

/** An on/off setting: a checkbox with role="switch", so it is announced as one. */
export function Switch({ id, label, checked, onChange, describedBy }: Props) {
  return (
    <label className="switch" htmlFor={id}>
      <input id={id} type="checkbox" role="switch" checked={checked} aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.checked)} />
      <span className="switch-track" aria-hidden="true" />
      {label}
    </label>
  );
}
