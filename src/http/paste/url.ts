/** A full http(s) URL on its own: the query carries the oauth_* parameters (MediaMosa's placement). */
import type { Result } from '../../engine/types.ts';
import { pasteError, pasted, type Pasted } from './types.ts';

export function parseUrlPaste(text: string, from: number, to: number): Result<Pasted> {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20) return pasteError('space-in-url', 'A URL cannot contain spaces or line breaks; write a space in a value as %20.', i);
  }
  const url = text.slice(from, to);
  if (!isUrl(url)) return pasteError('bad-url', 'This is not a valid URL.', from);
  // A URL alone says nothing about the method: GET is what a browser would send, but the store keeps the user's method.
  return pasted('url', { method: 'GET', url, headers: [], body: '' }, { method: false, url: true, headers: false, body: false }, [
    'A URL alone does not say which method it is sent with; GET was assumed.',
  ]);
}

function isUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
