/** Header lookups on the request model's `[name, value][]` (names are case-insensitive, RFC 9110 §5.1). */
import type { HttpRequest } from './types.ts';

export function findHeader(headers: HttpRequest['headers'], name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [n, v] of headers) if (n.toLowerCase() === lower) return v;
  return undefined;
}

/**
 * True when the body is application/x-www-form-urlencoded — the only body RFC 5849
 * §3.4.1.3.1 signs. Parameters such as `; charset=UTF-8` and any letter case are allowed.
 */
export function isFormContentType(headers: HttpRequest['headers']): boolean {
  const type = findHeader(headers, 'content-type');
  if (type === undefined) return false;
  const semi = type.indexOf(';');
  return (semi === -1 ? type : type.slice(0, semi)).trim().toLowerCase() === 'application/x-www-form-urlencoded';
}
