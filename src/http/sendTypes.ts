/** What send() takes and returns. An HTTP 4xx/5xx is an answer (ok: true); only a request that got no answer is a failure. */

export type SendOptions =
  | { readonly via: 'direct' }
  | { readonly via: 'relay'; readonly relayUrl: string; readonly relayToken: string };

export interface SendResponse {
  readonly status: number;
  readonly statusText: string;
  /** as the browser lets the page read them (CORS hides all but a few unless the server exposes them) */
  readonly headers: [string, string][];
  readonly body: string;
  readonly durationMs: number;
}

export type SendFailureKind = 'cors' | 'network' | 'mixed-content' | 'timeout' | 'relay-refused' | 'invalid-request' | 'aborted';

export interface SendFailure {
  readonly kind: SendFailureKind;
  /** what happened, in plain words */
  readonly message: string;
  /** what to do about it */
  readonly advice: string;
  /** the relay's error code, when the relay refused */
  readonly code?: string;
}

export type SendOutcome =
  | { readonly ok: true; readonly response: SendResponse; readonly droppedHeaders: readonly string[] }
  | { readonly ok: false; readonly failure: SendFailure; readonly droppedHeaders: readonly string[] };
