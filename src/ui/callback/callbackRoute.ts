/**
 * Which page to start: the app, or the callback route the provider redirects to.
 * Its own module because main.tsx needs it on every load, and the hand-off code
 * beside it belongs to the Flow tab and the callback page, which load lazily.
 */
/** Is this path the app's callback route (`${BASE_URL}callback`)? */
export function isCallbackRoute(pathname: string, base: string = import.meta.env.BASE_URL): boolean {
  return trimSlashes(pathname) === `${trimSlashes(base)}/callback`;
}

/** A loop, not `/\/+$/`: that regex is quadratic on a path of many slashes, and the path is whatever URL was opened. */
function trimSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return path.slice(0, end);
}
