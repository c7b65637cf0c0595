/**
 * signRequest: RFC 5849 §3 end to end — take a request, add the protocol
 * parameters, sign (§3.4), place them (§3.5) — recording every step.
 */
import type { Param, Result, SignInput, SignResult, SigningKeyParts } from './types.ts';
import { SIGNATURE_METHOD_TABLE, isSignatureMethod, type SignatureMethodSpec, type SignatureOutput } from './signatureMethods.ts';
import { signingKeyParts } from './signingKey.ts';
import { chooseBodyHash } from './bodyHash.ts';
import { protocolParams } from './protocolParams.ts';
import { toUnsigned, type UnsignedRequest } from './unsigned.ts';
import { completeTrace, traceBaseString, type BaseTrace } from './trace.ts';
import { place } from './placement.ts';
import { firstLoneSurrogate, loneSurrogateFailure } from './percent.ts';
import { fail, isFailure, ok, type Failure } from './result.ts';

/** Everything up to the signature; the sync and async paths differ only after this. */
interface Prepared {
  readonly input: SignInput;
  readonly spec: SignatureMethodSpec;
  readonly unsigned: UnsignedRequest;
  readonly oauth: Param[];
  readonly headerOnly: readonly Param[];
  readonly base: BaseTrace;
  /** the base string's bytes, what the method signs */
  readonly bytes: Uint8Array;
  readonly keyParts: SigningKeyParts;
  /** what the method signs with: the §3.4.2 key, or the RSA PEM */
  readonly key: string;
}

/** The input named `name` if it holds a lone surrogate (it could not be sent as UTF-8). */
function surrogateIn(name: string, value: string | undefined): Failure | undefined {
  const at = value === undefined ? -1 : firstLoneSurrogate(value);
  return at === -1 ? undefined : loneSurrogateFailure(at, name);
}

/** The inputs besides the request that end up in the base string or key; each must be sendable as UTF-8. */
function checkInputs(input: SignInput): Failure | undefined {
  const { credentials: c, protocol: p } = input;
  let bad = surrogateIn('consumerKey', c.consumerKey) ?? surrogateIn('consumerSecret', c.consumerSecret)
    ?? surrogateIn('token', c.token) ?? surrogateIn('tokenSecret', c.tokenSecret) ?? surrogateIn('nonce', p.nonce)
    ?? surrogateIn('timestamp', p.timestamp) ?? surrogateIn('callback', p.callback) ?? surrogateIn('verifier', p.verifier)
    ?? surrogateIn('realm', p.realm);
  for (const [n, v] of p.extraHeaderParams ?? []) bad ??= surrogateIn('extraHeaderParams', n) ?? surrogateIn('extraHeaderParams', v);
  return bad;
}

/** RFC 5849 §3.4.2 for HMAC/PLAINTEXT; for RSA the key is the PEM and the secrets are shown but unused. */
function keyFor(input: SignInput, spec: SignatureMethodSpec): { parts: SigningKeyParts; key: string } | Failure {
  const c = input.credentials;
  const parts = signingKeyParts(c.consumerSecret, c.tokenSecret);
  if (spec.key === 'secrets') return { parts, key: parts.key };
  if (c.privateKeyPem === undefined || c.privateKeyPem.trim() === '') {
    return fail('missing-private-key', `${input.protocol.signatureMethod} needs an RSA private key (PEM).`, undefined, 'privateKey');
  }
  return { parts: { consumerSecretEncoded: parts.consumerSecretEncoded, tokenSecretEncoded: parts.tokenSecretEncoded, key: '' }, key: c.privateKeyPem };
}

function prepare(input: SignInput): Result<Prepared> {
  const method: string = input.protocol.signatureMethod;
  if (!isSignatureMethod(method)) return fail('unknown-signature-method', `"${method}" is not an RFC 5849 signature method.`, undefined, 'signatureMethod');
  const spec = SIGNATURE_METHOD_TABLE[method];
  const bad = checkInputs(input);
  if (bad !== undefined) return bad;
  const unsigned = toUnsigned(input.request, input.placement);
  if (!unsigned.ok) return unsigned;
  const u = unsigned.value;
  const bodyHash = chooseBodyHash(input.protocol.bodyHash ?? 'auto', spec.bodyHash, u.request.body, u.isForm);
  const oauth = protocolParams(input, u.request.body, bodyHash);
  const headerOnly = input.placement === 'header' ? input.protocol.extraHeaderParams ?? [] : [];
  const key = keyFor(input, spec);
  if (isFailure(key)) return key;
  const set = u.params;
  for (const [name, value] of headerOnly) set.add(name, value, 'header');
  for (const [name, value] of oauth) set.add(name, value, 'oauth');
  const traced = traceBaseString(u.request.method, u.baseUri, set);
  if (isFailure(traced)) return traced;
  // Only the synchronous methods consume the reused buffer before anything else can run.
  const bytes = spec.signSync === undefined ? traced.bytes.slice() : traced.bytes;
  return ok({ input, spec, unsigned: u, oauth, headerOnly, base: traced.trace, bytes, keyParts: key.parts, key: key.key });
}

function finish(p: Prepared, output: SignatureOutput): Result<SignResult> {
  const trace = completeTrace(p.base, p.keyParts, p.input.protocol.signatureMethod, output);
  const oauthParams: Param[] = [...p.oauth, ['oauth_signature', output.signature]];
  const placed = place(p.unsigned.request, p.input.placement, oauthParams, p.headerOnly, p.input.protocol.realm);
  const result: SignResult = placed.authorizationHeader === undefined
    ? { trace, oauthParams, signedRequest: placed.request }
    : { trace, oauthParams, signedRequest: placed.request, authorizationHeader: placed.authorizationHeader };
  return ok(result);
}

/** RFC 5849 §3.1–§3.5 for every signature method (RSA signs through WebCrypto). */
export async function signRequest(input: SignInput): Promise<Result<SignResult>> {
  const prepared = prepare(input);
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  const output = await p.spec.sign(p.key, p.bytes);
  return isFailure(output) ? output : finish(p, output);
}

/**
 * RFC 5849 §3.1–§3.5 without awaiting, for the live view that re-signs on every
 * keystroke. RSA needs WebCrypto, which is asynchronous only: Failure 'async-required'.
 */
export function signRequestSync(input: SignInput): Result<SignResult> {
  const method: string = input.protocol.signatureMethod;
  if (isSignatureMethod(method) && SIGNATURE_METHOD_TABLE[method].signSync === undefined) {
    return fail('async-required', `${method} signs through WebCrypto, which is asynchronous; use signRequest.`, undefined, 'signatureMethod');
  }
  const prepared = prepare(input);
  if (!prepared.ok) return prepared;
  const p = prepared.value;
  return finish(p, (p.spec.signSync as NonNullable<SignatureMethodSpec['signSync']>)(p.key, p.bytes));
}
