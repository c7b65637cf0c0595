/**
 * What each reported problem means and what to check, in plain words: the OAuth
 * Problem Reporting extension's `oauth_problem` values (plus verifier_invalid,
 * which providers send though the extension predates verifiers), and the
 * OAuth 2.0 `error` codes of RFC 6749 §5.2 and RFC 6750 §3.1.
 */
export const PROBLEM_ADVICE: Readonly<Record<string, string>> = {
  signature_invalid:
    'The provider computed a different signature. Compare its base string with ours if it sent one. Most mismatches are the URL (http vs https, host case, port, a trailing slash), a value encoded twice or not at all, a parameter one side signs and the other does not (a body without the form Content-Type, query parameters on a POST), or the wrong consumer or token secret.',
  timestamp_refused:
    "The provider refused oauth_timestamp: your clock and the provider's differ by more than it allows (often 5 minutes). Check the clock skew, then send again with a fresh timestamp.",
  nonce_used: 'The provider has already seen this oauth_nonce (with this timestamp). Use a new nonce for every request; a replayed curl command reuses it.',
  parameter_absent: 'A required parameter is missing from the request.',
  parameter_rejected: 'The provider refused a parameter: it is not allowed here, or its value is malformed.',
  version_rejected: 'The provider does not accept this oauth_version. Send 1.0, or leave it out.',
  signature_method_rejected: 'The provider does not accept this oauth_signature_method. Check which methods it supports (often only HMAC-SHA1).',
  consumer_key_unknown: 'The provider does not know this oauth_consumer_key. Check for a typo, and that the key belongs to this environment (sandbox or production).',
  consumer_key_rejected: 'The consumer key is known but not allowed to make this request (suspended, or not permitted for this API).',
  consumer_key_refused: 'The consumer key is known but refused, perhaps only for now (for example, rate-limited).',
  token_used: 'This token has already been used. Request tokens work once: start the flow again.',
  token_expired: 'The token has expired. Get a new one.',
  token_revoked: 'The token was revoked by the user or the provider. Get a new one.',
  token_rejected:
    'The provider does not accept this oauth_token. Check it is the right kind (the request token for the access-token step, the access token for API calls) and not swapped with its secret.',
  verifier_invalid: 'The oauth_verifier does not match the one issued for this request token. Copy it again from the callback, and use it with the same request token.',
  additional_authorization_required: 'The token is valid but does not grant this; the user must authorise more access.',
  permission_unknown: 'The user has not yet decided whether to authorise this token.',
  permission_denied: 'The user refused to authorise this token.',
  user_refused: 'The user refused to authorise this token.',
  invalid_request: 'The token request is malformed: a parameter is missing, repeated or not allowed.',
  invalid_client:
    'The client ID or secret is wrong. With Basic authentication, also check whether the provider expects the ID and secret form-encoded before base64 (RFC 6749 §2.3.1); it matters when they contain characters such as spaces, ":" or "&".',
  invalid_grant: 'The grant (code, refresh token or credentials) is invalid, expired or was issued to another client.',
  unauthorized_client: 'This client is not allowed to use this grant type.',
  unsupported_grant_type: 'The provider does not support this grant_type. For client credentials, send grant_type=client_credentials in a form body (Content-Type: application/x-www-form-urlencoded).',
  invalid_scope: 'The requested scope is unknown, malformed, or more than this client may have.',
  invalid_token: 'The access token is missing, expired, revoked or malformed. Get a new one and send it as Authorization: Bearer <token>.',
  insufficient_scope: 'The access token does not carry the scope this resource needs.',
};

export function adviceFor(problem: string, params: readonly (readonly [string, string])[]): string {
  const base = PROBLEM_ADVICE[problem] ?? `The provider reported "${problem}". Its documentation should say what that means.`;
  const value = (name: string): string | undefined => params.find(([n]) => n === name)?.[1];
  const details = [
    ['oauth_parameters_absent', 'Missing'],
    ['oauth_parameters_rejected', 'Refused'],
    ['oauth_acceptable_timestamps', 'Timestamps it accepts'],
    ['oauth_acceptable_versions', 'Versions it accepts'],
  ]
    .map(([name = '', label = '']) => [label, value(name)] as const)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([label, v]) => `${label}: ${(v ?? '').replaceAll('&', ', ')}.`);
  return [base, ...details].join(' ');
}
