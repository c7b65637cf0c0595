/**
 * A small static server for the built app (dist/) that also carries the
 * provider and the relay the way the dev server does. The e2e tests drive a
 * browser against it.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { mountServers } from './mountServers.ts';
import { listen } from './shared/listen.ts';
import { createTimedServer } from './shared/timedServer.ts';
import { splitQuery } from './shared/mount.ts';
import { sendText } from './shared/respond.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface AppServerOptions {
  readonly distDir: string;
  /** 0 (the default) picks a free port. It listens on 127.0.0.1. */
  readonly port?: number;
}

export async function startAppServer(options: AppServerOptions): Promise<{ url: string; relayToken: string; close(): Promise<void> }> {
  const root = resolve(options.distDir);
  const servers = mountServers();
  const server = createTimedServer((req, res) => {
    if (servers.dispatch(req, res)) return;
    serveStatic(root, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Could not read the file.\n');
      else res.destroy();
    });
  });
  const { url, close } = await listen(server, options.port ?? 0, '127.0.0.1');
  return { url, relayToken: servers.relayToken, close };
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Static files answer GET and HEAD.\n', { Allow: 'GET, HEAD' });
    return;
  }
  let path: string;
  try {
    path = decodeURIComponent(splitQuery(req.url ?? '/').path);
  } catch {
    sendText(res, 400, 'Malformed path.\n');
    return;
  }
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) {
    sendText(res, 403, 'Outside the app.\n');
    return;
  }
  const found = await fileAt(file.endsWith(sep) || file === root ? resolve(file, 'index.html') : file);
  // SPA fallback: a path with no extension (the callback route, say) is the app's own route.
  const served = found ?? (extname(path) === '' ? await fileAt(resolve(root, 'index.html')) : undefined);
  if (served === undefined) {
    sendText(res, 404, 'Not found.\n');
    return;
  }
  const type = CONTENT_TYPES[extname(served.path).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': served.size,
    // Vite's hashed assets never change; index.html must be re-read to find the new ones.
    'Cache-Control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(served.path).on('error', () => res.destroy()).pipe(res);
}

async function fileAt(path: string): Promise<{ path: string; size: number } | undefined> {
  try {
    const info = await stat(path);
    if (info.isFile()) return { path, size: info.size };
    if (info.isDirectory()) return fileAt(resolve(path, 'index.html'));
    return undefined;
  } catch {
    return undefined;
  }
}
