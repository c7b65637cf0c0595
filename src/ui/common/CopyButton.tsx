import { useEffect, useRef, useState } from 'react';

interface Props {
  /** the real value, secrets included: copying a signed request copies what would be sent */
  text: string;
  /** what is copied, for the accessible name: "Copy base string" */
  label: string;
}

/** Copies to the clipboard and says so in a polite live region. */
export function CopyButton({ text, label }: Props) {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: select the text and copy it by hand');
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), 2500);
  };
  return (
    <span className="copy">
      <button type="button" className="btn btn-small" aria-label={label} onClick={() => void copy()}>
        Copy
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {status}
      </span>
    </span>
  );
}
