/** Types for oauth-sign 0.9 (it ships none), limited to what the differential test and the benchmark call. */
declare module 'oauth-sign' {
  export type Params = Record<string, string | string[]>;
  export function generateBase(httpMethod: string, baseUri: string, params: Params): string;
  export function hmacsign(httpMethod: string, baseUri: string, params: Params, consumerSecret: string, tokenSecret?: string): string;
  export function hmacsign256(httpMethod: string, baseUri: string, params: Params, consumerSecret: string, tokenSecret?: string): string;
  export function plaintext(consumerSecret: string, tokenSecret?: string): string;
  export function sign(
    signMethod: string, httpMethod: string, baseUri: string, params: Params, consumerSecret: string, tokenSecret?: string,
  ): string;
  export function rfc3986(str: string): string;
}
