/**
 * sigstep's signer against independent implementations from npm (oauth-sign,
 * oauth-1.0a, oauth a.k.a. node-oauth) and the reference provider's own code.
 * A generated sample must agree with the implementations that follow RFC 5849,
 * and every disagreement must be a departure named in fuzz/differential/
 * departures.ts. Each departure then has its own case here, so what the peers
 * do differently is written down next to what the RFC asks.
 */
import { describe, expect, it } from 'vitest';
import { requestUrl, type SigningCase } from '../../fuzz/differential/cases.ts';
import { compareCase, engineSign } from '../../fuzz/differential/compare.ts';
import { FEATURE_BY_ID } from '../../fuzz/differential/departures.ts';
import { PEERS, nodeOAuthPeer, oauth10aPeer, oauth10aRawUrlPeer, oauthSignPeer, providerPeer } from '../../fuzz/differential/peers.ts';
import { runDifferential } from '../../fuzz/differential/run.ts';

/** RFC 5849 §1.2's protected-resource request, the starting point of every named case. */
const RFC_1_2: SigningCase = {
  httpMethod: 'GET', scheme: 'http', host: 'photos.example.net', port: '', path: '/photos', fragment: '',
  query: [['file', 'vacation.jpg'], ['size', 'original']], body: [], encoding: 'rfc3986', placement: 'header',
  signatureMethod: 'HMAC-SHA1', consumerKey: 'dpf43f3p2l4k3l03', consumerSecret: 'kd94hf93k423kf44',
  token: 'nnch734d00sl2jdk', tokenSecret: 'pfkkdhi9sl3r4s00', nonce: 'chapoH', timestamp: '137131202', includeVersion: false,
};

const with_ = (patch: Partial<SigningCase>): SigningCase => ({ ...RFC_1_2, ...patch });

/** peer name → the named causes of its disagreements with sigstep on this case ('' when they agree). */
function verdicts(c: SigningCase): Record<string, string> {
  const outcome = compareCase(c, requestUrl(c), PEERS);
  expect(outcome.engineError).toBeUndefined();
  expect(outcome.roundTrip).toBeUndefined();
  const out: Record<string, string> = {};
  for (const name of outcome.compared) out[name] = '';
  for (const d of outcome.disagreements) out[d.peer] = [out[d.peer], `${d.part}: ${d.kind}`].filter(Boolean).join('; ');
  return out;
}

function sigstepSignature(c: SigningCase): string {
  const signed = engineSign(c, requestUrl(c));
  if (!signed.ok) throw new Error(signed.error.message);
  return signed.value.trace.signature;
}

describe('a generated sample against every peer', () => {
  const summary = runDifferential(300, 5849);

  it('signs every generated request, and verifies every signature it made', () => {
    expect(summary.engineErrors).toEqual([]);
    expect(summary.roundTripFailures).toEqual([]);
  });

  it('agrees with oauth-sign and with the reference provider on every request', () => {
    expect([...summary.counts.keys()].filter((k) => k.startsWith('oauth-sign') || k.startsWith('reference provider'))).toEqual([]);
    expect(summary.compared['oauth-sign']).toBe(300);
  });

  it('puts every disagreement with oauth-1.0a and node-oauth down to a named departure from RFC 5849', () => {
    const unnamed = [...summary.counts.keys()].filter((k) => {
      const kind = k.split(' | ')[2] ?? '';
      return !kind.split(/ [+&] /).every((id) => FEATURE_BY_ID.has(id));
    });
    expect(unnamed).toEqual([]);
  });
});

describe('where every implementation agrees', () => {
  it('reproduces the signature RFC 5849 §1.2 publishes', () => {
    expect(sigstepSignature(RFC_1_2)).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    for (const peer of [oauthSignPeer, oauth10aPeer, oauth10aRawUrlPeer, nodeOAuthPeer, providerPeer]) {
      expect(peer.sign(RFC_1_2)?.signature, peer.name).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    }
  });

  it("encodes !*'() (which encodeURIComponent leaves alone) as RFC 5849 §3.6 asks, in names, values and secrets", () => {
    const c = with_({ query: [["a!*'()", "!*'()"]], consumerSecret: "s!*'()", tokenSecret: '(t)' });
    expect(verdicts(c)).toMatchObject({ 'oauth-sign': '', 'oauth-1.0a': '', 'oauth (node-oauth)': '', 'reference provider (server/)': '' });
  });

  it('sorts by encoded name, then encoded value, so astral-plane characters sort by their UTF-8 bytes (§3.4.1.3.2)', () => {
    const c = with_({ query: [['a', '😀'], ['a', '\uFFFD'], ['a', 'z'], ['😀', '1'], ['\uFFFD', '1']] });
    expect(verdicts(c)).toMatchObject({ 'oauth-sign': '', 'oauth (node-oauth)': '', 'reference provider (server/)': '' });
  });

  it('signs empty values as name= and an empty token secret as a trailing & (§3.4.1.3.2, §3.4.2)', () => {
    const c = with_({ query: [['a', ''], ['b', '']], tokenSecret: '', signatureMethod: 'HMAC-SHA256' });
    expect(verdicts(c)).toMatchObject({ 'oauth-sign': '', 'oauth-1.0a': '', 'oauth (node-oauth)': '', 'reference provider (server/)': '' });
  });

  it('gives the same PLAINTEXT and HMAC-SHA512 answers as the peers that have them', () => {
    expect(verdicts(with_({ signatureMethod: 'PLAINTEXT', consumerSecret: 'a b&c', tokenSecret: '😀' }))['oauth-sign']).toBe('');
    expect(verdicts(with_({ signatureMethod: 'HMAC-SHA512' }))).toMatchObject({ 'oauth-sign': '', 'oauth-1.0a': '' });
  });
});

describe('where a peer departs from RFC 5849 and sigstep does not', () => {
  it('oauth-1.0a reads + in a query literally; §3.4.1.3.1 (HTML 4.01 form decoding) makes it a space', () => {
    const c = with_({ query: [['q', 'a b']], encoding: 'plus-for-space' });
    expect(verdicts(c)['oauth-1.0a (raw URL)']).toBe('parameters: plus-for-space-in-query');
  });

  it('oauth-1.0a cuts a query value at its first "="; §3.4.1.3.1 runs a value to the next &', () => {
    // ?sig=abc==&size=original: a raw `=` in a value, as base64 values are often sent
    expect(verdicts(with_({ query: [['sig', 'abc=='], ['size', 'original']], encoding: 'minimal' }))['oauth-1.0a (raw URL)'])
      .toBe('parameters: equals-in-query-value');
  });

  it('oauth-1.0a does not decode query names, so an encoded name is signed encoded twice', () => {
    expect(verdicts(with_({ query: [['app_id[]', '2']] }))['oauth-1.0a (raw URL)']).toBe('parameters: query-name-needs-encoding');
  });

  it('oauth-1.0a loses the empty first value of a repeated query name (§3.4.1.3.2 signs both)', () => {
    expect(verdicts(with_({ query: [['a', ''], ['a', 'x']] }))['oauth-1.0a (raw URL)']).toBe('parameters: duplicate-names & empty-query-value');
  });

  it('oauth-1.0a loses a parameter named __proto__ and mangles toString or constructor', () => {
    expect(verdicts(with_({ body: [['__proto__', 'x']], placement: 'body' }))['oauth-1.0a']).toBe('parameters: name-is-an-object-property');
    expect(verdicts(with_({ query: [['constructor', 'x']] }))['oauth-1.0a (raw URL)']).toBe('parameters: name-is-an-object-property');
  });

  it('oauth-1.0a signs the URL as typed: scheme and host case, the default port, the fragment (§3.4.1.2)', () => {
    expect(verdicts(with_({ scheme: 'HTTP', host: 'Photos.Example.NET', port: '80', fragment: '#top' }))['oauth-1.0a'])
      .toBe('uri: scheme-not-lower-case + host-not-lower-case + default-port + fragment');
  });

  it('oauth-1.0a splits the URL at every "?", losing what follows a second one (RFC 3986 §3.4)', () => {
    expect(verdicts(with_({ query: [['next', '/a?b']], encoding: 'minimal' }))['oauth-1.0a (raw URL)']).toBe('parameters: question-mark-in-query');
  });

  it('oauth-1.0a and node-oauth put a custom method in the base string unencoded (§3.4.1.1)', () => {
    const v = verdicts(with_({ httpMethod: 'X!Y*' }));
    expect(v['oauth-1.0a']).toBe('method: custom-method-with-reserved-characters');
    expect(v['oauth (node-oauth)']).toBe('method: custom-method-with-reserved-characters');
  });

  it('node-oauth drops the brackets of an IPv6 host (RFC 3986 §3.2.2)', () => {
    expect(verdicts(with_({ host: '[::1]', port: '8080' }))['oauth (node-oauth)']).toBe('uri: ipv6-host');
  });

  it("node-oauth escapes ' in the path before signing it (legacy url.parse), a path the request does not carry", () => {
    expect(verdicts(with_({ path: "/it's" }))['oauth (node-oauth)']).toBe('uri: path-with-sub-delims');
  });

  it('node-oauth and oauth-1.0a keep the leading zero of :08080, a port no Host header carries', () => {
    const v = verdicts(with_({ port: '08080' }));
    expect(v['oauth (node-oauth)']).toBe('uri: port-with-leading-zero');
    expect(v['oauth-sign']).toBe('');
  });

  it('oauth-1.0a and node-oauth sign /a/./b unresolved; fetch and curl send /a/b (RFC 3986 §5.2.4)', () => {
    const v = verdicts(with_({ path: '/photos/./2024/..' }));
    expect(v['oauth (node-oauth)']).toBe('uri: dot-segment-in-path');
    expect(v['oauth-1.0a']).toBe('uri: dot-segment-in-path');
  });

  it('oauth-1.0a signs an empty path as nothing; §3.4.1.2 (RFC 3986 §6.2.3) makes it "/"', () => {
    expect(verdicts(with_({ path: '' }))['oauth-1.0a']).toBe('uri: empty-path');
  });
});
