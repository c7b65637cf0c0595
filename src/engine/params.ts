/**
 * Parameter collection, RFC 5849 §3.4.1.3.1: the query, the OAuth Authorization
 * header and a form body, each parameter remembered with where it came from.
 */
import type { HttpRequest, Param, Result, SourcedParam } from './types.ts';
import { indexForm } from './formIndex.ts';
import { runPass } from './decodePass.ts';
import { ParamSet } from './paramSet.ts';
import { isOAuthScheme, parseAuthorizationHeader } from './authHeader.ts';
import { firstLoneSurrogate, loneSurrogateFailure } from './percent.ts';
import { isFailure, ok, type Failure } from './result.ts';
import { isFormContentType } from './headers.ts';

/** [start, end) of the query inside a URL (after `?`, before `#`), or undefined. */
export function queryRange(url: string): readonly [number, number] | undefined {
  const q = url.indexOf('?');
  const hash = url.indexOf('#');
  if (q === -1 || (hash !== -1 && hash < q)) return undefined;
  return [q + 1, hash === -1 ? url.length : hash];
}

/** The value of the first `Authorization` header that uses the OAuth scheme. */
export function oauthHeaderValue(headers: HttpRequest['headers']): string | undefined {
  for (const [n, v] of headers) if (n.toLowerCase() === 'authorization' && isOAuthScheme(v)) return v;
  return undefined;
}

/** Unpaired surrogates cannot be sent as UTF-8; refuse them where they stand, once, so later steps need not check. */
export function checkWellFormed(req: HttpRequest): Failure | undefined {
  const inUrl = firstLoneSurrogate(req.url);
  if (inUrl !== -1) return loneSurrogateFailure(inUrl, 'url');
  const inBody = firstLoneSurrogate(req.body);
  if (inBody !== -1) return loneSurrogateFailure(inBody, 'body');
  for (const [name, value] of req.headers) {
    const inHeader = firstLoneSurrogate(value);
    if (inHeader !== -1) return loneSurrogateFailure(inHeader, name.toLowerCase());
  }
  return undefined;
}

const notSignature = (name: string): boolean => name !== 'oauth_signature';

/**
 * RFC 5849 §3.4.1.3.1 from every source into `set`, oauth_signature left out
 * (its values go to `signatures`) and realm too. A parameter's `ref` is its index.
 */
export function collectInto(req: HttpRequest, set: ParamSet, signatures?: string[]): Failure | undefined {
  const bad = checkWellFormed(req);
  if (bad !== undefined) return bad;
  const filter = signatures === undefined ? { keep: notSignature } : { keep: notSignature, signatures };
  const query = queryRange(req.url);
  if (query !== undefined) {
    const indexed = indexForm(req.url, query[0], query[1], 'query', 'url', set, filter);
    if (typeof indexed !== 'number') return indexed;
  }
  const header = oauthHeaderValue(req.headers);
  if (header !== undefined) {
    const parsed = parseAuthorizationHeader(header);
    if (!parsed.ok) return parsed;
    for (const [name, value] of parsed.value.params) {
      if (name !== 'oauth_signature') set.add(name, value, 'header');
      else signatures?.push(value);
    }
  }
  if (!isFormContentType(req.headers)) return undefined;
  const indexed = indexForm(req.body, 0, req.body.length, 'body', 'body', set, filter);
  return typeof indexed === 'number' ? undefined : indexed;
}

/** RFC 5849 §3.4.1.3.1, each parameter with where it came from; `ref` is its index and names it in every later step. */
export function collectSourcedParameters(req: HttpRequest): Result<SourcedParam[]> {
  const set = new ParamSet();
  const failed = collectInto(req, set);
  if (failed !== undefined) return failed;
  const decoded = runPass(set, set.entries, 0);
  return isFailure(decoded) ? decoded : ok(set.collected());
}

/** RFC 5849 §3.4.1.3.1, as the engine contract's plain [name, value] pairs. */
export function collectParameters(req: HttpRequest): Param[] | Failure {
  const collected = collectSourcedParameters(req);
  if (!collected.ok) return collected;
  return collected.value.map((p): Param => [p.name, p.value]);
}
