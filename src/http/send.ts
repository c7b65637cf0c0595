/**
 * Fires the request model, directly with fetch or through the relay, and names
 * what went wrong in words. Never throws: every outcome is a value.
 */
import type { HttpRequest } from '../engine/types.ts';
import { classifyDirectFailure } from './directFailure.ts';
import { RELAY_TOKEN_HEADER, forwardBody, forwardUrl, readRelayedAnswer, relayFailure } from './relayProtocol.ts';
import { checkRequest, isForbiddenHeader } from './requestChecks.ts';
import type { SendFailure, SendOptions, SendOutcome } from './sendTypes.ts';

export const SEND_TIMEOUT_MS = 15_000;

/** The relay gives up on the provider after 15 s; waiting a little longer lets its own timeout answer arrive. */
const RELAY_GRACE_MS = 5_000;

type Fetch = typeof fetch;
const globalFetch: Fetch = (input, init) => fetch(input, init);

export async function send(
  req: HttpRequest, opts: SendOptions, fetchImpl: Fetch = globalFetch, signal?: AbortSignal, timeoutMs = SEND_TIMEOUT_MS,
): Promise<SendOutcome> {
  const invalid = checkRequest(req);
  if (invalid) return { ok: false, failure: invalid, droppedHeaders: [] };
  return opts.via === 'direct'
    ? sendDirect(req, fetchImpl, signal, timeoutMs)
    : sendViaRelay(req, opts, fetchImpl, signal, timeoutMs + RELAY_GRACE_MS);
}

/** Our timeout and the caller's cancel as one signal, and a way to tell afterwards which one fired. */
function deadline(timeoutMs: number, signal: AbortSignal | undefined): { signal: AbortSignal; timedOut: () => boolean } {
  const timeout = AbortSignal.timeout(timeoutMs);
  return { signal: signal ? AbortSignal.any([timeout, signal]) : timeout, timedOut: () => timeout.aborted };
}

async function sendDirect(req: HttpRequest, fetchImpl: Fetch, signal: AbortSignal | undefined, timeoutMs: number): Promise<SendOutcome> {
  const droppedHeaders = req.headers.filter(([name]) => isForbiddenHeader(name)).map(([name]) => name);
  const headers = req.headers.filter(([name]) => !isForbiddenHeader(name));
  const limit = deadline(timeoutMs, signal);
  const started = performance.now();
  let res: Response;
  try {
    res = await fetchImpl(req.url, {
      method: req.method, headers, signal: limit.signal, credentials: 'omit', cache: 'no-store',
      ...(req.body === '' ? {} : { body: req.body }),
    });
  } catch {
    // fetch rejects with a TypeError that says nothing useful; the context says more.
    const failure = classifyDirectFailure({
      target: new URL(req.url), page: pageLocation(), online: browserOnline(),
      timedOut: limit.timedOut(), aborted: signal?.aborted === true, timeoutMs,
    });
    return { ok: false, failure, droppedHeaders };
  }
  const body = await readText(res, limit.timedOut, signal);
  if (typeof body !== 'string') return { ok: false, failure: body, droppedHeaders };
  const response = { status: res.status, statusText: res.statusText, headers: [...res.headers], body, durationMs: performance.now() - started };
  return { ok: true, response, droppedHeaders };
}

/** The answer's body; the connection can still fail after the headers arrived. */
async function readText(res: Response, timedOut: () => boolean, signal: AbortSignal | undefined): Promise<string | SendFailure> {
  try {
    return await res.text();
  } catch {
    if (timedOut()) return { kind: 'timeout', message: 'The answer did not finish arriving in time.', advice: 'Try again; if it keeps happening, the server may be too slow.' };
    if (signal?.aborted === true) return { kind: 'aborted', message: 'The request was cancelled.', advice: 'Send it again when you are ready.' };
    return { kind: 'network', message: 'The connection broke while the answer was arriving.', advice: 'Send it again.' };
  }
}

function pageLocation(): { protocol: string; origin: string } | undefined {
  return (globalThis as { location?: { protocol: string; origin: string } }).location;
}

function browserOnline(): boolean {
  return (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
}

async function sendViaRelay(
  req: HttpRequest, opts: Extract<SendOptions, { via: 'relay' }>, fetchImpl: Fetch, signal: AbortSignal | undefined, timeoutMs: number,
): Promise<SendOutcome> {
  if (!/^https?:\/\/[^/]/i.test(opts.relayUrl)) {
    const failure: SendFailure = { kind: 'invalid-request', message: `"${opts.relayUrl}" is not a relay URL.`, advice: 'Enter the relay\'s full address, e.g. http://127.0.0.1:5174/__relay.' };
    return { ok: false, failure, droppedHeaders: [] };
  }
  const limit = deadline(timeoutMs, signal);
  const started = performance.now();
  let status: number;
  let text: string;
  try {
    const res = await fetchImpl(forwardUrl(opts.relayUrl), {
      method: 'POST', signal: limit.signal, credentials: 'omit', cache: 'no-store',
      headers: { 'Content-Type': 'application/json', [RELAY_TOKEN_HEADER]: opts.relayToken },
      body: forwardBody(req),
    });
    status = res.status;
    text = await res.text();
  } catch {
    return { ok: false, failure: relayUnreachable(opts.relayUrl, limit.timedOut(), signal?.aborted === true), droppedHeaders: [] };
  }
  if (status !== 200) return { ok: false, failure: relayFailure(status, text), droppedHeaders: [] };
  const answer = readRelayedAnswer(text);
  if (!answer) {
    const failure: SendFailure = { kind: 'relay-refused', message: 'The relay answered with something that is not a relayed response.', advice: 'Check the relay URL: it should point at a running sigstep relay.' };
    return { ok: false, failure, droppedHeaders: [] };
  }
  return { ok: true, response: { ...answer, durationMs: performance.now() - started }, droppedHeaders: [] };
}

function relayUnreachable(relayUrl: string, timedOut: boolean, aborted: boolean): SendFailure {
  if (aborted) return { kind: 'aborted', message: 'The request was cancelled.', advice: 'Send it again when you are ready.' };
  if (timedOut) return { kind: 'timeout', message: 'The relay did not answer in time.', advice: 'Check that the relay is running and that the provider answers.' };
  return { kind: 'network', message: `Could not reach the relay at ${relayUrl}.`, advice: 'Start it (npm start runs it inside the dev server; npm run relay runs it alone) and check the relay URL.' };
}
