import type { IncomingMessage } from 'node:http';

export interface MountedUrl {
  /** The prefix the handler is mounted under ('' when at the root), e.g. '/provider'. */
  readonly prefix: string;
  /** Path and query relative to the mount, always starting with '/'. */
  readonly route: string;
  /** Path and query exactly as the client sent them, prefix included. */
  readonly full: string;
}

/**
 * Where a request landed relative to a mount point. Connect (Vite's middleware
 * stack) strips the prefix from `req.url` and keeps the original in
 * `req.originalUrl`; a bare node:http server passes the full path in `req.url`.
 * Both arrive at the same answer here, so handlers need not know who mounted them.
 */
export function mountedUrl(req: IncomingMessage, mountPath = ''): MountedUrl {
  const url = originForm(req.url ?? '/');
  const original = (req as IncomingMessage & { originalUrl?: string }).originalUrl;
  if (original !== undefined && original !== url) {
    const full = originForm(original);
    const fullPath = splitQuery(full).path;
    const routePath = splitQuery(url).path;
    // Connect turns '/provider' into '/', so a bare mount root has no trailing slash to match.
    const tail = routePath === '/' && !fullPath.endsWith('/') ? '' : routePath;
    if (fullPath.endsWith(tail)) {
      return { prefix: fullPath.slice(0, fullPath.length - tail.length).replace(/\/$/, ''), route: url, full };
    }
  }
  if (mountPath !== '' && isUnder(url, mountPath)) {
    const rest = url.slice(mountPath.length);
    return { prefix: mountPath, route: rest.startsWith('/') ? rest : `/${rest}`, full: url };
  }
  return { prefix: '', route: url, full: url };
}

/** True when `url` is `mountPath` itself or below it (not merely sharing a prefix, like '/providerX'). */
export function isUnder(url: string, mountPath: string): boolean {
  if (!url.startsWith(mountPath)) return false;
  const next = url.charAt(mountPath.length);
  return next === '' || next === '/' || next === '?';
}

/** A proxy-style absolute request-target ('http://host/path?q') reduced to '/path?q'. */
function originForm(target: string): string {
  if (target.startsWith('/')) return target;
  try {
    const u = new URL(target);
    return u.pathname + u.search;
  } catch {
    return `/${target}`;
  }
}

/** Splits '/a/b?x=1' into its path and its raw query (without '?'). */
export function splitQuery(pathAndQuery: string): { path: string; query: string } {
  const q = pathAndQuery.indexOf('?');
  return q < 0 ? { path: pathAndQuery, query: '' } : { path: pathAndQuery.slice(0, q), query: pathAndQuery.slice(q + 1) };
}
