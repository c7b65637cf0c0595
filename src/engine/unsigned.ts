/**
 * The request signRequest starts from. The oauth_* parameters a pasted request
 * already carries are taken out (they are about to be replaced, not duplicated),
 * and a body placement gets its form Content-Type.
 */
import type { HttpRequest, Placement, Result } from './types.ts';
import { parseRequestUri } from './baseStringUri.ts';
import { checkWellFormed, queryRange } from './params.ts';
import { removeFormFields } from './form.ts';
import { indexForm } from './formIndex.ts';
import { ParamSet } from './paramSet.ts';
import { isOAuthScheme } from './authHeader.ts';
import { findHeader, isFormContentType } from './headers.ts';
import { fail, ok } from './result.ts';

export interface UnsignedRequest {
  readonly request: HttpRequest;
  /** RFC 5849 §3.4.1.2 */
  readonly baseUri: string;
  /** the query and form-body parameters (RFC 5849 §3.4.1.3.1), none of them oauth_* */
  readonly params: ParamSet;
  readonly isForm: boolean;
}

const FORM = 'application/x-www-form-urlencoded';
const isProtocolName = (name: string): boolean => name.startsWith('oauth_');
const NOT_PROTOCOL = { keep: (name: string): boolean => !isProtocolName(name) };

/** Headers without the old OAuth credentials; the header placement also drops any other Authorization. */
function keptHeaders(headers: HttpRequest['headers'], placement: Placement): [string, string][] {
  const kept: [string, string][] = [];
  for (const h of headers) {
    if (h[0].toLowerCase() !== 'authorization' || (placement !== 'header' && !isOAuthScheme(h[1]))) kept.push(h);
  }
  return kept;
}

/** RFC 5849 §3.5.2 needs a form body; one is made when the request has no other kind. */
function formHeaders(headers: [string, string][], body: string): [string, string][] | undefined {
  if (isFormContentType(headers)) return headers;
  if (body !== '' && findHeader(headers, 'content-type') !== undefined) return undefined;
  return [...headers.filter(([n]) => n.toLowerCase() !== 'content-type'), ['Content-Type', FORM]];
}

/** text with its form-encoded part [from, to) rewritten without oauth_* fields; an emptied query loses its `?`. */
function stripped(text: string, from: number, to: number, sep: string): string {
  const rest = removeFormFields(text, from, to, isProtocolName);
  const head = rest === '' && sep !== '' ? text.slice(0, from - sep.length) : text.slice(0, from);
  return head + rest + text.slice(to);
}

/** The request with old oauth_* parameters removed, plus what §3.4.1 needs from it. */
export function toUnsigned(req: HttpRequest, placement: Placement): Result<UnsignedRequest> {
  const bad = checkWellFormed(req);
  if (bad !== undefined) return bad;
  const uri = parseRequestUri(req.url);
  if ('ok' in uri) return uri;
  let headers = keptHeaders(req.headers, placement);
  if (placement === 'body') {
    const withForm = formHeaders(headers, req.body);
    if (withForm === undefined) {
      return fail('body-not-form', 'The oauth parameters can go in the body only when it is application/x-www-form-urlencoded (RFC 5849 §3.5.2); choose the header or query placement.', undefined, 'body');
    }
    headers = withForm;
  }
  const isForm = isFormContentType(headers);
  const set = new ParamSet();
  let { url, body } = req;
  const query = queryRange(url);
  if (query !== undefined) {
    const dropped = indexForm(url, query[0], query[1], 'query', 'url', set, NOT_PROTOCOL);
    if (typeof dropped !== 'number') return dropped;
    if (dropped > 0) url = stripped(url, query[0], query[1], '?');
  }
  if (isForm) {
    const dropped = indexForm(body, 0, body.length, 'body', 'body', set, NOT_PROTOCOL);
    if (typeof dropped !== 'number') return dropped;
    if (dropped > 0) body = stripped(body, 0, body.length, '');
  }
  return ok({ request: { method: req.method, url, headers, body }, baseUri: uri.baseUri, params: set, isForm });
}
