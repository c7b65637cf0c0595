import type { IncomingMessage } from 'node:http';

/** Which origins may use the relay: a fixed list, or a rule that can look at the request. */
export type OriginPolicy = readonly string[] | ((origin: string, req: IncomingMessage) => boolean);

/** `http://localhost:5173/` → `http://localhost:5173`; undefined when not a URL origin. */
export function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The origin a request comes from, as far as the relay may trust it. A browser
 * sends Origin on every cross-origin request and on every POST; the one request
 * it sends without (a same-origin GET, such as the dev app fetching /token) it
 * marks `Sec-Fetch-Site: same-origin`, a header no page can forge. Then the
 * origin is the request's own. Anything else without an Origin is not a
 * browser page the relay serves, and gets undefined.
 */
export function requestOrigin(req: IncomingMessage): string | undefined {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && origin !== '') return normalizeOrigin(origin);
  if (req.headers['sec-fetch-site'] === 'same-origin' && req.headers.host !== undefined) {
    const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
    return normalizeOrigin(`${encrypted ? 'https' : 'http'}://${req.headers.host}`);
  }
  return undefined;
}

/** Compiles a policy into one check. */
export function originChecker(policy: OriginPolicy): (origin: string, req: IncomingMessage) => boolean {
  if (typeof policy === 'function') return policy;
  const allowed = new Set(policy.map((o) => normalizeOrigin(o) ?? o));
  return (origin) => allowed.has(origin);
}

/**
 * The policy for a relay mounted in the app's own server: the app's origin is
 * whatever host the browser reached that server by, so allow exactly the origin
 * whose host is the request's Host. (Where the server listens beyond loopback,
 * a DNS-rebinding page could meet this; the Vite dev server's allowedHosts check
 * runs first and stops that, and startAppServer only listens on loopback.)
 */
export function sameHostOrigin(origin: string, req: IncomingMessage): boolean {
  const host = req.headers.host;
  if (host === undefined) return false;
  try {
    return new URL(origin).host === new URL(`http://${host}`).host;
  } catch {
    return false;
  }
}
