import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen } from '../shared/listen.ts';
import { createTimedServer, type RequestTimeouts } from '../shared/timedServer.ts';
import { mountedUrl, splitQuery } from '../shared/mount.ts';
import { ONE_MIB, readBody } from '../shared/readBody.ts';
import { sendText } from '../shared/respond.ts';
import { allowAnyOrigin, answerPreflight } from './cors.ts';
import { NonceMemory } from './nonces.ts';
import { OAuth1Tokens } from './oauth1Tokens.ts';
import { OAuth2Tokens } from './oauth2Tokens.ts';
import type { ProviderContext } from './providerContext.ts';
import { ROUTES } from './routes.ts';

export interface ProviderOptions {
  /** Send CORS headers (default true). Off, a browser cannot read the answers: the relay's reason to exist. */
  readonly cors?: boolean;
  /** The provider's clock in ms since 1970 (default Date.now); tests move it. */
  readonly now?: () => number;
  /** The prefix it is mounted under when the server in front does not strip it, e.g. '/provider'. */
  readonly mountPath?: string;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The reference provider as a node:http handler. State lives in the closure,
 * one provider per call. It never throws and never logs.
 */
export function createProvider(options: ProviderOptions = {}): RequestHandler {
  const now = options.now ?? Date.now;
  const ctx: ProviderContext = {
    now,
    oauth1: new OAuth1Tokens(now),
    nonces: new NonceMemory(),
    oauth2: new OAuth2Tokens(now),
  };
  return (req, res) => {
    handle(ctx, options, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'The provider failed to handle this request.\n');
      else res.destroy();
    });
  };
}

async function handle(ctx: ProviderContext, options: ProviderOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // The provider's own clock, so a client can measure its skew against the same
  // clock that judges oauth_timestamp.
  res.setHeader('Date', new Date(ctx.now()).toUTCString());
  if (options.cors !== false) allowAnyOrigin(res);
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    if (options.cors !== false) answerPreflight(res);
    else res.writeHead(204, { Allow: 'GET, POST, OPTIONS', 'Content-Length': 0 }).end();
    return;
  }
  const url = mountedUrl(req, options.mountPath);
  const { path: route, query } = splitQuery(url.route);
  const found = ROUTES.get(route.length > 1 ? route.replace(/\/$/, '') : route);
  if (found === undefined) {
    sendText(res, 404, `No such endpoint: ${route}. See ${url.prefix}/ for the list.\n`);
    return;
  }
  if (!found.methods.includes(method)) {
    sendText(res, 405, `${route} answers ${found.methods.join(', ')}.\n`, { Allow: [...found.methods, 'OPTIONS'].join(', ') });
    return;
  }
  const body = await readBody(req, ONE_MIB);
  if (!body.ok) {
    if (body.reason === 'too-large') sendText(res, 413, 'The request body is larger than 1 MiB.\n', { Connection: 'close' });
    else res.destroy();
    return;
  }
  found.endpoint(ctx, {
    req, res, method, route, query,
    prefix: url.prefix,
    fullPath: splitQuery(url.full).path,
    body: body.body.toString('utf8'),
  });
}

export interface StartProviderOptions extends Omit<ProviderOptions, 'mountPath'>, RequestTimeouts {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

/** Starts the provider on its own server (loopback by default). */
export async function startProvider(options: StartProviderOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const { port = 0, host = '127.0.0.1', headersTimeoutMs, requestTimeoutMs, ...providerOptions } = options;
  const server = createTimedServer(createProvider(providerOptions), { headersTimeoutMs, requestTimeoutMs });
  const { url, close } = await listen(server, port, host);
  return { url, close };
}
