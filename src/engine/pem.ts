/**
 * PEM (RFC 7468) for RSA keys, and the one conversion WebCrypto needs: it imports
 * PKCS#8 and SPKI only, so a PKCS#1 key (`BEGIN RSA PRIVATE KEY`, what
 * `openssl genrsa` wrote for years) is wrapped in the PKCS#8 structure around it.
 */
import { base64Decode } from './base64.ts';
import { fail, type Failure } from './result.ts';

export type KeyFormat = 'pkcs8' | 'spki';

export interface DerKey {
  readonly format: KeyFormat;
  readonly der: Uint8Array;
}

const bad = (code: string, message: string, at: number | undefined, input: string): Failure => fail(code, message, at, input);

/** The AlgorithmIdentifier of rsaEncryption (RFC 8017 Appendix C) with its NULL parameters. */
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

/** A DER length (X.690 §8.1.3): short form below 128, else long form. */
function derLength(n: number): number[] {
  if (n < 0x80) return [n];
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v & 0xff);
  return [0x80 | bytes.length, ...bytes];
}

function derTlv(tag: number, body: Uint8Array | number[]): Uint8Array {
  const len = derLength(body.length);
  const out = new Uint8Array(1 + len.length + body.length);
  out[0] = tag;
  out.set(len, 1);
  out.set(body, 1 + len.length);
  return out;
}

/** PKCS#1 RSAPrivateKey → PKCS#8 PrivateKeyInfo (RFC 5208 §5): version 0, rsaEncryption, the key as an OCTET STRING. */
export function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array {
  const octet = derTlv(0x04, pkcs1);
  const body = new Uint8Array(3 + RSA_ALGORITHM.length + octet.length);
  body.set([0x02, 0x01, 0x00], 0);
  body.set(RSA_ALGORITHM, 3);
  body.set(octet, 3 + RSA_ALGORITHM.length);
  return derTlv(0x30, body);
}

/** PKCS#1 RSAPublicKey → SubjectPublicKeyInfo (RFC 5280 §4.1): rsaEncryption, the key as a BIT STRING. */
export function pkcs1PublicToSpki(pkcs1: Uint8Array): Uint8Array {
  const bits = new Uint8Array(pkcs1.length + 1);
  bits.set(pkcs1, 1);
  const bitString = derTlv(0x03, bits);
  const body = new Uint8Array(RSA_ALGORITHM.length + bitString.length);
  body.set(RSA_ALGORITHM, 0);
  body.set(bitString, RSA_ALGORITHM.length);
  return derTlv(0x30, body);
}

const LABELS: Readonly<Record<string, (der: Uint8Array) => DerKey>> = {
  'PRIVATE KEY': (der) => ({ format: 'pkcs8', der }),
  'RSA PRIVATE KEY': (der) => ({ format: 'pkcs8', der: pkcs1ToPkcs8(der) }),
  'PUBLIC KEY': (der) => ({ format: 'spki', der }),
  'RSA PUBLIC KEY': (der) => ({ format: 'spki', der: pkcs1PublicToSpki(der) }),
};

/** RFC 7468: the first `-----BEGIN …-----` block, as DER WebCrypto can import. */
export function parsePem(pem: string, input = 'privateKey'): DerKey | Failure {
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(pem);
  if (begin === null) {
    return bad('bad-pem', 'The key is not PEM: expected a line like "-----BEGIN PRIVATE KEY-----".', 0, input);
  }
  const label = begin[1] as string;
  const bodyStart = begin.index + begin[0].length;
  const endMarker = `-----END ${label}-----`;
  const end = pem.indexOf(endMarker, bodyStart);
  if (end === -1) return bad('bad-pem', `The PEM block has no "${endMarker}" line.`, bodyStart, input);
  if (label === 'ENCRYPTED PRIVATE KEY' || pem.slice(bodyStart, end).includes('Proc-Type:')) {
    return bad('encrypted-key', 'The key is encrypted; decrypt it first: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem', begin.index, input);
  }
  const wrap = LABELS[label];
  if (wrap === undefined) return bad('bad-pem', `"${label}" is not an RSA key; expected PRIVATE KEY (PKCS#8) or RSA PRIVATE KEY (PKCS#1).`, begin.index, input);
  const der = base64Decode(pem, bodyStart, end, input);
  if (!(der instanceof Uint8Array)) return bad('bad-pem', `The PEM body is not base64: ${der.error.message}`, der.error.at, input);
  if (der.length === 0) return bad('bad-pem', 'The PEM block is empty.', bodyStart, input);
  return wrap(der);
}
