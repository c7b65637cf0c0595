/**
 * A self-contained POSIX sh script that signs and sends one request with a fresh
 * nonce, timestamp and signature each time it runs — a curl command with a fixed
 * signature stops working within minutes (timestamp windows, used nonces).
 * Every value the user entered is written in plain sight at the top or in one
 * `…_param` line each, so the script can be read and edited.
 */
import { baseStringUri } from '../engine/baseStringUri.ts';
import { collectParameters } from '../engine/params.ts';
import { percentEncode } from '../engine/percent.ts';
import type { Failure } from '../engine/result.ts';
import type { Param, Placement, Result } from '../engine/types.ts';
import { wireUrl } from './curl.ts';
import { BASE_STRING_LINES, ENCODE_FUNCTION, collectFunctions, signatureLine } from './scriptShell.ts';
import { shellQuote } from './shellQuote.ts';

export type ScriptSignatureMethod = 'HMAC-SHA1' | 'HMAC-SHA256' | 'HMAC-SHA512' | 'PLAINTEXT';

export interface SignedScriptInput {
  readonly method: string;
  /** the request URL; parameters in its query are signed and sent along with `query` */
  readonly url: string;
  /** non-oauth query parameters, decoded */
  readonly query: readonly Param[];
  /** non-oauth form body parameters, decoded (sent as application/x-www-form-urlencoded) */
  readonly body: readonly Param[];
  readonly placement: Placement;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly token?: string;
  readonly tokenSecret?: string;
  readonly signatureMethod: ScriptSignatureMethod;
  readonly callback?: string;
  readonly verifier?: string;
  readonly realm?: string;
  /** non-oauth parameters sent with the oauth ones (Akana's `scope`) */
  readonly extraHeaderParams?: readonly Param[];
  readonly includeVersion: boolean;
}

const fail = (code: string, message: string): Failure => ({ ok: false, error: { code, message } });

export function toSignedScript(input: SignedScriptInput): Result<string> {
  const baseUri = baseStringUri(input.url);
  if (typeof baseUri !== 'string') return baseUri;
  const fromUrl = collectParameters({ method: input.method, url: input.url, headers: [], body: '' });
  if (!Array.isArray(fromUrl)) return fromUrl;
  const query = [...fromUrl, ...input.query];
  const unsafe = checkValues(input, query);
  if (unsafe) return unsafe;
  const sections = [
    header(input),
    credentials(input),
    target(input, baseUri),
    ENCODE_FUNCTION,
    'NONCE=$(openssl rand -hex 16)\nTIMESTAMP=$(date +%s)',
    collect(input),
    parameterLines(input, query),
    BASE_STRING_LINES,
    signatureLine(input.signatureMethod),
    `${oauthTarget(input.placement)} oauth_signature "$SIGNATURE"`,
    curlLine(input, query.length > 0),
  ];
  return { ok: true, value: `${sections.join('\n\n')}\n` };
}

/** A shell variable cannot hold a NUL byte, and a lone surrogate has no UTF-8: either would be signed wrongly. */
function checkValues(input: SignedScriptInput, query: readonly Param[]): Failure | undefined {
  const values = [input.method, input.consumerKey, input.consumerSecret, input.token ?? '', input.tokenSecret ?? '',
    input.callback ?? '', input.verifier ?? '', input.realm ?? '',
    ...[...query, ...input.body, ...(input.extraHeaderParams ?? [])].flat()];
  for (const value of values) {
    if (value.includes('\0')) return fail('nul-in-value', 'A value contains a NUL character, which a shell script cannot carry.');
    const encoded = percentEncode(value);
    if (typeof encoded !== 'string') return encoded;
  }
  return undefined;
}

function header(input: SignedScriptInput): string {
  return [
    '#!/bin/sh',
    `# Sends ${oneLine(input.method)} ${oneLine(input.url)}`,
    `# signed with OAuth 1.0a (RFC 5849, ${input.signatureMethod}), with a fresh nonce, timestamp and`,
    '# signature every time it runs. Made by sigstep; needs sh, openssl, curl, od, tr, sort.',
    '# Arguments are passed on to curl, e.g.:  sh this-script.sh -v',
    'set -eu',
    '# Bytes, not characters: RFC 5849 encodes UTF-8 bytes (§3.6) and sorts by byte value (§3.4.1.3.2).',
    'LC_ALL=C',
    'export LC_ALL',
  ].join('\n');
}

/** The comment lines above must stay comments whatever the URL holds. */
const oneLine = (s: string): string => s.replace(/[\r\n]+/g, ' ');

function credentials(input: SignedScriptInput): string {
  return [
    '# The credentials you entered in sigstep. Anyone who has this file can sign requests as you.',
    `CONSUMER_KEY=${shellQuote(input.consumerKey)}`,
    `CONSUMER_SECRET=${shellQuote(input.consumerSecret)}`,
    `TOKEN=${shellQuote(input.token ?? '')}`,
    `TOKEN_SECRET=${shellQuote(input.tokenSecret ?? '')}`,
  ].join('\n');
}

function target(input: SignedScriptInput, baseUri: string): string {
  const hash = input.url.indexOf('#');
  const noFragment = hash === -1 ? input.url : input.url.slice(0, hash);
  const q = noFragment.indexOf('?');
  return [
    `METHOD=${shellQuote(input.method)}`,
    '# Where the request goes (its query is built below), and its base string URI (§3.4.1.2).',
    `URL=${shellQuote(wireUrl(q === -1 ? noFragment : noFragment.slice(0, q)))}`,
    `BASE_URI=${shellQuote(baseUri)}`,
  ].join('\n');
}

const oauthTarget = (placement: Placement): 'to_header' | 'to_query' | 'to_body' =>
  placement === 'header' ? 'to_header' : placement === 'query' ? 'to_query' : 'to_body';

function collect(input: SignedScriptInput): string {
  if (input.realm === undefined || input.placement !== 'header') return collectFunctions(oauthTarget(input.placement), "'OAuth'", "' '");
  // realm is an RFC 2617 quoted-string: not signed (§3.4.1.3.1), not percent-encoded, `"` and `\` escaped.
  const realm = `OAuth realm="${input.realm.replace(/["\\]/g, '\\$&')}"`;
  return collectFunctions('to_header', shellQuote(realm), "', '");
}

function parameterLines(input: SignedScriptInput, query: readonly Param[]): string {
  const line = (fn: string, name: string, value: string): string => `${fn} ${shellQuote(name)} ${shellQuote(value)}`;
  const lines = ['# The request\'s own parameters, then the protocol parameters (§3.1).'];
  for (const [name, value] of query) lines.push(line('query_param', name, value));
  for (const [name, value] of input.body) lines.push(line('body_param', name, value));
  lines.push('oauth_param oauth_consumer_key "$CONSUMER_KEY"');
  if (input.token !== undefined && input.token !== '') lines.push('oauth_param oauth_token "$TOKEN"');
  lines.push(line('oauth_param', 'oauth_signature_method', input.signatureMethod));
  lines.push('oauth_param oauth_timestamp "$TIMESTAMP"', 'oauth_param oauth_nonce "$NONCE"');
  if (input.includeVersion) lines.push(line('oauth_param', 'oauth_version', '1.0'));
  if (input.callback !== undefined) lines.push(line('oauth_param', 'oauth_callback', input.callback));
  if (input.verifier !== undefined) lines.push(line('oauth_param', 'oauth_verifier', input.verifier));
  for (const [name, value] of input.extraHeaderParams ?? []) lines.push(line('oauth_param', name, value));
  return lines.join('\n');
}

function curlLine(input: SignedScriptInput, hasQuery: boolean): string {
  const args = ['curl -sS --fail-with-body --globoff'];
  // -X HEAD would make curl wait for a body that never comes.
  args.push(input.method === 'HEAD' ? '--head' : '-X "$METHOD"');
  if (input.placement === 'header') args.push('-H "Authorization: $HEADER"');
  if (input.placement === 'body' || input.body.length > 0) {
    args.push("-H 'Content-Type: application/x-www-form-urlencoded'", '--data-raw "$BODY"');
  }
  const query = input.placement === 'query' || hasQuery ? '?$QUERY' : '';
  args.push('${1+"$@"}', `"$URL${query}"`);
  return `# --fail-with-body (curl 7.76 or later) makes an HTTP error the script's exit status.\n${args.join(' \\\n  ')}`;
}
