/** What curl sends for the options it was given (curl(1): -d implies POST and a form Content-Type, -G moves data to the query). */
import type { Result } from '../../engine/types.ts';
import { base64Utf8 } from '../base64.ts';
import { checkRequestAuthorization } from './authorizationHeader.ts';
import type { CurlState } from './curlOptions.ts';
import { ALL_KNOWN, pasteError, pasted, type Pasted } from './types.ts';

const hasScheme = (url: string): boolean => /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url);

/** `end` is where the command ends: a missing URL is reported there. */
export function curlRequest(s: CurlState, end: number): Result<Pasted> {
  const first = s.urls[0];
  if (!first) return pasteError('no-url', 'The curl command has no URL.', end);
  const second = s.urls[1];
  if (second) return pasteError('several-urls', `The curl command has more than one URL; "${second.value.slice(0, 60)}" is the second. Paste one request at a time.`, second.at);
  if (s.user && !s.user.value.includes(':')) {
    return pasteError('no-password', `-u ${s.user.value.slice(0, 40)} has no ":password", so curl would stop and ask for it. Write -u 'user:password'.`, s.user.at);
  }
  let url = first.value;
  if (!hasScheme(url)) {
    url = `http://${url}`;
    s.notes.push(`The URL has no scheme, so curl uses http://: ${url.slice(0, 80)}`);
  }
  const hasData = s.data.length > 0;
  let body = s.data.map((d, i) => (i === 0 ? d.text : d.joiner + d.text)).join('');
  if (s.get && hasData) {
    url += (url.includes('?') ? '&' : '?') + body;
    body = '';
  }
  const method = s.method ?? (s.head ? 'HEAD' : s.get ? 'GET' : hasData ? 'POST' : 'GET');
  const headers = [...s.headers];
  const defaults: [string, string][] = [];
  if (s.user) defaults.push(['Authorization', `Basic ${base64Utf8(s.user.value)}`]);
  if (hasData && !s.get) defaults.push(['Content-Type', s.json ? 'application/json' : 'application/x-www-form-urlencoded']);
  if (s.json) defaults.push(['Accept', 'application/json']);
  for (const [name, value] of defaults) addDefault(s, headers, name, value);
  const request = { method, url, headers, body };
  const failure = checkRequestAuthorization(request, s.authorizationAt ?? end);
  if (failure) return failure;
  return pasted('curl', request, ALL_KNOWN, s.notes);
}

/** curl adds its own header only when the command neither gives one of that name nor removes it with `-H 'Name:'`. */
function addDefault(s: CurlState, headers: [string, string][], name: string, value: string): void {
  const lower = name.toLowerCase();
  if (s.suppressed.has(lower)) return;
  if (headers.some(([n]) => n.toLowerCase() === lower)) {
    if (lower === 'authorization') s.notes.push('Both -u and an Authorization header are given; curl sends the header, so sigstep does too.');
    return;
  }
  headers.push([name, value]);
}
