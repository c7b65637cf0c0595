/**
 * Hooks that turn the store's inputs into the engine's outputs. The trace, the
 * signed request and the verdict live only here, recomputed when the inputs
 * change (useMemo for HMAC/PLAINTEXT; an effect for RSA, which WebCrypto does
 * asynchronously).
 */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { signRequest, signRequestSync, verifyRequest, verifyRequestSync } from '../engine/index.ts';
import type { EngineError, HttpRequest, Result, SignResult, VerifyInput, VerifyResult } from '../engine/types.ts';
import { parsePasted, type Pasted } from '../http/index.ts';
import { useAppStore } from './context.tsx';
import { readPastedParams, type PastedParams } from './pastedParams.ts';
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
function useEngine<I, T>(
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
