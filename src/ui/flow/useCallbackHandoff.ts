import { useEffect } from 'react';
import { useAppStore } from '../../store/context.tsx';
import { listenForCallback, takePending, type CallbackMessage } from '../callback/handoff.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Applies what the callback route hands back: now, from another tab, or left over from while this view was closed. */
export function useCallbackHandoff(): void {
  const accept = useAppStore((s) => s.acceptCallback);
  useEffect(() => {
    const apply = (m: CallbackMessage) =>
      accept({
        ...(m.oauthToken === undefined ? {} : { oauthToken: m.oauthToken }),
        ...(m.oauthVerifier === undefined ? {} : { oauthVerifier: m.oauthVerifier }),
        ...(m.denied === undefined ? {} : { denied: m.denied }),
      });
    const pending = takePending(storage(), Date.now());
    if (pending) apply(pending);
    return listenForCallback(storage(), apply);
  }, [accept]);
}
