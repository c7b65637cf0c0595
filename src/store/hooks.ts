/**
 * Hooks that turn the store's inputs into the engine's outputs. The trace, the
 * signed request and the verdict live only here, recomputed when the inputs
 * change (useMemo for HMAC/PLAINTEXT; an effect for RSA, which WebCrypto does
 * asynchronously).
 */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { signRequest, signRequestSync } from '../engine/sign.ts';
import type { EngineError, Result, SignResult } from '../engine/types.ts';
import { useAppStore } from './context.tsx';
import { buildSignInput, isRsa, refMap, selectSignInputs, type RefMap } from './selectors.ts';

export type Derived<T> =
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: EngineError }
  | { readonly status: 'pending' };

const fromResult = <T,>(r: Result<T>): Derived<T> => (r.ok ? { status: 'ok', value: r.value } : { status: 'error', error: r.error });

const internal = (e: unknown): EngineError => ({
  code: 'internal',
  message: `Unexpected failure: ${e instanceof Error ? e.message : String(e)}`,
});

/** Runs the engine synchronously when it can, otherwise asynchronously; a late answer for old input is dropped. */
export function useEngine<I, T>(
  input: Result<I>,
  sync: (i: I) => Result<T>,
  run: (i: I) => Promise<Result<T>>,
  needsAsync: boolean,
): Derived<T> {
  const syncResult = useMemo((): Derived<T> | undefined => {
    if (!input.ok) return fromResult(input);
    if (needsAsync) return undefined;
    try {
      return fromResult(sync(input.value));
    } catch (e) {
      // The engine returns errors as values; a throw is a bug, shown as an error rather than a blank panel.
      return { status: 'error', error: internal(e) };
    }
  }, [input, needsAsync, sync]);
  const [late, setLate] = useState<{ input: Result<I>; result: Derived<T> } | undefined>(undefined);
  useEffect(() => {
    if (syncResult !== undefined || !input.ok) return undefined;
    let live = true;
    Promise.resolve(input.value).then(run).then(
      (r) => live && setLate({ input, result: fromResult(r) }),
      (e: unknown) => live && setLate({ input, result: { status: 'error', error: internal(e) } }),
    );
    return () => {
      live = false;
    };
  }, [input, syncResult, run]);
  if (syncResult !== undefined) return syncResult;
  return late?.input === input ? late.result : { status: 'pending' };
}

export interface SignDerived {
  result: Derived<SignResult>;
  refs: RefMap;
}

/** Sign mode: the full trace and signed request for what the user typed. */
export function useSignResult(): SignDerived {
  const inputs = useAppStore(useShallow(selectSignInputs));
  const input = useMemo(() => buildSignInput(inputs), [inputs]);
  const result = useEngine(input, signRequestSync, signRequest, isRsa(inputs.protocol.signatureMethod));
  const trace = result.status === 'ok' ? result.value.trace : undefined;
  const refs = useMemo(() => refMap(inputs.request.params, trace), [inputs.request.params, trace]);
  return { result, refs };
}
