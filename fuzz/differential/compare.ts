/**
 * Signs one case with sigstep's engine and with every peer, and names each
 * disagreement: which part of the base string differs (method, URI,
 * parameters) or the signature alone, and, where the case shows why, which
 * documented departure from RFC 5849 it is (departures.ts). What cannot be
 * named is "unexplained": a bug on one side to look at.
 */
import { signRequestSync, verifyRequestSync, type HttpRequest, type SignResult } from '../../src/engine/index.ts';
import { formString, requestUrl, type SigningCase } from './cases.ts';
import { explain } from './departures.ts';
import type { Peer, PeerAnswer } from './peers.ts';

export interface Disagreement {
  readonly peer: string;
  /** the departure's id from departures.ts, or 'unexplained' */
  readonly kind: string;
  readonly part: 'method' | 'uri' | 'parameters' | 'signature';
  readonly ours: string;
  readonly theirs: string;
}

export interface CaseOutcome {
  readonly engineError?: string;
  /** the engine's own verifier refused what its signer made */
  readonly roundTrip?: string;
  readonly disagreements: readonly Disagreement[];
  /** peers that signed this case (undefined answers excluded) */
  readonly compared: readonly string[];
}

const FORM = 'application/x-www-form-urlencoded';

/** The request as sent, before signing: query and body on the wire in the case's encoding. */
export function wireRequest(c: SigningCase, url: string): HttpRequest {
  const headers: [string, string][] = c.body.length > 0 || c.placement === 'body' ? [['Content-Type', FORM]] : [];
  return { method: c.httpMethod, url, headers, body: formString(c.body, c.encoding) };
}

export function engineSign(c: SigningCase, url: string): ReturnType<typeof signRequestSync> {
  const protocol = {
    signatureMethod: c.signatureMethod, nonce: c.nonce, timestamp: c.timestamp, includeVersion: c.includeVersion, bodyHash: 'off' as const,
    ...(c.callback === undefined ? {} : { callback: c.callback }),
    ...(c.verifier === undefined ? {} : { verifier: c.verifier }),
  };
  const credentials = c.token === ''
    ? { consumerKey: c.consumerKey, consumerSecret: c.consumerSecret, tokenSecret: c.tokenSecret }
    : { consumerKey: c.consumerKey, consumerSecret: c.consumerSecret, token: c.token, tokenSecret: c.tokenSecret };
  return signRequestSync({ request: wireRequest(c, url), credentials, protocol, placement: c.placement });
}

type Part = Disagreement['part'];

/** The base string's three parts (RFC 5849 §3.4.1.1): each is percent-encoded, so `&` splits them exactly. */
function parts(base: string): Record<Exclude<Part, 'signature'>, string> {
  const [method = '', uri = '', parameters = ''] = base.split('&');
  return { method, uri, parameters };
}

/** Which parts of the two answers differ: the base string's, or the signature alone when the base strings agree or cannot be seen. */
function differingParts(ours: SignResult, theirs: PeerAnswer): { part: Part; ours: string; theirs: string }[] {
  if (theirs.baseString === undefined || theirs.baseString === ours.trace.baseString.full) {
    return theirs.signature === ours.trace.signature ? [] : [{ part: 'signature', ours: ours.trace.signature, theirs: theirs.signature }];
  }
  const o = parts(ours.trace.baseString.full);
  const t = parts(theirs.baseString);
  return (['method', 'uri', 'parameters'] as const).filter((p) => o[p] !== t[p]).map((p) => ({ part: p, ours: o[p], theirs: t[p] }));
}

/** Whether `part` differs between sigstep and `peer` for case `c` (an engine failure counts as a difference). */
function partDiffers(c: SigningCase, peer: Peer, part: Part): boolean {
  const ours = engineSign(c, requestUrl(c));
  const theirs = peer.sign(c);
  if (!ours.ok || theirs === undefined) return true;
  return differingParts(ours.value, theirs).some((d) => d.part === part);
}

function diff(c: SigningCase, peer: Peer, ours: SignResult, theirs: PeerAnswer): Disagreement[] {
  return differingParts(ours, theirs).map((d) => ({ peer: peer.name, kind: explain(c, (x) => partDiffers(x, peer, d.part)), ...d }));
}

export function compareCase(c: SigningCase, url: string, peers: readonly Peer[]): CaseOutcome {
  const signed = engineSign(c, url);
  if (!signed.ok) return { engineError: `${signed.error.code}: ${signed.error.message}`, disagreements: [], compared: [] };
  const verified = verifyRequestSync({ request: signed.value.signedRequest, consumerSecret: c.consumerSecret, tokenSecret: c.tokenSecret });
  const roundTrip = !verified.ok ? `${verified.error.code}: ${verified.error.message}` : verified.value.matches ? undefined : 'the signature it made does not verify';
  const disagreements: Disagreement[] = [];
  const compared: string[] = [];
  for (const peer of peers) {
    const theirs = peer.sign(c);
    if (theirs === undefined) continue;
    compared.push(peer.name);
    disagreements.push(...diff(c, peer, signed.value, theirs));
  }
  return roundTrip === undefined ? { disagreements, compared } : { roundTrip, disagreements, compared };
}
