import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** How long a client may take to send its headers, and its whole request. */
export interface RequestTimeouts {
  /** default 10 s: a slow client holding connections open (slowloris) is cut off with 408 */
  readonly headersTimeoutMs?: number | undefined;
  /** default 30 s, up to the 1 MiB body cap */
  readonly requestTimeoutMs?: number | undefined;
}

/**
 * node:http with limits for a loopback tool: Node's own defaults (60 s for the
 * headers, 300 s for the request, checked every 30 s) let a stalled client
 * hold a connection for minutes.
 */
export function createTimedServer(handler: (req: IncomingMessage, res: ServerResponse) => void, t: RequestTimeouts = {}): Server {
  const headersTimeout = t.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(t.requestTimeoutMs ?? 30_000, headersTimeout);
  // Node checks the limits on this interval, so it must be a fraction of the shortest one.
  const connectionsCheckingInterval = Math.max(50, Math.min(1000, Math.floor(headersTimeout / 4)));
  return createServer({ headersTimeout, requestTimeout, connectionsCheckingInterval }, handler);
}
