/**
 * Derived values: pure functions of the store's inputs. Nothing here is stored;
 * components get them through hooks.ts, so nothing on screen can go stale.
 */
import { percentEncode } from '../engine/percent.ts';
import type { EngineError, HttpRequest, Param, Result, SignInput, SignatureMethod, SignatureTrace } from '../engine/types.ts';
import type { CredentialInputs } from './credentialsSlice.ts';
import type { ProtocolInputs } from './protocolSlice.ts';
import type { ParamRow, RequestInputs } from './requestSlice.ts';
import type { AppState } from './types.ts';

export interface SignInputs {
  request: RequestInputs;
  protocol: ProtocolInputs;
  credentials: CredentialInputs;
}

export const selectSignInputs = (s: AppState): SignInputs => ({
  request: s.request,
  protocol: s.protocol,
  credentials: s.credentials,
});

export const isRsa = (m: SignatureMethod): boolean => m.startsWith('RSA-');

/** Rows that take part in the request: enabled and named (a freshly added blank row is not sent). */
export function activeRows(rows: readonly ParamRow[]): ParamRow[] {
  return rows.filter((r) => r.enabled && r.name !== '');
}

function encodePairs(rows: readonly ParamRow[]): Result<string> {
  const parts: string[] = [];
  for (const r of rows) {
    const name = percentEncode(r.name);
    const value = percentEncode(r.value);
    if (typeof name !== 'string') return { ok: false, error: { ...name.error, input: `param:${r.id}` } };
    if (typeof value !== 'string') return { ok: false, error: { ...value.error, input: `param:${r.id}` } };
    parts.push(`${name}=${value}`);
  }
  return { ok: true, value: parts.join('&') };
}

function withQuery(url: string, pairs: string): string {
  if (pairs === '') return url;
  const hash = url.indexOf('#');
  const head = hash === -1 ? url : url.slice(0, hash);
  const tail = hash === -1 ? '' : url.slice(hash);
  const q = head.indexOf('?');
  const sep = q === -1 ? '?' : q === head.length - 1 || head.endsWith('&') ? '' : '&';
  return `${head}${sep}${pairs}${tail}`;
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** The unsigned request the inputs describe: the URL plus query rows, the body plus body rows. */
export function buildRequest(r: RequestInputs): Result<HttpRequest> {
  const rows = activeRows(r.params);
  const query = encodePairs(rows.filter((p) => p.source === 'query'));
  if (!query.ok) return query;
  const bodyRows = encodePairs(rows.filter((p) => p.source === 'body'));
  if (!bodyRows.ok) return bodyRows;
  const body = [r.body, bodyRows.value].filter((s) => s !== '').join('&');
  const method = r.method.trim().toUpperCase() || 'GET';
  const sendsBody = body !== '' || METHODS_WITH_BODY.has(method);
  const headers: [string, string][] = r.contentType.trim() !== '' && sendsBody ? [['Content-Type', r.contentType.trim()]] : [];
  return { ok: true, value: { method, url: withQuery(r.url, query.value), headers, body } };
}

/** What signRequest gets. Nonce and timestamp are always the store's: the engine never invents them here. */
export function buildSignInput({ request, protocol: p, credentials: c }: SignInputs): Result<SignInput> {
  const req = buildRequest(request);
  if (!req.ok) return req;
  const extraHeaderParams: Param[] = activeRows(request.params)
    .filter((r) => r.source === 'header')
    .map((r) => [r.name, r.value]);
  const input: SignInput = {
    request: req.value,
    credentials: {
      consumerKey: c.consumerKey,
      consumerSecret: c.consumerSecret,
      ...(c.token === '' ? {} : { token: c.token }),
      ...(c.tokenSecret === '' ? {} : { tokenSecret: c.tokenSecret }),
      ...(isRsa(p.signatureMethod) ? { privateKeyPem: c.privateKeyPem } : {}),
    },
    protocol: {
      signatureMethod: p.signatureMethod,
      nonce: p.nonce,
      timestamp: p.timestamp,
      includeVersion: p.includeVersion,
      ...(p.callback === '' ? {} : { callback: p.callback }),
      ...(p.verifier === '' ? {} : { verifier: p.verifier }),
      ...(p.realm === '' ? {} : { realm: p.realm }),
      ...(extraHeaderParams.length === 0 ? {} : { extraHeaderParams }),
    },
    placement: request.placement,
  };
  return { ok: true, value: input };
}

/**
 * Which trace ref each table row and each protocol field became, so pointing at
 * a row lights up the same parameter in every step. Rows are matched to the
 * collected parameters by source, name and value, in order (duplicates pair up).
 */
export interface RefMap {
  rows: ReadonlyMap<string, number>;
  /** oauth_* name → ref */
  oauth: ReadonlyMap<string, number>;
}

export function refMap(rows: readonly ParamRow[], trace: SignatureTrace | undefined): RefMap {
  const byRow = new Map<string, number>();
  const oauth = new Map<string, number>();
  if (!trace) return { rows: byRow, oauth };
  const used = new Set<number>();
  for (const row of activeRows(rows)) {
    const hit = trace.collected.find(
      (c) => !used.has(c.ref) && c.source === row.source && c.name === row.name && c.value === row.value,
    );
    if (hit) {
      used.add(hit.ref);
      byRow.set(row.id, hit.ref);
    }
  }
  for (const c of trace.collected) if (c.source === 'oauth' && !oauth.has(c.name)) oauth.set(c.name, c.ref);
  return { rows: byRow, oauth };
}

/** Which input field an engine error belongs to, so it can be shown next to that field. */
export type ErrorField = 'url' | 'body' | 'privateKey' | 'params' | 'method' | 'credentials' | 'protocol' | 'other';

export function errorField(e: EngineError): ErrorField {
  const input = e.input ?? '';
  if (input === 'url') return 'url';
  if (input === 'body') return 'body';
  if (input === 'privateKey' || input === 'publicKey') return 'privateKey';
  if (input.startsWith('param:') || input === 'extraHeaderParams') return 'params';
  if (input === 'method') return 'method';
  if (['consumerKey', 'consumerSecret', 'token', 'tokenSecret'].includes(input)) return 'credentials';
  if (['nonce', 'timestamp', 'callback', 'verifier', 'realm', 'signatureMethod'].includes(input)) return 'protocol';
  return 'other';
}
