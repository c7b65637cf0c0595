/**
 * "Export as test vector": the request, its parameters and every step's output
 * as JSON, to attach to a bug report against an OAuth library. Secrets (and
 * anything computed from them that would reveal them: the signing key, a
 * PLAINTEXT signature) are left out unless the user ticks "Include secrets".
 */
import { percentEncode } from '../engine/percent.ts';
import type { SignInput, SignResult } from '../engine/types.ts';

export const REDACTED = '[secret omitted]';

export interface TestVector {
  format: 'sigstep-test-vector/1';
  description: string;
  request: SignInput['request'];
  placement: SignInput['placement'];
  credentials: Record<string, string>;
  protocol: SignInput['protocol'];
  steps: {
    collectedParameters: SignResult['trace']['collected'];
    encodedParameters: SignResult['trace']['encoded'];
    sortedParameters: SignResult['trace']['sorted'];
    normalizedParameters: string;
    baseString: { method: string; uri: string; parameters: string; full: string };
    signingKey: string;
    signatureMethod: string;
    digestHex: string;
    signature: string;
  };
  signedRequest: SignResult['signedRequest'];
  authorizationHeader?: string;
}

/** Replaces every occurrence of `needle` (raw and percent-encoded) in `text`. */
function scrub(text: string, needles: readonly string[]): string {
  let out = text;
  for (const n of needles) if (n !== '') out = out.split(n).join(REDACTED);
  return out;
}

export function buildTestVector(input: SignInput, result: SignResult, includeSecrets: boolean): TestVector {
  const { trace } = result;
  const c = input.credentials;
  const credentials: Record<string, string> = { consumerKey: c.consumerKey };
  if (c.token !== undefined) credentials.token = c.token;
  if (includeSecrets) {
    credentials.consumerSecret = c.consumerSecret;
    if (c.tokenSecret !== undefined) credentials.tokenSecret = c.tokenSecret;
    if (c.privateKeyPem !== undefined) credentials.privateKeyPem = c.privateKeyPem;
  }
  // A PLAINTEXT signature *is* the signing key; it shows up again, encoded, in the signed request.
  const encoded = percentEncode(trace.signature);
  const leaks = includeSecrets || trace.signatureMethod !== 'PLAINTEXT'
    ? []
    : [typeof encoded === 'string' ? encoded : '', encodeURIComponent(trace.signature), trace.signature]
        .filter((n) => n !== '')
        .sort((a, b) => b.length - a.length);
  const clean = (s: string) => scrub(s, leaks);
  const signed = result.signedRequest;
  const vector: TestVector = {
    format: 'sigstep-test-vector/1',
    description: `${input.protocol.signatureMethod} ${input.request.method} ${input.request.url}${includeSecrets ? '' : ' (secrets omitted)'}`,
    request: input.request,
    placement: input.placement,
    credentials,
    protocol: input.protocol,
    steps: {
      collectedParameters: trace.collected,
      encodedParameters: trace.encoded,
      sortedParameters: trace.sorted,
      normalizedParameters: trace.normalized.value,
      baseString: {
        method: trace.baseString.method,
        uri: trace.baseString.uri,
        parameters: trace.baseString.parameters,
        full: trace.baseString.full,
      },
      signingKey: includeSecrets ? trace.signingKey.key : REDACTED,
      signatureMethod: trace.signatureMethod,
      digestHex: trace.digestHex,
      signature: clean(trace.signature),
    },
    signedRequest: {
      method: signed.method,
      url: clean(signed.url),
      headers: signed.headers.map(([n, v]) => [n, clean(v)]),
      body: clean(signed.body),
    },
  };
  if (result.authorizationHeader !== undefined) vector.authorizationHeader = clean(result.authorizationHeader);
  return vector;
}
