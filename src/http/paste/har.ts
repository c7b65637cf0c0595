/**
 * HAR (HTTP Archive 1.2, what browsers' devtools export): a whole log (its first
 * entry is used), one entry, or an entry's `request` object.
 */
import type { HttpRequest, Result } from '../../engine/types.ts';
import { parseJson } from '../jsonErrorAt.ts';
import { checkRequestAuthorization } from './authorizationHeader.ts';
import { ALL_KNOWN, pasteError, pasted, type Pasted } from './types.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseHar(text: string, from: number, to: number): Result<Pasted> {
  const json = parseJson(text.slice(from, to));
  if (!json.ok) return pasteError('bad-json', `This is not valid JSON: ${json.message}`, from + json.at);
  const notes: string[] = [];
  const request = findRequest(json.value, notes);
  if (!request) {
    return pasteError('not-har', 'This JSON is not a HAR: expected log.entries[0].request, an entry with "request", or a request with "method", "url" and "headers".', from);
  }
  const read = readRequest(request, notes);
  if (typeof read === 'string') return pasteError('bad-har', read, from);
  const failure = checkRequestAuthorization(read, from);
  if (failure) return failure;
  return pasted('har', read, ALL_KNOWN, notes);
}

function findRequest(value: unknown, notes: string[]): Json | undefined {
  if (!isObject(value)) return undefined;
  const log = value['log'];
  if (isObject(log) && Array.isArray(log['entries'])) {
    const entries: unknown[] = log['entries'];
    if (entries.length > 1) notes.push(`The HAR holds ${entries.length} requests; sigstep read the first. Export just one to check another.`);
    return findRequest(entries[0], notes);
  }
  if (isObject(value['request'])) return value['request'];
  return typeof value['method'] === 'string' && typeof value['url'] === 'string' ? value : undefined;
}

/** The request model, or what is wrong with the HAR request. */
function readRequest(r: Json, notes: string[]): HttpRequest | string {
  const { method, url } = r;
  if (typeof method !== 'string' || typeof url !== 'string') return 'The HAR request needs "method" and "url" strings.';
  const rawHeaders = r['headers'] ?? [];
  if (!Array.isArray(rawHeaders)) return 'The HAR request\'s "headers" must be a list of {"name", "value"}.';
  const headers: [string, string][] = [];
  for (const h of rawHeaders as unknown[]) {
    if (!isObject(h) || typeof h['name'] !== 'string' || typeof h['value'] !== 'string') {
      return 'Each HAR header must be {"name": "…", "value": "…"}.';
    }
    // HTTP/2 pseudo-headers (:authority, :path…) repeat the method and URL; they are not headers to send.
    if (!h['name'].startsWith(':')) headers.push([h['name'], h['value']]);
  }
  const body = readBody(r['postData'], notes);
  if (body === undefined) return 'The HAR "postData" must have a "text" string (or "params").';
  return { method, url, headers, body };
}

function readBody(postData: unknown, notes: string[]): string | undefined {
  if (postData === undefined || postData === null) return '';
  if (!isObject(postData)) return undefined;
  if (typeof postData['text'] === 'string') return postData['text'];
  const params = postData['params'];
  if (!Array.isArray(params)) return undefined;
  const fields: string[] = [];
  for (const p of params as unknown[]) {
    if (!isObject(p) || typeof p['name'] !== 'string') return undefined;
    fields.push(`${p['name']}=${typeof p['value'] === 'string' ? p['value'] : ''}`);
  }
  notes.push('The HAR has no postData.text, so the body was rebuilt from postData.params as the browser recorded them.');
  return fields.join('&');
}
