import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOAuthProblem, parseTokenResponse } from '../../src/http/index.ts';
import { AKANA_TOKEN_RESPONSE } from './fixtures/providerSamples.ts';

const RFC_BASE_STRING =
  'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7';

describe('decodeOAuthProblem', () => {
  it('reads a signature_invalid in the reference provider\'s form, with its base string and advice', () => {
    const body = `oauth_problem=signature_invalid&oauth_signature_base_string=${encodeURIComponent(RFC_BASE_STRING)}&oauth_problem_advice=Compare%20the%20base%20strings.`;
    const p = decodeOAuthProblem(body, [['WWW-Authenticate', 'OAuth realm="sigstep", oauth_problem="signature_invalid"']]);
    expect(p).toMatchObject({ problem: 'signature_invalid', baseString: RFC_BASE_STRING, providerAdvice: 'Compare the base strings.' });
    expect(p?.advice).toContain('base string');
    expect(p?.params.filter(([n]) => n === 'oauth_problem')).toHaveLength(1);
  });

  it('reads timestamp_refused with the range it accepts', () => {
    const p = decodeOAuthProblem('oauth_problem=timestamp_refused&oauth_acceptable_timestamps=1444076061-1444076661');
    expect(p?.acceptableTimestamps).toEqual({ from: 1444076061, to: 1444076661 });
    expect(p?.advice).toContain('clock');
    expect(p?.advice).toContain('1444076061-1444076661');
  });

  it('lists the parameters a parameter_absent names', () => {
    const p = decodeOAuthProblem('oauth_problem=parameter_absent&oauth_parameters_absent=oauth_nonce%26oauth_timestamp');
    expect(p?.advice).toContain('Missing: oauth_nonce, oauth_timestamp.');
  });

  it.each([
    ['nonce_used', 'nonce'],
    ['token_rejected', 'oauth_token'],
    ['verifier_invalid', 'oauth_verifier'],
    ['consumer_key_unknown', 'oauth_consumer_key'],
    ['signature_method_rejected', 'oauth_signature_method'],
  ])('gives plain advice for %s', (problem, mentions) => {
    expect(decodeOAuthProblem(`oauth_problem=${problem}`)?.advice).toContain(mentions);
  });

  it('reads the problem from WWW-Authenticate when the body is empty', () => {
    expect(decodeOAuthProblem('', [['www-authenticate', 'OAuth realm="Photos", oauth_problem="token_expired"']])?.problem).toBe('token_expired');
  });

  it("finds Flickr's debug_sbs, whose base string is not encoded as a field value", () => {
    const body = `oauth_problem=signature_invalid&debug_sbs=${RFC_BASE_STRING}`;
    expect(decodeOAuthProblem(body)?.baseString).toBe(RFC_BASE_STRING);
  });

  it('finds a debug_sbs that is encoded as a field value (Magento)', () => {
    const body = `oauth_problem=signature_invalid&debug_sbs=${encodeURIComponent(RFC_BASE_STRING)}&other=1`;
    expect(decodeOAuthProblem(body)?.baseString).toBe(RFC_BASE_STRING);
  });

  it("finds Yelp's \"Expected signature base string\" in a JSON error and calls it signature_invalid", () => {
    const body = JSON.stringify({ error: { id: 'INVALID_SIGNATURE', text: 'Signature was invalid', description: `Invalid signature. Expected signature base string: ${RFC_BASE_STRING}` } });
    const p = decodeOAuthProblem(body);
    expect(p?.baseString).toBe(RFC_BASE_STRING);
    expect(p?.problem).toBe('signature_invalid');
  });

  it('reads an OAuth 2.0 error, with the provider\'s description', () => {
    const p = decodeOAuthProblem('{"error":"invalid_client","error_description":"Client authentication failed"}');
    expect(p).toMatchObject({ problem: 'invalid_client', providerAdvice: 'Client authentication failed' });
    expect(p?.advice).toContain('2.3.1');
  });

  it('finds oauth_problem inside an HTML page', () => {
    expect(decodeOAuthProblem('<html><p>Error: oauth_problem=nonce_used</p></html>')?.problem).toBe('nonce_used');
  });

  it('says something useful about a problem it does not know', () => {
    expect(decodeOAuthProblem('oauth_problem=quota_exceeded')?.advice).toContain('quota_exceeded');
  });

  it('finds nothing in a successful token answer', () => {
    expect(decodeOAuthProblem(AKANA_TOKEN_RESPONSE)).toBeUndefined();
    expect(decodeOAuthProblem('{"access_token":"x","token_type":"Bearer"}')).toBeUndefined();
  });
});

describe('the response readers never throw', () => {
  it('on arbitrary bodies and content types', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.option(fc.constantFrom('application/json', 'text/plain'), { nil: undefined }), (body, type) => {
        parseTokenResponse(body, type);
        decodeOAuthProblem(body, [['WWW-Authenticate', body]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('on a 1 MiB body', () => {
    const body = `oauth_problem=signature_invalid&debug_sbs=${'x'.repeat(1 << 20)}`;
    expect(decodeOAuthProblem(body)?.baseString).toBeUndefined();
    expect(parseTokenResponse(`{"a":"${'y'.repeat(1 << 20)}"}`).ok).toBe(true);
  });
});
