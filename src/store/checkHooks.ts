/**
 * Check mode's derived values: the paste parsed, and the verdict. A module of
 * its own so the paste parsers load with the Check tab, not with the page.
 */
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { verifyRequest, verifyRequestSync } from '../engine/verify.ts';
import type { HttpRequest, Result, VerifyInput, VerifyResult } from '../engine/types.ts';
import { parsePasted, type Pasted } from '../http/paste/index.ts';
import { useAppStore } from './context.tsx';
import { useEngine, type Derived } from './hooks.ts';
import { readPastedParams, type PastedParams } from './pastedParams.ts';

/** The paste box's onChange: stores the text and, when it reads, fills the Sign inputs from it. */
export function usePasteRequest(): (text: string) => void {
  const pasteRequest = useAppStore((s) => s.pasteRequest);
  return useCallback((text: string) => pasteRequest(text, parsePasted(text)), [pasteRequest]);
}

export interface CheckDerived {
  /** undefined while the paste box is empty */
  parsed: Result<Pasted> | undefined;
  /** the pasted request, with method/URL from the check inputs when the paste had none */
  request: HttpRequest | undefined;
  params: PastedParams | undefined;
  /** true once the secrets needed to check are there */
  secretsEntered: boolean;
  verify: Derived<VerifyResult> | undefined;
  verifyInput: VerifyInput | undefined;
}

/**
 * Check mode: verifies the pasted request as pasted. The secrets are the only
 * thing taken from the inputs, so editing one can never re-sign the request
 * into a false "matches".
 */
export function useCheckResult(): CheckDerived {
  const check = useAppStore((s) => s.check);
  const secrets = useAppStore(
    useShallow((s) => ({
      consumerSecret: s.credentials.consumerSecret,
      tokenSecret: s.credentials.tokenSecret,
      privateKeyPem: s.credentials.privateKeyPem,
      publicKeyPem: s.credentials.publicKeyPem,
    })),
  );
  const parsed = useMemo(() => (check.text.trim() === '' ? undefined : parsePasted(check.text)), [check.text]);
  const request = useMemo((): HttpRequest | undefined => {
    if (!parsed?.ok) return undefined;
    const { request: r, known } = parsed.value;
    return { ...r, method: known.method ? r.method : check.method, url: known.url ? r.url : check.url };
  }, [parsed, check.method, check.url]);
  const params = useMemo(() => (request ? readPastedParams(request) : undefined), [request]);
  const method = params?.params.find((p) => p.name === 'oauth_signature_method')?.value ?? '';
  const rsa = method.startsWith('RSA-');
  const secretsEntered = rsa ? secrets.publicKeyPem.trim() !== '' || secrets.privateKeyPem.trim() !== '' : secrets.consumerSecret !== '';
  const verifyInput = useMemo((): Result<VerifyInput> => {
    if (!request) return { ok: false, error: { code: 'no-request', message: 'Paste a request first.' } };
    return {
      ok: true,
      value: {
        request,
        consumerSecret: secrets.consumerSecret,
        ...(secrets.tokenSecret === '' ? {} : { tokenSecret: secrets.tokenSecret }),
        ...(rsa && secrets.privateKeyPem.trim() !== '' ? { privateKeyPem: secrets.privateKeyPem } : {}),
        ...(rsa && secrets.publicKeyPem.trim() !== '' ? { publicKeyPem: secrets.publicKeyPem } : {}),
      },
    };
  }, [request, secrets, rsa]);
  const verify = useEngine(verifyInput, verifyRequestSync, verifyRequest, rsa);
  return {
    parsed,
    request,
    params,
    secretsEntered,
    verify: request ? verify : undefined,
    verifyInput: verifyInput.ok ? verifyInput.value : undefined,
  };
}
