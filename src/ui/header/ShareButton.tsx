import { useState } from 'react';
import { useAppStoreApi } from '../../store/context.tsx';
import { shareFragment } from '../../store/share.ts';

/** Copies a link that reopens this request — without any secret and without check mode's paste. */
export function ShareButton() {
  const store = useAppStoreApi();
  const [status, setStatus] = useState('');
  const copy = async () => {
    const url = `${location.origin}${location.pathname}${location.search}${shareFragment(store.getState())}`;
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied (no secrets in it)');
    } catch {
      setStatus('Could not copy the link');
    }
  };
  return (
    <span className="share">
      <button type="button" className="btn" onClick={() => void copy()}>Copy share link</button>
      <span role="status" aria-live="polite" className="copy-status">{status}</span>
    </span>
  );
}
