/**
 * The provider's own Authorization header reader (independent of src/engine):
 * quoted values are RFC 7230 §3.2.6 quoted-strings, so a realm may hold an
 * escaped quote or backslash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOAuthHeader } from '../../server/provider/authorizationHeader.ts';
import { DEMO_ACCESS_TOKEN, startProvider } from '../../server/provider/index.ts';
import { send, signOAuth1 } from './support/oauth1Client.ts';
import { clientFor } from './support/demo.ts';

describe('parseOAuthHeader', () => {
  it('reads an escaped quote and an escaped backslash inside a quoted realm', () => {
    const parsed = parseOAuthHeader(String.raw`OAuth realm="say \"hi\" \\ bye", oauth_nonce="n1"`);
    expect(parsed).toEqual({ ok: true, value: [['realm', 'say "hi" \\ bye'], ['oauth_nonce', 'n1']] });
  });

  it('still refuses a quote left open', () => {
    expect(parseOAuthHeader('OAuth realm="open, oauth_nonce="n1"')?.ok).toBe(false);
    expect(parseOAuthHeader(String.raw`OAuth realm="ends in a backslash\"`)?.ok).toBe(false);
  });
});

describe('a signed request whose realm holds an escaped quote', () => {
  let provider: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    provider = await startProvider({});
  });
  afterAll(() => provider.close());

  it('is accepted: realm is not signed, and the rest of the header reads as usual', async () => {
    const signed = signOAuth1({
      ...clientFor('HMAC-SHA1'), method: 'GET', url: `${provider.url}/api/me`, signatureMethod: 'HMAC-SHA1', placement: 'header',
      token: { key: DEMO_ACCESS_TOKEN.token, secret: DEMO_ACCESS_TOKEN.secret }, timestamp: Math.floor(Date.now() / 1000),
    });
    const header = signed.headers.Authorization ?? '';
    expect(header).toMatch(/^OAuth /);
    const withRealm = header.replace(/^OAuth /, String.raw`OAuth realm="the \"quoted\" realm", `);
    const response = await send({ ...signed, headers: { ...signed.headers, Authorization: withRealm } });
    expect(response.status).toBe(200);
  });
});
