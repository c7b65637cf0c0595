/**
 * What the explainer reads off the request once, before any variant: our own
 * collected parameters (RFC 5849 §3.4.1.3.1) plus the raw facts the mistakes
 * need — the URL as typed, the realm, the carried signature, a JSON body.
 */
import type { HttpRequest, Param, Result, SourcedParam } from '../types.ts';
import type { ExplainInput } from './types.ts';
// The engine's public functions, from their modules (not index.ts, which re-exports this folder).
import { collectSourcedParameters } from '../params.ts';
import { baseStringUri } from '../baseStringUri.ts';
import { isFormContentType } from '../headers.ts';
import { isOAuthScheme, parseAuthorizationHeader } from '../authHeader.ts';
import { percentDecode } from '../percent.ts';
import { isFailure, ok } from '../result.ts';

/** The request URL as typed: what a non-normalising signer would put in the base string URI. */
export interface RawUri {
  readonly scheme: string;
  /** the host as typed (userinfo dropped), '' when it could not be read */
  readonly host: string;
  /** the port as typed, '' when the URL names none */
  readonly port: string;
  /** the query as typed, without `?` ('' when there is none) */
  readonly query: string;
}

export interface Context {
  readonly input: ExplainInput;
  readonly tokenSecret: string;
  /** our §3.4.1.3.1 parameters, in request order: query, header, body */
  readonly collected: readonly SourcedParam[];
  /** our §3.4.1.2 base string URI */
  readonly baseUri: string;
  readonly rawUri: RawUri;
  readonly realm: string | undefined;
  /** the oauth_signature the request carries, decoded */
  readonly carriedSignature: string | undefined;
  /** where the request carries oauth_signature: what its receiver decodes it with */
  readonly signatureIn: 'header' | 'query' | 'body' | undefined;
  /** query and form-body parameters re-read with `+` taken literally, by ref, where that changes them */
  readonly literalPlus: ReadonlyMap<number, Param>;
  /** the top-level fields of a JSON body (non-form) */
  readonly jsonFields: readonly Param[];
  /** the fields of a form-looking body sent without the form Content-Type */
  readonly untypedFormFields: readonly Param[];
}

const RAW_URL = /^\s*([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)[^?#]*(?:\?([^#]*))?/;

function readRawUri(url: string): RawUri {
  const m = RAW_URL.exec(url);
  if (m === null) return { scheme: '', host: '', port: '', query: '' };
  const authority = (m[2] ?? '').slice((m[2] ?? '').lastIndexOf('@') + 1);
  const portAt = authority.startsWith('[') ? authority.indexOf(']:') + 1 : authority.lastIndexOf(':');
  const host = portAt > 0 ? authority.slice(0, portAt) : authority;
  const port = portAt > 0 ? authority.slice(portAt + 1) : '';
  return { scheme: m[1] ?? '', host, port, query: m[3] ?? '' };
}

/** The query of a URL (after `?`, before `#`), or undefined. */
function queryOf(url: string): string | undefined {
  const q = url.indexOf('?');
  const hash = url.indexOf('#');
  return q === -1 || (hash !== -1 && hash < q) ? undefined : url.slice(q + 1, hash === -1 ? url.length : hash);
}

function oauthHeader(headers: HttpRequest['headers']): string | undefined {
  for (const [n, v] of headers) if (n.toLowerCase() === 'authorization' && isOAuthScheme(v)) return v;
  return undefined;
}

/**
 * Form fields (`a=1&b`), decoded with `+` as a space or as a plus sign; empty
 * fields skipped as the collector skips them. [] when a field does not decode.
 */
function formFields(text: string, plusIsSpace: boolean): Param[] {
  const out: Param[] = [];
  for (const field of text.split('&')) {
    if (field === '') continue;
    const eq = field.indexOf('=');
    const name = percentDecode(eq === -1 ? field : field.slice(0, eq), { plusIsSpace });
    const value = eq === -1 ? '' : percentDecode(field.slice(eq + 1), { plusIsSpace });
    if (isFailure(name) || isFailure(value)) return [];
    out.push([name, value]);
  }
  return out;
}

/** The fields the collector takes from a form text: all but oauth_signature. */
const signable = (fields: Param[]): Param[] => fields.filter(([name]) => name !== 'oauth_signature');

/** Pairs each collected parameter of `source` with its literal-plus reading, keeping only those that differ. */
function pairLiteral(collected: readonly SourcedParam[], source: SourcedParam['source'], literal: Param[], into: Map<number, Param>): void {
  const ours = collected.filter((p) => p.source === source);
  if (ours.length !== literal.length) return;
  ours.forEach((p, i) => {
    const l = literal[i] as Param;
    if (l[0] !== p.name || l[1] !== p.value) into.set(p.ref, l);
  });
}

function readLiteralPlus(input: ExplainInput, collected: readonly SourcedParam[], isForm: boolean): Map<number, Param> {
  const out = new Map<number, Param>();
  const query = queryOf(input.request.url);
  const body = input.request.body;
  if (query?.includes('+') === true) pairLiteral(collected, 'query', signable(formFields(query, false)), out);
  if (isForm && body.includes('+')) pairLiteral(collected, 'body', signable(formFields(body, false)), out);
  return out;
}

/** Top-level string, number and boolean members of a JSON object body; nested values are not signable fields. */
function readJsonFields(body: string): Param[] {
  if (!body.trimStart().startsWith('{')) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return [];
  const out: Param[] = [];
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (['string', 'number', 'boolean'].includes(typeof value)) out.push([name, String(value)]);
  }
  return out;
}

function readUntypedForm(body: string): Param[] {
  if (body === '' || !body.includes('=') || body.trimStart().startsWith('{')) return [];
  return signable(formFields(body, true));
}

/** The oauth_signature the request carries (decoded), and where: header, then query, then form body. */
function carried(input: ExplainInput, headerParams: readonly Param[], isForm: boolean): Pick<Context, 'carriedSignature' | 'signatureIn'> {
  const find = (fields: readonly Param[]): string | undefined => fields.find(([n]) => n === 'oauth_signature')?.[1];
  const inHeader = find(headerParams);
  if (inHeader !== undefined) return { carriedSignature: inHeader, signatureIn: 'header' };
  const inQuery = find(formFields(queryOf(input.request.url) ?? '', true));
  if (inQuery !== undefined) return { carriedSignature: inQuery, signatureIn: 'query' };
  const inBody = isForm ? find(formFields(input.request.body, true)) : undefined;
  return inBody === undefined ? { carriedSignature: undefined, signatureIn: undefined } : { carriedSignature: inBody, signatureIn: 'body' };
}

/** Reads the request once; a malformed request gives the collector's Failure, with its position. */
export function readContext(input: ExplainInput): Result<Context> {
  const collected = collectSourcedParameters(input.request);
  if (!collected.ok) return collected;
  const baseUri = baseStringUri(input.request.url);
  if (isFailure(baseUri)) return baseUri;
  const headerValue = oauthHeader(input.request.headers);
  const header = headerValue === undefined ? undefined : parseAuthorizationHeader(headerValue);
  const headerParams = header?.ok === true ? header.value : undefined;
  const isForm = isFormContentType(input.request.headers);
  const body = input.request.body;
  return ok({
    input,
    tokenSecret: input.tokenSecret ?? '',
    collected: collected.value,
    baseUri,
    rawUri: readRawUri(input.request.url),
    realm: headerParams?.realm,
    ...carried(input, headerParams?.params ?? [], isForm),
    literalPlus: readLiteralPlus(input, collected.value, isForm),
    jsonFields: isForm ? [] : readJsonFields(body),
    untypedFormFields: isForm ? [] : readUntypedForm(body),
  });
}
