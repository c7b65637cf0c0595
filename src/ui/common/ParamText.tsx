import { memo } from 'react';
import { paramClass, useHighlight } from './highlight.tsx';

interface Props {
  /** the trace ref of the parameter this text came from */
  paramRef: number;
  text: string;
  /** what a screen reader hears when focusing it, e.g. "oauth_nonce" */
  label?: string;
  extraClass?: string;
}

/** A piece of text that came from one parameter: coloured by its ref, lit up when that parameter is pointed at. */
export const ParamText = memo(function ParamText({ paramRef, text, label, extraClass }: Props) {
  const { active, handlers } = useHighlight(paramRef);
  return (
    <span
      className={`${paramClass(paramRef, active)}${extraClass ? ` ${extraClass}` : ''}`}
      data-ref={paramRef}
      data-highlighted={active ? 'true' : undefined}
      // One piece per step is the Tab stop; the arrow keys reach the rest (rovingFocus.ts).
      tabIndex={-1}
      title={label}
      {...handlers}
    >
      {text}
    </span>
  );
});
