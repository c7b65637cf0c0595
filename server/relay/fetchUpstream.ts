import type { ForwardRequest } from './forwardRequest.ts';

export interface ForwardedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: [string, string][];
  readonly body: string;
  readonly durationMs: number;
}

export type UpstreamResult =
  | { readonly ok: true; readonly value: ForwardedResponse }
  | { readonly ok: false; readonly code: 'bad-request' | 'upstream-unreachable' | 'upstream-too-large' | 'timeout'; readonly message: string };

export interface UpstreamLimits {
  readonly fetchImpl: typeof fetch;
  readonly maxBodyBytes: number;
  readonly timeoutMs: number;
  /** Aborts the upstream request, e.g. when the app hung up. */
  readonly cancel: AbortSignal;
}

/**
 * Performs the request the app described. Redirects are returned, not followed:
 * the three-legged flow needs to see the authorize redirect itself. The time
 * limit covers the whole exchange, body included, and the body is read only up
 * to the cap, so a slow or huge upstream cannot hold the relay.
 */
export async function fetchUpstream(request: ForwardRequest, limits: UpstreamLimits): Promise<UpstreamResult> {
  let headers: Headers;
  try {
    headers = new Headers(request.headers.map(([n, v]) => [n, v] as [string, string]));
  } catch {
    return { ok: false, code: 'bad-request', message: 'A header name or value is not valid HTTP.' };
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), limits.timeoutMs);
  const signal = AbortSignal.any([timeout.signal, limits.cancel]);
  const started = performance.now();
  try {
    const response = await limits.fetchImpl(request.url, {
      method: request.method,
      headers,
      redirect: 'manual',
      signal,
      ...(request.body === '' ? {} : { body: request.body }),
    });
    const body = await readCapped(response, limits.maxBodyBytes);
    if (body === undefined) {
      return { ok: false, code: 'upstream-too-large', message: `The response body is larger than ${limits.maxBodyBytes} bytes.` };
    }
    return {
      ok: true,
      value: {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body,
        durationMs: Math.round(performance.now() - started),
      },
    };
  } catch (error) {
    if (timeout.signal.aborted) {
      return { ok: false, code: 'timeout', message: `No complete answer within ${limits.timeoutMs} ms.` };
    }
    return { ok: false, code: 'upstream-unreachable', message: `Could not reach ${request.url.host}: ${describe(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or undefined once it passes `max` bytes (the rest is not read). */
async function readCapped(response: Response, max: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel();
    return undefined;
  }
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The network reason only (ECONNREFUSED, ENOTFOUND, …), never the request: it may carry secrets. */
function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : 'network error';
}
