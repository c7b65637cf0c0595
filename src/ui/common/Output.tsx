import { useId, type ReactNode } from 'react';
import { CopyButton } from './CopyButton.tsx';

interface Props {
  /** names the box (a labelled group) and its copy button */
  label: string;
  /** the value copied (real secrets included) */
  copyText: string;
  /** what is shown; defaults to copyText */
  children?: ReactNode;
  /** wrap anywhere (default) or keep lines and scroll inside the box */
  mode?: 'wrap' | 'scroll';
}

/** One output value in its own box: long values wrap or scroll there, never the page. */
export function Output({ label, copyText, children, mode = 'wrap' }: Props) {
  const id = useId();
  return (
    <div className="output" role="group" aria-labelledby={id}>
      <div className="output-head">
        <span id={id} className="output-label">{label}</span>
        <CopyButton text={copyText} label={`Copy ${label.charAt(0).toLowerCase()}${label.slice(1)}`} />
      </div>
      {/* A box that scrolls must be reachable by keyboard to be scrolled. */}
      <pre className={`output-value output-${mode}`} tabIndex={mode === 'scroll' ? 0 : undefined}>
        {children ?? copyText}
      </pre>
    </div>
  );
}
