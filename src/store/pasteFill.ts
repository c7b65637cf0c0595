/**
 * Copies a pasted request into the Sign inputs ("fills the request"), so the
 * Sign tab shows the same request with its nonce and timestamp kept fixed.
 * Only the parts the paste said something about are copied (`known`); secrets
 * are never touched. Check mode does not read these inputs back: it verifies
 * the pasted text itself.
 */
import type { Pasted } from '../http/paste/index.ts';
import { SIGNATURE_METHODS, type SignatureMethod } from '../engine/types.ts';
import type { CredentialInputs } from './credentialsSlice.ts';
import { splitUrl } from './formDecode.ts';
import { newRowId } from './ids.ts';
import { isFormContentType, readPastedParams } from './pastedParams.ts';
import type { ProtocolInputs } from './protocolSlice.ts';
import type { ParamRow, RequestInputs, RowSource } from './requestSlice.ts';

interface Filled {
  request: RequestInputs;
  protocol: ProtocolInputs;
  credentials: CredentialInputs;
}

/** oauth_* parameters with a field of their own; anything else oauth_* stays a table row. */
const OAUTH_FIELDS = new Set([
  'oauth_consumer_key', 'oauth_token', 'oauth_signature_method', 'oauth_nonce', 'oauth_timestamp',
  'oauth_version', 'oauth_callback', 'oauth_verifier', 'oauth_signature',
]);

export function fillFromPaste(p: Pasted, current: Filled): Filled {
  const read = readPastedParams(p.request);
  const sources = new Set<RowSource>();
  if (p.known.url) sources.add('query');
  if (p.known.headers) sources.add('header');
  if (p.known.body) sources.add('body');

  const keptRows = current.request.params.filter((r) => !sources.has(r.source));
  const newRows: ParamRow[] = read.params
    .filter((q) => sources.has(q.source) && !OAUTH_FIELDS.has(q.name))
    .map((q) => ({ id: newRowId(), name: q.name, value: q.value, source: q.source, enabled: true }));

  const request: RequestInputs = { ...current.request, params: [...keptRows, ...newRows] };
  if (p.known.method) request.method = p.request.method;
  if (p.known.url) request.url = splitUrl(p.request.url).base;
  if (p.known.body) request.body = isFormContentType(read.contentType) ? '' : p.request.body;
  if (p.known.headers && read.contentType !== undefined) request.contentType = read.contentType;
  if (read.placement) request.placement = read.placement;

  const oauth = new Map(read.params.filter((q) => OAUTH_FIELDS.has(q.name)).map((q) => [q.name, q.value]));
  if (oauth.size === 0) return { request, protocol: current.protocol, credentials: current.credentials };

  const method = oauth.get('oauth_signature_method');
  const protocol: ProtocolInputs = {
    ...current.protocol,
    signatureMethod: isMethod(method) ? method : current.protocol.signatureMethod,
    // the pasted values are what was signed: keep them until the user changes them
    nonce: oauth.get('oauth_nonce') ?? '',
    keepNonce: true,
    timestamp: oauth.get('oauth_timestamp') ?? '',
    keepTimestamp: true,
    includeVersion: oauth.has('oauth_version'),
    callback: oauth.get('oauth_callback') ?? '',
    verifier: oauth.get('oauth_verifier') ?? '',
    realm: read.realm ?? '',
  };
  const credentials: CredentialInputs = {
    ...current.credentials,
    consumerKey: oauth.get('oauth_consumer_key') ?? '',
    token: oauth.get('oauth_token') ?? '',
  };
  return { request, protocol, credentials };
}

function isMethod(m: string | undefined): m is SignatureMethod {
  return m !== undefined && (SIGNATURE_METHODS as readonly string[]).includes(m);
}
