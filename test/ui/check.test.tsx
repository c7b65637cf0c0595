import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outputText, renderApp } from './renderApp.tsx';

/** RFC 5849 §1.2's signed request, as curl. */
const rfcCurl = (signature = 'MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D') =>
  `curl -H 'Authorization: OAuth realm="Photos", oauth_consumer_key="dpf43f3p2l4k3l03", oauth_token="nnch734d00sl2jdk", ` +
  `oauth_signature_method="HMAC-SHA1", oauth_timestamp="137131202", oauth_nonce="chapoH", oauth_signature="${signature}"' ` +
  `'http://photos.example.net/photos?file=vacation.jpg&size=original'`;

/** Akana's own sample header (akana-oauth10-token.txt), wrapped and with the unquoted scope=Scope1. */
const AKANA = `Authorization: OAuth
oauth_signature="XupDUJuzrHqq2fCGO%2FVDXBZxFsA%3D",
scope=Scope1,
oauth_version="1.0",
oauth_nonce="2367428168",
oauth_signature_method="HMAC-SHA1",
oauth_consumer_key="acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v",
oauth_token="45c8npv52e48",
oauth_verifier="z1CcnUbEVbQQvY635MG2svirqVDJaXsI3GUEQQ",
oauth_timestamp="1444076361"`;

/** The Check tab loads lazily, so wait for its paste box. */
async function openCheck(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('tab', { name: 'Check' }));
  await screen.findByRole('textbox', { name: 'Paste a request' });
}

/** Pasting is one input event, as a real paste is (user.type would go key by key). */
async function paste(user: ReturnType<typeof renderApp>['user'], text: string) {
  await user.click(screen.getByRole('textbox', { name: 'Paste a request' }));
  await user.paste(text);
}

const verdict = () => screen.getByRole('status', { name: 'Verdict' });

describe('Check mode', () => {
  it('fills the fields from a pasted Akana Authorization header', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, AKANA);
    expect(screen.getByText(/Recognised an Authorization header/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Request URL' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Sign' }));
    expect(screen.getByRole('textbox', { name: 'Consumer key' })).toHaveValue('acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v');
    expect(screen.getByRole('textbox', { name: 'Token' })).toHaveValue('45c8npv52e48');
    expect(screen.getByRole('textbox', { name: 'Nonce' })).toHaveValue('2367428168');
    expect(screen.getByRole('textbox', { name: 'Timestamp' })).toHaveValue('1444076361');
    expect(screen.getByRole('checkbox', { name: 'Keep nonce fixed' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Verifier (oauth_verifier)' })).toHaveValue('z1CcnUbEVbQQvY635MG2svirqVDJaXsI3GUEQQ');
    expect(screen.getByRole('combobox', { name: 'Signature method' })).toHaveValue('HMAC-SHA1');
    expect(screen.getByRole('checkbox', { name: 'Send oauth_version=1.0' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Authorization header' })).toBeChecked();
    const names = screen.getAllByRole('textbox', { name: /^Parameter \d+ name$/ });
    const scope = names.findIndex((n) => (n as HTMLInputElement).value === 'scope');
    expect(scope).toBeGreaterThanOrEqual(0);
    expect(screen.getByRole('textbox', { name: `Parameter ${scope + 1} value` })).toHaveValue('Scope1');
    expect(screen.getByRole('combobox', { name: `Parameter ${scope + 1} source` })).toHaveValue('header');
  });

  it('says “matches” only once the secrets are right, never while they are being typed', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, rfcCurl());
    expect(verdict()).toHaveTextContent('Enter the secrets');
    await user.type(screen.getByLabelText('Consumer secret'), 'kd94hf93k423kf44');
    const tokenSecret = screen.getByLabelText('Token secret');
    const secret = 'pfkkdhi9sl3r4s00';
    for (const [i, ch] of [...secret].entries()) {
      await user.type(tokenSecret, ch);
      if (i < secret.length - 1) expect(verdict()).toHaveTextContent('Signature does not match');
    }
    expect(verdict()).toHaveTextContent('Signature matches');
    expect(outputText('Signature in the request')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    expect(outputText('Signature sigstep computes')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
  });

  it('says “does not match” for a wrong signature, with both signatures side by side', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, rfcCurl('MdpQcU8iPSUjWoN%2FUDMsK2sui9J%3D'));
    await user.type(screen.getByLabelText('Consumer secret'), 'kd94hf93k423kf44');
    await user.type(screen.getByLabelText('Token secret'), 'pfkkdhi9sl3r4s00');
    expect(verdict()).toHaveTextContent('Signature does not match');
    expect(outputText('Signature in the request')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9J=');
    expect(outputText('Signature sigstep computes')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
    expect(screen.getByRole('region', { name: 'Why?' })).toBeInTheDocument();
  });

  it('never re-signs the pasted request: editing secrets or the Sign tab keeps its nonce, timestamp and signature', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, rfcCurl('AAAAAAAAAAAAAAAAAAAAAAAAAAA%3D'));
    await user.type(screen.getByLabelText('Consumer secret'), 'kd94hf93k423kf44');
    await user.type(screen.getByLabelText('Token secret'), 'pfkkdhi9sl3r4s00');
    expect(verdict()).toHaveTextContent('Signature does not match');

    // Signing the same request in the Sign tab (fresh nonce, edited secret) must not leak into the check.
    await user.click(screen.getByRole('tab', { name: 'Sign' }));
    await user.click(screen.getByRole('button', { name: 'New nonce' }));
    await user.clear(screen.getByLabelText('Token secret'));
    await user.type(screen.getByLabelText('Token secret'), 'pfkkdhi9sl3r4s00');
    await openCheck(user);

    expect(verdict()).toHaveTextContent('Signature does not match');
    expect(outputText('Signature in the request')).toBe('AAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    expect(outputText('Base string')).toContain('oauth_nonce%3DchapoH');
    expect(outputText('Base string')).toContain('oauth_timestamp%3D137131202');
  });

  it('fills the Sign tab so that it signs the pasted request the same way', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, rfcCurl());
    await user.type(screen.getByLabelText('Consumer secret'), 'kd94hf93k423kf44');
    await user.type(screen.getByLabelText('Token secret'), 'pfkkdhi9sl3r4s00');
    await user.click(screen.getByRole('tab', { name: 'Sign' }));
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('http://photos.example.net/photos');
    expect(outputText('Signature (base64)')).toBe('MdpQcU8iPSUjWoN/UDMsK2sui9I=');
  });

  it('asks for the URL a bare header lacks, then checks with it', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, AKANA);
    await user.type(screen.getByLabelText('Consumer secret'), 'not-the-secret');
    expect(verdict()).toHaveTextContent(/URL/);
    await user.type(screen.getByRole('textbox', { name: 'Request URL' }), 'https://oauth-provider.example.com/oauth/oauth10/token');
    expect(verdict()).toHaveTextContent('Signature does not match');
    expect(outputText('Base string')).toMatch(/^GET&https%3A%2F%2Foauth-provider\.example\.com%2Foauth%2Foauth10%2Ftoken&/);
    expect(outputText('Base string')).toContain('scope%3DScope1');
  });

  it('points at the line and column of a paste it cannot read', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, 'GET /photos HTTP/1.1\nHost photos.example.net\n');
    const error = screen.getByRole('alert');
    expect(error).toHaveTextContent('Could not read the paste');
    expect(error).toHaveTextContent('line 2, column 1');
    expect(error).toHaveTextContent('“H”');
    expect(screen.getByRole('textbox', { name: 'Paste a request' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('says so when the pasted request has no signature to check', async () => {
    const { user } = renderApp();
    await openCheck(user);
    await paste(user, 'https://photos.example.net/photos?size=original');
    expect(verdict()).toHaveTextContent('carries no oauth_signature');
  });
});
