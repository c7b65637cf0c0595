import { parseOAuthHeader } from './authorizationHeader.ts';
import { parseForm, type Pair } from './formEncoding.ts';

export type Placement = 'header' | 'query' | 'body';

export interface SourcedParam {
  readonly name: string;
  readonly value: string;
  readonly from: Placement;
}

export interface RequestParameters {
  /** Every parameter that goes into the base string (RFC 5849 §3.4.1.3.1), oauth_signature excluded. */
  readonly signed: readonly Pair[];
  /** The protocol (oauth_*) parameters by name, oauth_signature included; each name once. */
  readonly oauth: ReadonlyMap<string, SourcedParam>;
  /** The non-oauth parameters of the query and body, for /api/me to echo. */
  readonly other: readonly SourcedParam[];
}

export type ParametersResult =
  | { readonly ok: true; readonly value: RequestParameters }
  | { readonly ok: false; readonly problem: 'parameter_rejected'; readonly advice: string; readonly duplicated?: string[] };

export interface RawRequest {
  readonly authorization: string | undefined;
  readonly query: string;
  readonly contentType: string | undefined;
  readonly body: string;
}

/** True for `application/x-www-form-urlencoded`, whatever its parameters (charset). */
export function isFormContentType(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/**
 * Collects the parameters from the three places RFC 5849 §3.4.1.3.1 names: the
 * query, the OAuth Authorization header (realm dropped), and a form-encoded
 * body. A protocol parameter given twice is refused (§3.2: 400), wherever the
 * two copies are; non-oauth parameters may repeat (MediaMosa's `app_id[]`).
 */
export function collectParameters(raw: RawRequest): ParametersResult {
  const sources: [Placement, Pair[]][] = [];
  const header = parseOAuthHeader(raw.authorization);
  if (header !== undefined) {
    if (!header.ok) return rejected(`The Authorization header could not be parsed near: ${header.bad.slice(0, 80)}`);
    sources.push(['header', header.value.filter(([n]) => n !== 'realm')]);
  }
  const query = parseForm(raw.query);
  if (!query.ok) return rejected(`The query has malformed percent-encoding: ${query.bad.slice(0, 80)}`);
  sources.push(['query', query.value]);
  if (isFormContentType(raw.contentType)) {
    const body = parseForm(raw.body);
    if (!body.ok) return rejected(`The form body has malformed percent-encoding: ${body.bad.slice(0, 80)}`);
    sources.push(['body', body.value]);
  }

  const signed: Pair[] = [];
  const oauth = new Map<string, SourcedParam>();
  const other: SourcedParam[] = [];
  const duplicated = new Set<string>();
  for (const [from, pairs] of sources) {
    for (const [name, value] of pairs) {
      if (name !== 'oauth_signature') signed.push([name, value]);
      if (!name.startsWith('oauth_')) {
        if (from !== 'header') other.push({ name, value, from });
      } else if (oauth.has(name)) {
        duplicated.add(name);
      } else {
        oauth.set(name, { name, value, from });
      }
    }
  }
  if (duplicated.size > 0) {
    const names = [...duplicated];
    return { ...rejected(`Protocol parameters given more than once: ${names.join(', ')}`), duplicated: names };
  }
  return { ok: true, value: { signed, oauth, other } };
}

function rejected(advice: string): ParametersResult & { ok: false } {
  return { ok: false, problem: 'parameter_rejected', advice };
}
