/**
 * The engine's data model. Everything the engine returns is data (not display
 * strings) so the UI can render each step and follow one parameter across steps.
 */

/** A decoded parameter: [name, value]. */
export type Param = readonly [name: string, value: string];

export type SignatureMethod =
  | 'HMAC-SHA1'
  | 'HMAC-SHA256'
  | 'HMAC-SHA512'
  | 'RSA-SHA1'
  | 'RSA-SHA256'
  | 'PLAINTEXT';

export const SIGNATURE_METHODS: readonly SignatureMethod[] = [
  'HMAC-SHA1',
  'HMAC-SHA256',
  'HMAC-SHA512',
  'RSA-SHA1',
  'RSA-SHA256',
  'PLAINTEXT',
];

/** The one request model used everywhere (DESIGN.md). */
export interface HttpRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
}

/** Where a parameter was found (RFC 5849 §3.4.1.3.1), or `oauth` for protocol parameters signRequest adds. */
export type ParamSource = 'query' | 'header' | 'body' | 'oauth';

/** Where signRequest puts the oauth_* parameters (RFC 5849 §3.5). */
export type Placement = 'header' | 'query' | 'body';

/** A collected parameter. `ref` is stable across every trace step so one parameter can be highlighted everywhere. */
export interface SourcedParam {
  readonly ref: number;
  readonly name: string;
  readonly value: string;
  readonly source: ParamSource;
}

export interface EngineError {
  /** machine-readable, e.g. 'bad-percent-encoding', 'relative-url', 'lone-surrogate' */
  readonly code: string;
  readonly message: string;
  /** character offset of the bad input inside `input`, when it applies */
  readonly at?: number;
  /** which input the offset refers to, e.g. 'url', 'body', 'authorization', 'privateKey' */
  readonly input?: string;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: EngineError };

export interface Credentials {
  consumerKey: string;
  consumerSecret: string;
  token?: string;
  tokenSecret?: string;
  /** PKCS#8 PEM (or PKCS#1, converted) for RSA-SHA1 / RSA-SHA256 */
  privateKeyPem?: string;
}

export type BodyHashMode = 'off' | 'auto' | 'SHA-1' | 'SHA-256';

/** The protocol parameters signRequest adds (RFC 5849 §3.1). */
export interface ProtocolOptions {
  signatureMethod: SignatureMethod;
  /** fixed nonce; when absent the injected nonce source is used */
  nonce?: string;
  /** fixed timestamp (seconds, as a string); when absent the injected clock is used */
  timestamp?: string;
  /** include oauth_version=1.0 (default true) */
  includeVersion?: boolean;
  callback?: string;
  verifier?: string;
  realm?: string;
  /** non-oauth parameters sent inside the Authorization header, e.g. Akana's `scope` */
  extraHeaderParams?: readonly Param[];
  /** oauth_body_hash (OAuth Request Body Hash extension); 'auto' = only for non-form bodies */
  bodyHash?: BodyHashMode;
}

export interface SignInput {
  request: HttpRequest;
  credentials: Credentials;
  protocol: ProtocolOptions;
  placement: Placement;
  /** milliseconds since the epoch; injected so tests can fix time */
  clock?: () => number;
  /** injected so tests can fix randomness */
  nonceSource?: () => string;
}

export interface EncodedParam {
  readonly ref: number;
  readonly name: string;
  readonly value: string;
  readonly encodedName: string;
  readonly encodedValue: string;
}

/** A part of a longer string that came from one parameter: [start, end) offsets. */
export interface Span {
  readonly ref: number;
  readonly start: number;
  readonly end: number;
}

export interface BaseStringParts {
  readonly method: string;
  readonly uri: string;
  /** the normalized parameter string (not yet encoded again) */
  readonly parameters: string;
  /** method & encode(uri) & encode(parameters) */
  readonly full: string;
  /** where each parameter sits inside `full` */
  readonly spans: readonly Span[];
}

export interface SigningKeyParts {
  readonly consumerSecretEncoded: string;
  readonly tokenSecretEncoded: string;
  /** consumerSecretEncoded & tokenSecretEncoded; for RSA the key is the PEM and this is '' */
  readonly key: string;
}

/** Every step of RFC 5849 §3.4, as data. */
export interface SignatureTrace {
  readonly collected: readonly SourcedParam[];
  readonly encoded: readonly EncodedParam[];
  readonly sorted: readonly EncodedParam[];
  readonly normalized: { readonly value: string; readonly spans: readonly Span[] };
  readonly baseString: BaseStringParts;
  readonly signingKey: SigningKeyParts;
  readonly signatureMethod: SignatureMethod;
  /** raw digest as lower-case hex (for PLAINTEXT: '' — there is no digest) */
  readonly digestHex: string;
  /** base64 signature (PLAINTEXT: the key itself) */
  readonly signature: string;
}

export interface SignResult {
  readonly trace: SignatureTrace;
  /** every oauth_* parameter that was sent, including oauth_signature */
  readonly oauthParams: readonly Param[];
  /** the request with the oauth parameters placed where `placement` says */
  readonly signedRequest: HttpRequest;
  /** present for the header placement */
  readonly authorizationHeader?: string;
}

export interface VerifyInput {
  /** a request that already carries oauth_signature (header, query or form body) */
  request: HttpRequest;
  consumerSecret: string;
  tokenSecret?: string;
  privateKeyPem?: string;
  /** RSA verification needs the public key; optional */
  publicKeyPem?: string;
}

export interface VerifyResult {
  readonly matches: boolean;
  /** the signature the request carries, decoded */
  readonly given: string;
  /** the signature sigstep computes for the same request (for RSA with only a public key: '') */
  readonly expected: string;
  readonly trace: SignatureTrace;
}
