import type { EngineError } from '../../engine/types.ts';

/** The character at `at`, quoted and named when it is invisible. */
export function describeChar(text: string, at: number): string {
  const ch = String.fromCodePoint(text.codePointAt(at) ?? 0);
  if (at >= text.length) return 'the end of the input';
  if (ch === ' ') return 'a space';
  if (ch === '\t') return 'a tab';
  if (ch === '\n' || ch === '\r') return 'a line break';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `“${ch}”`;
}

interface Props {
  id: string;
  error: EngineError | undefined;
  /** the text `error.at` points into, to name the character */
  text?: string;
}

/** An engine error shown next to the field it names, with the place in that field. */
export function FieldError({ id, error, text }: Props) {
  if (!error) return null;
  const where = error.at !== undefined && text !== undefined && error.at <= text.length
    ? ` (at character ${error.at + 1}: ${describeChar(text, error.at)})`
    : '';
  return (
    <p id={id} className="field-error" role="alert">
      {error.message}
      {where}
    </p>
  );
}
