import { describe, expect, it } from 'vitest';
import { clockSkew, parseTokenResponse } from '../../src/http/index.ts';
import { AKANA_TOKEN_RESPONSE, MEDIAMOSA_TOKEN_RESPONSE } from './fixtures/providerSamples.ts';

function fields(body: string, contentType?: string): { format: string; fields: [string, string][] } {
  const r = parseTokenResponse(body, contentType);
  if (!r.ok) throw new Error(r.error.message);
  return { format: r.value.format, fields: r.value.fields.map(([n, v]) => [n, v]) };
}

describe('parseTokenResponse', () => {
  it("reads Akana's form-encoded answer, though it is labelled text/plain", () => {
    expect(fields(AKANA_TOKEN_RESPONSE, 'text/plain')).toEqual({
      format: 'form',
      fields: [['oauth_token', '45c8npv52e48'], ['oauth_token_secret', '7mJHAhdVzzsHfBhgmtM1gMs-kATLTSm-XabEjg']],
    });
  });

  it("reads MediaMosa's answer, with a trailing line break", () => {
    expect(fields(`${MEDIAMOSA_TOKEN_RESPONSE}\n`).fields).toEqual([['oauth_token', 'accesskey'], ['oauth_token_secret', 'accesssecret']]);
  });

  it("keeps the '=' of a base64 secret like 7digital's, and decodes percent-encoding and +", () => {
    expect(fields('oauth_token=ABC1XYZ&oauth_token_secret=oGBr7s1xQ0OBk6L1fddTCQ==&oauth_callback_confirmed=true&note=a+b%21').fields).toEqual([
      ['oauth_token', 'ABC1XYZ'], ['oauth_token_secret', 'oGBr7s1xQ0OBk6L1fddTCQ=='], ['oauth_callback_confirmed', 'true'], ['note', 'a b!'],
    ]);
  });

  it('reads the OS Data Hub JSON answer, numbers as written', () => {
    const body = '{\n  "access_token": "ZclClFcksJlZ19vnJOt09Yj3xme0",\n  "expires_in": 299,\n  "issued_at": 1576249823754,\n  "token_type": "Bearer"\n}';
    expect(fields(body, 'application/json;charset=UTF-8')).toEqual({
      format: 'json',
      fields: [['access_token', 'ZclClFcksJlZ19vnJOt09Yj3xme0'], ['expires_in', '299'], ['issued_at', '1576249823754'], ['token_type', 'Bearer']],
    });
  });

  it('points at broken JSON, and refuses JSON that is not an object', () => {
    const r = parseTokenResponse('{"access_token": "x",}', 'application/json');
    expect(r.ok || r.error).toMatchObject({ code: 'bad-json', at: 21, input: 'response' });
    const list = parseTokenResponse('[1]', 'application/json');
    expect(list.ok || list.error.code).toBe('not-an-object');
  });

  it('says an HTML error page is neither form-encoded nor JSON', () => {
    const r = parseTokenResponse('<html><body>500 Internal Server Error</body></html>', 'text/html');
    expect(r.ok || r.error.message).toContain('neither form-encoded nor JSON');
  });

  it('points at a bad percent-encoding in a form answer', () => {
    const r = parseTokenResponse('oauth_token=a%2&x=1');
    expect(r.ok || r.error).toMatchObject({ code: 'bad-percent-encoding', at: 13 });
  });
});

describe('clockSkew', () => {
  it("is how far the server's Date is ahead of oauth_timestamp, in seconds", () => {
    expect(clockSkew('1444076361', 'Mon, 05 Oct 2015 20:19:21 GMT')).toBe(0);
    expect(clockSkew('1444076361', 'Tue, 06 Oct 2015 20:19:21 GMT')).toBe(86_400);
    expect(clockSkew('1426071532', 'Wed, 11 Mar 2015 10:53:52 GMT')).toBe(-300);
  });

  it('is undefined without a Date header, or with a timestamp or date that is not one', () => {
    expect(clockSkew('1444076361')).toBeUndefined();
    expect(clockSkew('soon', 'Mon, 05 Oct 2015 20:19:21 GMT')).toBeUndefined();
    expect(clockSkew('1444076361', 'yesterday')).toBeUndefined();
  });
});
