/** Computes check mode's verdict once per change for the panels that show it (see sign/SignDerived.tsx). */
import { createContext, useContext, type ReactNode } from 'react';
import { useCheckResult, type CheckDerived } from '../../store/checkHooks.ts';

const CheckContext = createContext<CheckDerived | null>(null);

export function CheckDerivedProvider({ children }: { children: ReactNode }) {
  const derived = useCheckResult();
  return <CheckContext.Provider value={derived}>{children}</CheckContext.Provider>;
}

export function useCheckDerived(): CheckDerived {
  const d = useContext(CheckContext);
  if (!d) throw new Error('CheckDerivedProvider missing');
  return d;
}
