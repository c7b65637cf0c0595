/** The JSON the app posts to /forward, checked once here. */

export interface ForwardRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

export type ParsedForward =
  | { readonly ok: true; readonly value: ForwardRequest }
  | { readonly ok: false; readonly code: 'bad-json' | 'bad-request' | 'bad-url' | 'bad-scheme'; readonly message: string };

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Hop-by-hop and framing headers belong to each connection; fetch sets its own. */
const NOT_FORWARDED = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'upgrade', 'te', 'trailer', 'expect', 'proxy-connection']);

export function parseForwardRequest(text: string): ParsedForward {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'bad-json', message: 'The body is not valid JSON.' };
  }
  if (typeof json !== 'object' || json === null) return badRequest('Expected { method, url, headers, body }.');
  const { method, url, headers = [], body = '' } = json as Record<string, unknown>;
  if (typeof method !== 'string' || !TOKEN.test(method)) return badRequest('method must be an HTTP method name.');
  if (typeof url !== 'string') return badRequest('url must be a string.');
  if (!isHeaderList(headers)) return badRequest('headers must be an array of [name, value] string pairs.');
  if (typeof body !== 'string') return badRequest('body must be a string.');
  const upper = method.toUpperCase();
  if ((upper === 'GET' || upper === 'HEAD') && body !== '') return badRequest(`A ${upper} request cannot carry a body.`);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return { ok: false, code: 'bad-url', message: 'url is not an absolute URL.' };
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return { ok: false, code: 'bad-scheme', message: `Only http and https targets are forwarded, not ${target.protocol.replace(/:$/, '')}.` };
  }
  const forwarded = headers.filter(([name]) => !NOT_FORWARDED.has(name.toLowerCase()));
  return { ok: true, value: { method, url: target, headers: forwarded, body } };
}

function isHeaderList(value: unknown): value is [string, string][] {
  return Array.isArray(value) && value.every((h) => Array.isArray(h) && h.length === 2 && typeof h[0] === 'string' && typeof h[1] === 'string');
}

function badRequest(message: string): ParsedForward {
  return { ok: false, code: 'bad-request', message };
}
