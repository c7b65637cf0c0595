import { describe, expect, it } from 'vitest';
import { bearerRequest, clientCredentialsRequest } from '../../src/engine/index.ts';
import { DEMO_OAUTH2 } from '../../src/providers/demoCredentials.ts';

const decodeBasic = (authorization: string): string => Buffer.from(authorization.replace(/^Basic /, ''), 'base64').toString('utf8');

describe('OAuth 2.0 client credentials (RFC 6749 §4.4)', () => {
  it('RFC 6749 §2.3.1: form-encodes the client id and secret before joining them with ":" and base64-encoding', () => {
    const { steps } = clientCredentialsRequest({
      tokenUrl: 'https://x.test/token', clientId: 'id with space', clientSecret: DEMO_OAUTH2.clientSecret, formEncodeCredentials: true,
    });
    expect(steps.joined).toBe('id+with+space:sigstep+demo+secret%3Awith%2Freserved%26chars');
    expect(decodeBasic(steps.authorization)).toBe(steps.joined);
    // Each half decodes back to the original with a form decoder, which is what the server does.
    const [id, secret] = steps.joined.split(':').map((s) => new URLSearchParams(`v=${s}`).get('v'));
    expect([id, secret]).toEqual(['id with space', DEMO_OAUTH2.clientSecret]);
  });

  it('RFC 7617: base64 of the UTF-8 bytes when the credentials are sent as they are', () => {
    const { steps } = clientCredentialsRequest({ tokenUrl: 'https://x.test/token', clientId: 'clé', clientSecret: 's:1', formEncodeCredentials: false });
    expect(steps).toEqual({ joined: 'clé:s:1', base64: Buffer.from('clé:s:1', 'utf8').toString('base64'), authorization: `Basic ${Buffer.from('clé:s:1').toString('base64')}` });
  });

  it('builds a form POST of grant_type=client_credentials, with the scope when given', () => {
    const { request } = clientCredentialsRequest({ tokenUrl: 'https://x.test/token', clientId: 'a', clientSecret: 'b', formEncodeCredentials: true, scope: 'read write' });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('https://x.test/token');
    expect(request.body).toBe('grant_type=client_credentials&scope=read+write');
    expect(request.headers).toContainEqual(['Content-Type', 'application/x-www-form-urlencoded']);
    expect(request.headers).toContainEqual(['Authorization', `Basic ${Buffer.from('a:b').toString('base64')}`]);
  });

  it('builds the Bearer request that uses the token (RFC 6750 §2.1)', () => {
    expect(bearerRequest('https://x.test/api', 'tok')).toEqual({ method: 'GET', url: 'https://x.test/api', headers: [['Authorization', 'Bearer tok']], body: '' });
    expect(bearerRequest('https://x.test/api', 'tok', 'POST').method).toBe('POST');
  });
});
