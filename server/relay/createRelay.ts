import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listen } from '../shared/listen.ts';
import { createTimedServer, type RequestTimeouts } from '../shared/timedServer.ts';
import { mountedUrl, splitQuery } from '../shared/mount.ts';
import { ONE_MIB, readBody } from '../shared/readBody.ts';
import { sendJson } from '../shared/respond.ts';
import { sameString } from '../shared/sameString.ts';
import { fetchUpstream } from './fetchUpstream.ts';
import { parseForwardRequest } from './forwardRequest.ts';
import { originChecker, requestOrigin, type OriginPolicy } from './originPolicy.ts';
import { sendRelayError } from './relayErrors.ts';

export const RELAY_TOKEN_HEADER = 'X-Sigstep-Relay-Token';

export interface RelayOptions {
  /** Origins allowed to use the relay (exact, e.g. 'http://localhost:5173'), or a rule. */
  readonly allowedOrigins: OriginPolicy;
  /** Default: 32 random bytes, hex, fresh for every relay. */
  readonly token?: string;
  readonly fetchImpl?: typeof fetch;
  /** Cap on the request body and on the upstream response body (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** Cap on the whole upstream exchange (default 15 000 ms). */
  readonly timeoutMs?: number;
  /** The prefix it is mounted under when the server in front does not strip it, e.g. '/__relay'. */
  readonly mountPath?: string;
}

export interface Relay {
  readonly token: string;
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * The loopback relay: forwards a request the app describes, so the app can read
 * answers from providers that send no CORS headers. Only the app's origin, with
 * the token, may use it. It logs nothing, ever: requests carry secrets.
 */
export function createRelay(options: RelayOptions): Relay {
  const token = options.token ?? randomBytes(32).toString('hex');
  const isAllowed = originChecker(options.allowedOrigins);
  const limits = {
    fetchImpl: options.fetchImpl ?? fetch,
    maxBodyBytes: options.maxBodyBytes ?? ONE_MIB,
    timeoutMs: options.timeoutMs ?? 15_000,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = requestOrigin(req);
    if (origin === undefined || !isAllowed(origin, req)) {
      req.resume();
      sendRelayError(res, 'bad-origin', 'Only the sigstep app\'s own origin may use this relay.');
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    const route = splitQuery(mountedUrl(req, options.mountPath).route).path;
    const method = req.method ?? 'GET';
    if (method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': `${RELAY_TOKEN_HEADER}, Content-Type`,
        'Access-Control-Max-Age': '600',
        'Content-Length': 0,
      });
      res.end();
    } else if (route === '/token') {
      if (method === 'GET' || method === 'POST') sendJson(res, 200, { token });
      else sendRelayError(res, 'bad-method', 'Use GET /token.');
    } else if (route === '/forward') {
      if (method === 'POST') await forward(req, res);
      else sendRelayError(res, 'bad-method', 'Use POST /forward.');
    } else {
      sendRelayError(res, 'not-found', 'The relay answers POST /forward and GET /token.');
    }
  }

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const presented = req.headers[RELAY_TOKEN_HEADER.toLowerCase()];
    if (typeof presented !== 'string' || !sameString(presented, token)) {
      req.resume();
      sendRelayError(res, 'bad-token', `Missing or wrong ${RELAY_TOKEN_HEADER}.`);
      return;
    }
    const body = await readBody(req, limits.maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'too-large') sendRelayError(res, 'too-large', `The request is larger than ${limits.maxBodyBytes} bytes.`);
      else res.destroy();
      return;
    }
    const parsed = parseForwardRequest(body.body.toString('utf8'));
    if (!parsed.ok) {
      sendRelayError(res, parsed.code, parsed.message);
      return;
    }
    const hangUp = new AbortController();
    res.on('close', () => hangUp.abort());
    const result = await fetchUpstream(parsed.value, { ...limits, cancel: hangUp.signal });
    if (result.ok) sendJson(res, 200, result.value);
    else sendRelayError(res, result.code, result.message);
  }

  return {
    token,
    handler: (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: { code: 'internal', message: 'The relay failed.' } });
        else res.destroy();
      });
    },
  };
}

export interface StartRelayOptions extends Omit<RelayOptions, 'mountPath'>, RequestTimeouts {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

/** Starts the relay on 127.0.0.1 — only there: it forwards with no other authentication than its token. */
export async function startRelay(options: StartRelayOptions): Promise<{ url: string; token: string; address: AddressInfo; close(): Promise<void> }> {
  const { port = 0, headersTimeoutMs, requestTimeoutMs, ...relayOptions } = options;
  const relay = createRelay(relayOptions);
  const listening = await listen(createTimedServer(relay.handler, { headersTimeoutMs, requestTimeoutMs }), port, '127.0.0.1');
  return { url: listening.url, token: relay.token, address: listening.address, close: listening.close };
}
