import { authorize } from './authorizePage.ts';
import { indexPage } from './indexPage.ts';
import { initiate, me, token } from './oauth1Endpoints.ts';
import { oauth2Resource, oauth2Token } from './oauth2Endpoints.ts';
import type { Endpoint } from './providerContext.ts';

interface Route {
  readonly methods: readonly string[];
  readonly endpoint: Endpoint;
}

/** Every endpoint of the provider, with the methods it answers. */
export const ROUTES: ReadonlyMap<string, Route> = new Map<string, Route>([
  ['/', { methods: ['GET'], endpoint: indexPage }],
  ['/oauth/initiate', { methods: ['GET', 'POST'], endpoint: initiate }],
  ['/oauth/authorize', { methods: ['GET', 'POST'], endpoint: authorize }],
  ['/oauth/token', { methods: ['GET', 'POST'], endpoint: token }],
  ['/api/me', { methods: ['GET', 'POST'], endpoint: me }],
  ['/oauth2/token', { methods: ['POST'], endpoint: oauth2Token }],
  ['/oauth2/resource', { methods: ['GET'], endpoint: oauth2Resource }],
]);
