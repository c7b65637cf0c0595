/**
 * Signature verification, RFC 5849 §3.2: recompute the signature of a request
 * that already carries one, with the request's own method, nonce and timestamp.
 */
import type { Result, SignatureMethod, VerifyInput, VerifyResult } from './types.ts';
import { SIGNATURE_METHOD_TABLE, isSignatureMethod, type SignatureMethodSpec, type SignatureOutput } from './signatureMethods.ts';
import { collectInto } from './params.ts';
import { ParamSet } from './paramSet.ts';
import { parseRequestUri } from './baseStringUri.ts';
import { completeTrace, traceBaseString, type BaseTrace } from './trace.ts';
import { signingKeyParts } from './signingKey.ts';
import { fail, isFailure, ok, type Failure } from './result.ts';

interface Received {
  readonly method: SignatureMethod;
  readonly spec: SignatureMethodSpec;
  readonly given: string;
  readonly base: BaseTrace;
  readonly bytes: Uint8Array;
}

const absent = (name: string): Failure =>
  fail('parameter_absent', `The request carries no ${name} (OAuth Problem Reporting: parameter_absent).`);

/** What the request says about its own signature: method, the signature itself (decoded), and the base string. */
function receive(input: VerifyInput): Result<Received> {
  const signatures: string[] = [];
  const set = new ParamSet();
  const failed = collectInto(input.request, set, signatures);
  if (failed !== undefined) return failed;
  const given = signatures[0];
  if (given === undefined) return absent('oauth_signature');
  if (signatures.length > 1) return fail('parameter_rejected', 'The request carries oauth_signature more than once (RFC 5849 §3.1).');
  const uri = parseRequestUri(input.request.url);
  if ('ok' in uri) return uri;
  // The base string does not depend on the method, and building it decodes every value.
  const traced = traceBaseString(input.request.method, uri.baseUri, set);
  if (isFailure(traced)) return traced;
  const methodParam = traced.trace.collected.find((p) => p.name === 'oauth_signature_method');
  if (methodParam === undefined) return absent('oauth_signature_method');
  const method = methodParam.value;
  if (!isSignatureMethod(method)) {
    return fail('signature_method_rejected', `"${method}" is not an RFC 5849 signature method (OAuth Problem Reporting: signature_method_rejected).`);
  }
  const spec = SIGNATURE_METHOD_TABLE[method];
  // Only the synchronous methods consume the reused buffer before anything else can run.
  const bytes = spec.signSync === undefined ? traced.bytes.slice() : traced.bytes;
  return ok({ method, spec, given, base: traced.trace, bytes });
}

function result(r: Received, input: VerifyInput, output: SignatureOutput, matches: boolean): Result<VerifyResult> {
  const parts = signingKeyParts(input.consumerSecret, input.tokenSecret);
  const keyParts = r.spec.key === 'secrets' ? parts : { ...parts, key: '' };
  const trace = completeTrace(r.base, keyParts, r.method, output);
  return ok({ matches, given: r.given, expected: output.signature, trace });
}

/** RFC 5849 §3.2 for HMAC-SHA* and PLAINTEXT; RSA gives Failure 'async-required'. */
export function verifyRequestSync(input: VerifyInput): Result<VerifyResult> {
  const received = receive(input);
  if (!received.ok) return received;
  const r = received.value;
  if (r.spec.signSync === undefined) {
    return fail('async-required', `${r.method} verifies through WebCrypto, which is asynchronous; use verifyRequest.`);
  }
  const output = r.spec.signSync(signingKeyParts(input.consumerSecret, input.tokenSecret).key, r.bytes);
  return result(r, input, output, output.signature === r.given);
}

/**
 * RFC 5849 §3.2 for every method. RSA checks against the public key when one is
 * given (RFC 5849 §3.4.3.2) and otherwise re-signs with the private key
 * (RSASSA-PKCS1-v1_5 is deterministic, so equal inputs give equal signatures).
 */
export async function verifyRequest(input: VerifyInput): Promise<Result<VerifyResult>> {
  const received = receive(input);
  if (!received.ok) return received;
  const r = received.value;
  if (r.spec.signSync !== undefined) return verifyRequestSync(input);
  const full = r.bytes;
  let expected: SignatureOutput = { digestHex: '', signature: '' };
  if (input.privateKeyPem !== undefined) {
    const signed = await r.spec.sign(input.privateKeyPem, full);
    if (isFailure(signed)) return signed;
    expected = signed;
  }
  if (input.publicKeyPem !== undefined && r.spec.verify !== undefined) {
    const valid = await r.spec.verify(input.publicKeyPem, full, r.given);
    return isFailure(valid) ? valid : result(r, input, expected, valid);
  }
  if (input.privateKeyPem === undefined) {
    return fail('missing-key', `Verifying ${r.method} needs the RSA public key (or the private key).`, undefined, 'publicKey');
  }
  return result(r, input, expected, expected.signature === r.given);
}
