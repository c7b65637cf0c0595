/**
 * A loopback server that checks OAuth 1.0a signatures with oauth-sign, an
 * implementation that shares nothing with src/engine — for secrets the reference
 * provider's fixed demo credentials cannot exercise (spaces, quotes, Unicode).
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { generateBase, sign } from 'oauth-sign';
import { startEchoServer, type EchoServer } from './echoServer.ts';

type Params = Record<string, string[]>;

function add(params: Params, name: string, value: string): void {
  (params[name] ??= []).push(value);
}

/** RFC 5849 §3.4.1.3.1, written independently: query, Authorization header (minus realm), form body. */
function collect(req: IncomingMessage, body: Buffer): Params {
  const params: Params = {};
  const url = new URL(req.url ?? '/', 'http://x');
  for (const [n, v] of url.searchParams) add(params, n, v);
  const auth = req.headers.authorization ?? '';
  if (auth.startsWith('OAuth ')) {
    for (const m of auth.slice(6).matchAll(/([^\s,=]+)="([^"]*)"/g)) {
      if (m[1] !== 'realm') add(params, decodeURIComponent(m[1] ?? ''), decodeURIComponent(m[2] ?? ''));
    }
  }
  if ((req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    for (const [n, v] of new URLSearchParams(body.toString('utf8'))) add(params, n, v);
  }
  return params;
}

export async function startOAuthSignServer(consumerSecret: string, tokenSecret: string): Promise<EchoServer> {
  return startEchoServer((req, body) => {
    const params = collect(req, body);
    const given = params['oauth_signature']?.[0] ?? '';
    delete params['oauth_signature'];
    const method = params['oauth_signature_method']?.[0] ?? '';
    const baseUri = `http://${req.headers.host ?? ''}${new URL(req.url ?? '/', 'http://x').pathname}`;
    const expected = method === 'HMAC-SHA512'
      ? createHmac('sha512', sign('PLAINTEXT', '', '', {}, consumerSecret, tokenSecret)).update(generateBase(req.method ?? '', baseUri, params)).digest('base64')
      : sign(method, req.method ?? '', baseUri, params, consumerSecret, tokenSecret);
    return given === expected ? { status: 200, body: 'signature ok' } : { status: 401, body: `oauth_problem=signature_invalid&expected=${expected}&given=${given}` };
  });
}
