import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_TOKEN, startProvider } from '../../server/provider/index.ts';
import { toSignedScript, type SignedScriptInput } from '../../src/http/index.ts';
import { DEMO_OAUTH1 } from '../../src/providers/demoCredentials.ts';
import { startOAuthSignServer } from './support/oauthSignServer.ts';
import { runShell, type Ran } from './support/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sigstep-script-'));
let counter = 0;

/** Writes the script for `input` and runs it with `shell`. */
async function runScript(input: SignedScriptInput, shell = 'sh'): Promise<Ran> {
  const script = toSignedScript(input);
  if (!script.ok) throw new Error(script.error.message);
  const file = join(dir, `sign-${counter++}.sh`);
  writeFileSync(file, script.value);
  return runShell(shell, [file, '--max-time', '10']);
}

const awkward: SignedScriptInput['query'] = [['q', 'a b+c ~*'], ['name', 'Zoë 😀'], ['app_id[]', '1'], ['app_id[]', '0']];

describe('the signing script against the reference provider', () => {
  let provider: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    provider = await startProvider({ port: 0 });
  });
  afterAll(() => provider.close());

  /** `url` in the overrides is a path on the provider. */
  const demo = (overrides: Partial<SignedScriptInput>): SignedScriptInput => ({
    method: 'GET', query: [], body: [], placement: 'header',
    consumerKey: DEMO_OAUTH1.consumerKey, consumerSecret: DEMO_OAUTH1.consumerSecret,
    token: DEMO_ACCESS_TOKEN.token, tokenSecret: DEMO_ACCESS_TOKEN.secret,
    signatureMethod: 'HMAC-SHA1', includeVersion: true, ...overrides,
    ...{ url: `${provider.url}${overrides.url ?? '/api/me'}` },
  });

  const cases: [string, Partial<SignedScriptInput>][] = [
    ['HMAC-SHA1 in the Authorization header, with realm and a scope like Akana', { realm: 'Photos', extraHeaderParams: [['scope', 'Scope 1+2']], query: awkward }],
    ['HMAC-SHA256 in the query, like MediaMosa', { signatureMethod: 'HMAC-SHA256', placement: 'query', query: awkward, includeVersion: false }],
    ['HMAC-SHA512 in a form body, like 7digital', { method: 'POST', signatureMethod: 'HMAC-SHA512', placement: 'body', body: [['status', 'Hello Ladies + Gentlemen, a signed OAuth request! ~*é']] }],
    ['PLAINTEXT in the header, with a query in the URL itself', { signatureMethod: 'PLAINTEXT', url: '/api/me?x=a+b&y=%7E' }],
  ];

  for (const [name, overrides] of cases) {
    it(`${name}: two runs, two fresh nonces, both accepted`, async () => {
      const input = demo(overrides);
      const runs = [await runScript(input), await runScript(input, 'bash')];
      const answers = runs.map((run) => {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        return JSON.parse(run.stdout) as { signature_method: string; oauth_parameters_in: string; base_string: string };
      });
      for (const answer of answers) {
        expect(answer.signature_method).toBe(input.signatureMethod);
        expect(answer.oauth_parameters_in).toBe(input.placement);
      }
      const nonce = (s: string): string | undefined => /oauth_nonce%3D([0-9a-f]+)/.exec(s)?.[1];
      expect(nonce(answers[0]?.base_string ?? '')).toMatch(/^[0-9a-f]{32}$/);
      expect(nonce(answers[0]?.base_string ?? '')).not.toBe(nonce(answers[1]?.base_string ?? ''));
    });
  }

  it('fails with the exit status curl gives an HTTP error when the secret is wrong', async () => {
    const run = await runScript(demo({ consumerSecret: 'not-the-secret' }));
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('signature_invalid');
  });
});

describe('the signing script against oauth-sign, with secrets the demo client cannot have', () => {
  const consumerSecret = `kd94hf93k423kf44 é'"$HOME\`x\` &+~*`;
  const tokenSecret = 'pfkkdhi9sl3r4s00 😀 %41';
  let server: Awaited<ReturnType<typeof startOAuthSignServer>>;
  beforeAll(async () => {
    server = await startOAuthSignServer(consumerSecret, tokenSecret);
  });
  afterAll(() => server.close());

  for (const signatureMethod of ['HMAC-SHA1', 'HMAC-SHA256', 'HMAC-SHA512', 'PLAINTEXT'] as const) {
    it(`${signatureMethod}: signs as oauth-sign does, run by dash`, async () => {
      const input: SignedScriptInput = {
        method: 'POST', url: `${server.origin}/photos?size=original`, query: awkward, body: [['file', 'vacation 1.jpg']],
        placement: 'header', consumerKey: 'dpf43f3p2l4k3l03', consumerSecret, token: 'nnch734d00sl2jdk', tokenSecret,
        signatureMethod, callback: 'http://printer.example.com/ready?a=1&b=2', includeVersion: true,
      };
      const run = await runScript(input, 'dash');
      expect(run.stdout).toBe('signature ok');
      expect(run.code).toBe(0);
    });
  }

  it('is refused by the same check when signed with another secret (the check is not vacuous)', async () => {
    const run = await runScript({
      method: 'GET', url: `${server.origin}/photos`, query: [], body: [], placement: 'query', consumerKey: 'k',
      consumerSecret: `${consumerSecret}x`, token: 't', tokenSecret, signatureMethod: 'HMAC-SHA1', includeVersion: false,
    }, 'dash');
    expect(run.stdout).toContain('signature_invalid');
    expect(run.code).not.toBe(0);
  });
});

describe('toSignedScript refuses what a script cannot carry', () => {
  const base: SignedScriptInput = {
    method: 'GET', url: 'https://x.example/', query: [], body: [], placement: 'header', consumerKey: 'k', consumerSecret: 's',
    signatureMethod: 'HMAC-SHA1', includeVersion: true,
  };

  it('a relative URL, with the engine\'s error', () => {
    const r = toSignedScript({ ...base, url: '/path' });
    expect(r.ok || r.error.code).toBe('relative-url');
  });

  it('a NUL character in a value', () => {
    const r = toSignedScript({ ...base, body: [['a', 'x\0y']] });
    expect(r.ok || r.error.code).toBe('nul-in-value');
  });

  it('keeps the secrets in plain sight at the top, as the user asked', () => {
    const r = toSignedScript({ ...base, consumerSecret: "it's secret" });
    expect(r.ok && r.value).toContain("CONSUMER_SECRET='it'\\''s secret'");
  });
});
