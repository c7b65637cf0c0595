/**
 * RFC 3986 §5.2.4 remove_dot_segments, as every HTTP client applies it before
 * sending (fetch and WHATWG URL, curl, the relay). The server sees the resolved
 * path, so the base string URI must be built from it too, or a URL typed as
 * `/a/../b` could never verify.
 */

/** WHATWG URL also reads `%2e` as a dot in a path segment. */
function isDot(segment: string): boolean {
  return segment === '.' || segment.toLowerCase() === '%2e';
}

function isDotDot(segment: string): boolean {
  if (segment.length !== 2 && segment.length !== 4 && segment.length !== 6) return false;
  const s = segment.toLowerCase().replaceAll('%2e', '.');
  return s === '..';
}

function mayHaveDotSegment(path: string): boolean {
  return path.includes('/.') || /\/%2e/i.test(path);
}

/** `path` starts with `/` (the engine passes only absolute paths). */
export function removeDotSegments(path: string): string {
  if (!mayHaveDotSegment(path)) return path;
  const segments = path.slice(1).split('/');
  const out: string[] = [];
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (isDot(segment)) {
      if (last) out.push('');
    } else if (isDotDot(segment)) {
      out.pop();
      if (last) out.push('');
    } else {
      out.push(segment);
    }
  });
  return `/${out.join('/')}`;
}
