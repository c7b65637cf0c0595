/**
 * The relay's wire format (server/relay): POST {relayUrl}/forward with
 * X-Sigstep-Relay-Token and JSON { method, url, headers, body }; it answers 200
 * { status, statusText, headers, body } or an error { error: { code, message } }.
 */
import type { HttpRequest } from '../engine/types.ts';
import { parseJson } from './jsonErrorAt.ts';
import type { SendFailure, SendFailureKind } from './sendTypes.ts';

export const RELAY_TOKEN_HEADER = 'X-Sigstep-Relay-Token';

/**
 * `url` without its trailing slashes. A loop: `/\/+$/` retries from every slash
 * of a long run, quadratic on a URL of many slashes (fuzz/, issue 6).
 */
export function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url.charCodeAt(end - 1) === 0x2f) end--;
  return url.slice(0, end);
}

export function forwardUrl(relayUrl: string): string {
  return `${withoutTrailingSlashes(relayUrl)}/forward`;
}

export function forwardBody(req: HttpRequest): string {
  return JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: req.body });
}

export interface RelayedAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly body: string;
}

const isPair = (h: unknown): h is [string, string] =>
  Array.isArray(h) && h.length === 2 && typeof h[0] === 'string' && typeof h[1] === 'string';

/** The provider's answer inside a 200 from the relay, or undefined when the JSON is not one. */
export function readRelayedAnswer(text: string): RelayedAnswer | undefined {
  const json = parseJson(text);
  if (!json.ok || typeof json.value !== 'object' || json.value === null) return undefined;
  const { status, statusText, headers, body } = json.value as Record<string, unknown>;
  if (typeof status !== 'number' || typeof statusText !== 'string' || typeof body !== 'string') return undefined;
  if (!Array.isArray(headers) || !headers.every(isPair)) return undefined;
  return { status, statusText, headers: headers.map(([n, v]) => [n, v]), body };
}

/** What each relay error code means for the person (codes from server/relay/relayErrors.ts). */
const RELAY_CODES: Readonly<Record<string, { kind: SendFailureKind; advice: string }>> = {
  timeout: { kind: 'timeout', advice: 'The provider did not answer within 15 seconds. Check the URL, and that the provider is up.' },
  'upstream-unreachable': { kind: 'network', advice: 'The relay could not connect to the provider: check the host name and port, and that the provider is running.' },
  'bad-url': { kind: 'invalid-request', advice: 'Enter a full http(s) URL.' },
  'bad-scheme': { kind: 'invalid-request', advice: 'The relay forwards only http and https URLs.' },
  'bad-request': { kind: 'invalid-request', advice: 'The request cannot be forwarded as it is; the message says why.' },
  'bad-token': { kind: 'relay-refused', advice: 'The relay makes a new token each time it starts. Copy the current one from where the relay printed it.' },
  'bad-origin': { kind: 'relay-refused', advice: 'The relay serves only the app it was started with. Open sigstep from that address.' },
  'too-large': { kind: 'relay-refused', advice: 'The relay forwards bodies up to 1 MiB.' },
  'upstream-too-large': { kind: 'relay-refused', advice: "The provider's answer was larger than the 1 MiB the relay passes on. Use the curl command." },
};

/** A non-200 answer from the relay itself. */
export function relayFailure(status: number, text: string): SendFailure {
  const json = parseJson(text);
  const error = json.ok && typeof json.value === 'object' && json.value !== null ? (json.value as { error?: unknown }).error : undefined;
  const { code, message } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') {
    return { kind: 'relay-refused', message: `The relay answered HTTP ${status} without saying why.`, advice: 'Check the relay URL: it should point at a running sigstep relay.' };
  }
  const known = Object.hasOwn(RELAY_CODES, code) ? RELAY_CODES[code] : undefined;
  return {
    kind: known?.kind ?? 'relay-refused',
    message: typeof message === 'string' ? message : `The relay refused the request (${code}).`,
    advice: known?.advice ?? 'The relay refused to forward the request; its message says why.',
    code,
  };
}
