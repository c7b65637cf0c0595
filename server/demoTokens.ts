/**
 * Access tokens the reference provider issues at start, so a protected
 * resource can be called without running the three-legged flow first (the
 * app's presets and tests use them). Public and fixed on purpose, like the demo
 * consumer credentials in src/providers/demoCredentials.ts; they never expire.
 */
export const DEMO_ACCESS_TOKEN = {
  token: 'sigstep-demo-access-token',
  secret: 'sigstep-demo-access-secret',
} as const;

/** The same for the RSA client (DEMO_OAUTH1_RSA). RSA-SHA1 ignores the secret, but the token still names the grant. */
export const DEMO_RSA_ACCESS_TOKEN = {
  token: 'sigstep-demo-rsa-access-token',
  secret: 'sigstep-demo-rsa-access-secret',
} as const;
