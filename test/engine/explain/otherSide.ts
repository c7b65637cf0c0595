/**
 * The other side, written independently of src/engine: a tiny OAuth 1.0 signer
 * whose every step is a plain field a test can replace by hand (encodeURIComponent,
 * string joins, node:crypto). Tests build a wrong signature by changing one or two
 * steps of a Recipe — their own construction of the mistake, never the explainer's.
 */
import { createHmac } from 'node:crypto';

export type Pair = readonly [name: string, value: string];

/** RFC 3986 unreserved only (RFC 5849 §3.6), from the platform's encoder. */
export const rfc3986 = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface Recipe {
  /** the method as written in the base string */
  readonly method: string;
  /** the base string URI */
  readonly uri: string;
  /** decoded parameters, in the order the request carries them */
  readonly params: readonly Pair[];
  readonly encodeName: (s: string) => string;
  readonly encodeValue: (s: string) => string;
  /** the encoder for the URI and the second pass over the parameter string */
  readonly encode: (s: string) => string;
  /** orders the encoded pairs */
  readonly order: (encoded: Pair[]) => Pair[];
  readonly pair: (name: string, value: string) => string;
  readonly reencode: boolean;
  /** the HMAC / PLAINTEXT key, written out */
  readonly key: string;
  readonly alg: 'sha1' | 'sha256' | 'sha512' | 'plaintext';
  readonly output: (digest: Buffer) => string;
  /** what happens to the signature on its way to the target */
  readonly transport: (signature: string) => string;
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** RFC 5849 §3.4.1.3.2: by encoded name, then encoded value. */
export const sortPairs = (pairs: Pair[]): Pair[] => [...pairs].sort((x, y) => byteOrder(x[0], y[0]) || byteOrder(x[1], y[1]));

export function recipe(fields: Pick<Recipe, 'method' | 'uri' | 'params' | 'key'> & Partial<Recipe>): Recipe {
  return {
    encodeName: rfc3986,
    encodeValue: rfc3986,
    encode: rfc3986,
    order: sortPairs,
    pair: (n, v) => `${n}=${v}`,
    reencode: true,
    alg: 'sha1',
    output: (d) => d.toString('base64'),
    transport: (s) => s,
    ...fields,
  };
}

/** One encoder used for names, values, the URI and the second pass (how a wrong encoder is usually used). */
export const everywhere = (r: Recipe, encode: (s: string) => string): Recipe => ({
  ...r, encodeName: encode, encodeValue: encode, encode,
});

export function baseString(r: Recipe): string {
  const encoded = r.params.map(([n, v]): Pair => [r.encodeName(n), r.encodeValue(v)]);
  const normalized = r.order(encoded).map(([n, v]) => r.pair(n, v)).join('&');
  return `${r.method}&${r.encode(r.uri)}&${r.reencode ? r.encode(normalized) : normalized}`;
}

export function signature(r: Recipe): string {
  if (r.alg === 'plaintext') return r.transport(r.key);
  const digest = createHmac(r.alg, r.key).update(baseString(r), 'utf8').digest();
  return r.transport(r.output(digest));
}
