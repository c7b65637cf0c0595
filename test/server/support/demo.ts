import { DEMO_OAUTH1, DEMO_OAUTH1_RSA } from '../../../src/providers/demoCredentials.ts';
import type { SignatureMethod } from './oauth1Client.ts';

/** The demo client that fits a signature method: the RSA one for RSA-*, the shared-secret one otherwise. */
export function clientFor(method: SignatureMethod): { consumer: { key: string; secret: string }; privateKeyPem?: string } {
  return method.startsWith('RSA-')
    ? { consumer: { key: DEMO_OAUTH1_RSA.consumerKey, secret: '' }, privateKeyPem: DEMO_OAUTH1_RSA.privateKeyPem }
    : { consumer: { key: DEMO_OAUTH1.consumerKey, secret: DEMO_OAUTH1.consumerSecret } };
}
