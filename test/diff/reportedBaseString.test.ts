/** Finding the base string a provider reports in its error body (issue 5), from each provider's real shape. */
import { describe, expect, it } from 'vitest';
import { findReportedBaseString } from '../../src/diff/index.ts';

const BASE = 'GET&https%3A%2F%2Fapi.yelp.com%2Fv2%2Fsearch&location%3DSan%2520Francisco%26oauth_version%3D1.0%26term%3Dfood';

describe('findReportedBaseString', () => {
  it('reads the reference provider\'s oauth_signature_base_string field (form-encoded)', () => {
    const body = `oauth_problem=signature_invalid&oauth_signature_base_string=${encodeURIComponent(BASE)}&oauth_problem_advice=compare`;
    expect(findReportedBaseString(body)).toBe(BASE);
  });

  it('reads debug_sbs written raw, its own "&"s unencoded (Flickr)', () => {
    expect(findReportedBaseString(`oauth_problem=signature_invalid&debug_sbs=${BASE}`)).toBe(BASE);
  });

  it('reads debug_sbs encoded as a form field', () => {
    expect(findReportedBaseString(`oauth_problem=signature_invalid&debug_sbs=${encodeURIComponent(BASE)}`)).toBe(BASE);
  });

  it('reads Yelp\'s "Expected signature base string" sentence with a raw "&"', () => {
    const body = JSON.stringify({ error: { text: 'Signature was invalid', id: 'INVALID_SIGNATURE', description: `Invalid signature. Expected signature base string: ${BASE}` } });
    expect(findReportedBaseString(body)).toBe(BASE);
  });

  it('reads Yelp\'s sentence as Yelp sends it, with "&" escaped as \\u0026 in the JSON', () => {
    const body = `{"error": {"text": "Signature was invalid", "id": "INVALID_SIGNATURE", "description": "Invalid signature. Expected signature base string: ${BASE.replaceAll('&', '\\u0026')}"}}`;
    expect(findReportedBaseString(body)).toBe(BASE);
  });

  it('reads a "base_string:" line (Google\'s OAuth 1.0 endpoint)', () => {
    expect(findReportedBaseString(`signature_invalid\nbase_string:${BASE}\n\n`)).toBe(BASE);
  });

  it('finds nothing in a body without a base string', () => {
    expect(findReportedBaseString('oauth_problem=timestamp_refused&oauth_acceptable_timestamps=1-2')).toBeUndefined();
    expect(findReportedBaseString('<html>Server error</html>')).toBeUndefined();
    expect(findReportedBaseString('')).toBeUndefined();
  });
});
