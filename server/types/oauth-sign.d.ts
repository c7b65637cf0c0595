// oauth-sign ships no types. Only what server/ and test/server/ use is declared.
declare module 'oauth-sign' {
  type Params = Record<string, string | readonly string[]>;
  /** RFC 3986 percent-encoding (encodeURIComponent plus `!*()'`). */
  export function rfc3986(value: string): string;
  /** The PLAINTEXT signature, which is also the HMAC signing key: `enc(consumerSecret)&enc(tokenSecret)`. */
  export function plaintext(consumerSecret: string, tokenSecret?: string): string;
  export function generateBase(httpMethod: string, baseUri: string, params: Params): string;
  export function hmacsign(httpMethod: string, baseUri: string, params: Params, consumerSecret: string, tokenSecret?: string): string;
  export function hmacsign256(httpMethod: string, baseUri: string, params: Params, consumerSecret: string, tokenSecret?: string): string;
  export function rsasign(httpMethod: string, baseUri: string, params: Params, privateKey: string, tokenSecret?: string): string;
  export function sign(signMethod: string, httpMethod: string, baseUri: string, params: Params, consumerSecret: string, tokenSecret?: string): string;
}
