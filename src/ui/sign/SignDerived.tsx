/**
 * Computes the sign-mode trace once per change and hands it to the panels that
 * show it. Its children are passed in from above, so only the components that
 * read this context re-render when the trace changes.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { EngineError } from '../../engine/types.ts';
import { useSignResult, type SignDerived } from '../../store/hooks.ts';
import { errorField, type ErrorField } from '../../store/selectors.ts';

const SignContext = createContext<SignDerived | null>(null);

export function SignDerivedProvider({ children }: { children: ReactNode }) {
  const derived = useSignResult();
  return <SignContext.Provider value={derived}>{children}</SignContext.Provider>;
}

export function useSignDerived(): SignDerived {
  const d = useContext(SignContext);
  if (!d) throw new Error('SignDerivedProvider missing');
  return d;
}

/** The engine error that belongs next to `field`, if any. */
export function useFieldError(field: ErrorField): EngineError | undefined {
  const { result } = useSignDerived();
  return result.status === 'error' && errorField(result.error) === field ? result.error : undefined;
}
