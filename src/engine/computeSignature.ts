/** The contract's one-call signature: base string and secrets in, base64 out (RFC 5849 §3.4). */
import type { SignatureMethod } from './types.ts';
import { SIGNATURE_METHOD_TABLE } from './signatureMethods.ts';
import { signingKey } from './signingKey.ts';
import { fail, isFailure, type Failure } from './result.ts';

export interface ComputeSignatureArgs {
  method: SignatureMethod;
  baseString: string;
  consumerSecret: string;
  tokenSecret?: string;
  /** RSA-SHA1 / RSA-SHA256 only */
  privateKeyPem?: string;
}

/** RFC 5849 §3.4.2–§3.4.4: base64 for HMAC and RSA; for PLAINTEXT the §3.4.2 key itself. */
export async function computeSignature(args: ComputeSignatureArgs): Promise<string | Failure> {
  const spec = SIGNATURE_METHOD_TABLE[args.method] as (typeof SIGNATURE_METHOD_TABLE)[SignatureMethod] | undefined;
  if (spec === undefined) return fail('unknown-signature-method', `"${String(args.method)}" is not an RFC 5849 signature method.`);
  let key: string;
  if (spec.key === 'rsa') {
    if (args.privateKeyPem === undefined) return fail('missing-private-key', `${args.method} needs an RSA private key (PEM).`, undefined, 'privateKey');
    key = args.privateKeyPem;
  } else {
    key = signingKey(args.consumerSecret, args.tokenSecret);
  }
  const out = await spec.sign(key, new TextEncoder().encode(args.baseString));
  return isFailure(out) ? out : out.signature;
}
