/**
 * RSA-SHA1 / RSA-SHA256 (RFC 5849 §3.4.3): RSASSA-PKCS1-v1_5 (RFC 8017 §8.2)
 * through WebCrypto, the one engine dependency besides @noble/hashes.
 */
import { parsePem, type KeyFormat } from './pem.ts';
import { fail, isFailure, type Failure } from './result.ts';

export type RsaHash = 'SHA-1' | 'SHA-256';

/**
 * Imported keys by hash and PEM. The UI re-signs on every keystroke and an
 * import costs far more than a signature, so the last few keys are kept.
 */
const imported = new Map<string, Promise<CryptoKey | Failure>>();
const MAX_KEYS = 8;

function subtle(): SubtleCrypto | undefined {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle;
}

async function importKey(pem: string, hash: RsaHash, format: KeyFormat, input: string): Promise<CryptoKey | Failure> {
  const api = subtle();
  if (api === undefined) return fail('no-webcrypto', 'RSA signatures need WebCrypto (crypto.subtle), which this environment lacks.');
  const key = parsePem(pem, input);
  if (isFailure(key)) return key;
  if (key.format !== format) {
    const want = format === 'pkcs8' ? 'a private key' : 'a public key';
    return fail('wrong-key-type', `Expected ${want}, but the PEM holds the other kind.`, 0, input);
  }
  try {
    const usage: KeyUsage = format === 'pkcs8' ? 'sign' : 'verify';
    return await api.importKey(format, key.der.slice(), { name: 'RSASSA-PKCS1-v1_5', hash }, false, [usage]);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail('bad-key', `The key could not be imported as an RSA key (${why}). A PKCS#1 key can be converted with: openssl pkcs8 -topk8 -nocrypt -in key.pem`, 0, input);
  }
}

function cachedKey(pem: string, hash: RsaHash, format: KeyFormat, input: string): Promise<CryptoKey | Failure> {
  const id = `${format}\n${hash}\n${pem}`;
  let key = imported.get(id);
  if (key === undefined) {
    if (imported.size >= MAX_KEYS) imported.clear();
    key = importKey(pem, hash, format, input);
    imported.set(id, key);
  }
  return key;
}

/** RFC 5849 §3.4.3.1 / RFC 8017 §8.2.1: the signature bytes over `data`. */
export async function rsaSign(privateKeyPem: string, hash: RsaHash, data: Uint8Array): Promise<Uint8Array | Failure> {
  const key = await cachedKey(privateKeyPem, hash, 'pkcs8', 'privateKey');
  if (isFailure(key)) return key;
  try {
    return new Uint8Array(await (subtle() as SubtleCrypto).sign('RSASSA-PKCS1-v1_5', key, data.slice()));
  } catch (e) {
    return fail('rsa-failed', `RSA signing failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** RFC 5849 §3.4.3.2 / RFC 8017 §8.2.2: whether `signature` is valid for `data` under the public key. */
export async function rsaVerify(publicKeyPem: string, hash: RsaHash, data: Uint8Array, signature: Uint8Array): Promise<boolean | Failure> {
  const key = await cachedKey(publicKeyPem, hash, 'spki', 'publicKey');
  if (isFailure(key)) return key;
  try {
    return await (subtle() as SubtleCrypto).verify('RSASSA-PKCS1-v1_5', key, signature.slice(), data.slice());
  } catch (e) {
    return fail('rsa-failed', `RSA verification failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
