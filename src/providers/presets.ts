/**
 * Presets: editable starting points taken from the providers' own pages in
 * shared/providers/ (endpoints, methods, parameter names, sample values).
 * Plain data — the store copies a preset into its inputs and the user edits
 * from there; nothing about a provider is wired into the engine.
 *
 * Secrets appear here only because they are public sample values (RFC 5849,
 * 7digital's guide, the built-in provider's demo credentials) or obvious
 * placeholders the user must replace.
 */
import type { Placement, SignatureMethod } from '../engine/types.ts';
import { DEMO_OAUTH1, DEMO_OAUTH2, PROVIDER_MOUNT } from './demoCredentials.ts';

/** Where a non-oauth parameter travels: RFC 5849 §3.4.1.3.1's three sources. */
export type PresetParamSource = 'query' | 'body' | 'header';

export interface PresetParam {
  readonly name: string;
  readonly value: string;
  readonly source: PresetParamSource;
}

export interface OAuth1Preset {
  readonly kind: 'oauth1';
  readonly id: string;
  readonly label: string;
  /** one line shown under the picker: where the values come from */
  readonly note: string;
  readonly method: string;
  readonly url: string;
  readonly params: readonly PresetParam[];
  readonly body: string;
  readonly contentType: string;
  readonly placement: Placement;
  readonly signatureMethod: SignatureMethod;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly token: string;
  readonly tokenSecret: string;
  /** '' = generate a fresh one; otherwise the sample value, kept fixed */
  readonly nonce: string;
  readonly timestamp: string;
  readonly includeVersion: boolean;
  readonly callback: string;
  readonly verifier: string;
  readonly realm: string;
  /** the three-legged flow's endpoints (Flow tab), when the preset is a provider one can run it against */
  readonly flow?: FlowEndpoints;
}

/** RFC 5849 §2: the three endpoints of the redirection-based flow, and a protected resource to try the token on. */
export interface FlowEndpoints {
  readonly initiateUrl: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly resourceUrl: string;
}

export interface OAuth2Preset {
  readonly kind: 'oauth2';
  readonly id: string;
  readonly label: string;
  readonly note: string;
  readonly tokenUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** RFC 6749 §2.3.1: HTTP Basic (the OS Data Hub way) or id and secret in the form body */
  readonly clientAuth: 'basic' | 'body';
  readonly scope: string;
  /** an API that takes the access token as `Authorization: Bearer …`; '' when the preset has none */
  readonly resourceUrl: string;
}

export type Preset = OAuth1Preset | OAuth2Preset;

const FORM = 'application/x-www-form-urlencoded';

const oauth1 = (p: Partial<OAuth1Preset> & Pick<OAuth1Preset, 'id' | 'label' | 'note' | 'method' | 'url'>): OAuth1Preset => ({
  kind: 'oauth1',
  params: [],
  body: '',
  contentType: FORM,
  placement: 'header',
  signatureMethod: 'HMAC-SHA1',
  consumerKey: '',
  consumerSecret: '',
  token: '',
  tokenSecret: '',
  nonce: '',
  timestamp: '',
  includeVersion: true,
  callback: '',
  verifier: '',
  realm: '',
  ...p,
});

const SEVEN_DIGITAL = {
  method: 'POST',
  placement: 'body',
  consumerKey: 'YOUR_KEY_HERE',
  consumerSecret: 'YOUR_SECRET_HERE',
  nonce: '950262835',
  timestamp: '1426071532',
} as const;

const MEDIAMOSA = {
  method: 'GET',
  url: 'https://mediamosa.example.com/openapi/oauth/access_token',
  placement: 'query',
  params: [
    { name: 'app_id[]', value: '1', source: 'query' },
    { name: 'mediamosa_version', value: '2', source: 'query' },
  ],
  consumerKey: 'key',
  consumerSecret: 'YOUR_SECRET_HERE',
  token: 'requestkey',
  tokenSecret: 'YOUR_REQUEST_TOKEN_SECRET',
  nonce: '22eb39fb5bc9ce96caeaa84320675522',
  timestamp: '1296482023',
} as const;

const AKANA_KEY = 'acmepaymentscorp-3rCEQzwEHMT9PPvuXcClpe3v';
/** Akana's pages write the host as `{oauth-provider-url}`; a placeholder the base string URI can parse. */
const AKANA_HOST = 'https://oauth-provider.example.com';

/** The presets, in picker order. `origin` is the page's origin, where the dev server mounts the built-in provider. */
export function getPresets(origin: string): readonly Preset[] {
  const provider = `${origin}${PROVIDER_MOUNT}`;
  return [
    oauth1({
      id: 'rfc5849',
      label: 'RFC 5849 §1.2 example (photos.example.net)',
      note: 'The RFC’s published values; the signature must come out as MdpQcU8iPSUjWoN/UDMsK2sui9I=.',
      method: 'GET',
      url: 'http://photos.example.net/photos',
      params: [
        { name: 'file', value: 'vacation.jpg', source: 'query' },
        { name: 'size', value: 'original', source: 'query' },
      ],
      consumerKey: 'dpf43f3p2l4k3l03',
      consumerSecret: 'kd94hf93k423kf44',
      token: 'nnch734d00sl2jdk',
      tokenSecret: 'pfkkdhi9sl3r4s00',
      nonce: 'chapoH',
      timestamp: '137131202',
      includeVersion: false,
      realm: 'Photos',
    }),
    oauth1({
      ...SEVEN_DIGITAL,
      id: '7digital-request-token',
      label: '7digital: request token',
      note: '7digital OAuth guide step 1: signed POST, oauth parameters in the form body. Replace the key and secret.',
      url: 'https://api.7digital.com/1.2/oauth/requesttoken',
    }),
    oauth1({
      ...SEVEN_DIGITAL,
      id: '7digital-access-token',
      label: '7digital: access token',
      note: '7digital OAuth guide step 4, signed with the guide’s sample request token and secret.',
      url: 'https://api.7digital.com/1.2/oauth/accesstoken',
      token: 'ABC1XYZ',
      tokenSecret: 'oGBr7s1xQ0OBk6L1fddTCQ==',
    }),
    oauth1({
      ...MEDIAMOSA,
      id: 'mediamosa-access-token',
      label: 'MediaMosa: access token (HMAC-SHA1)',
      note: 'GET /openapi/oauth/access_token with the page’s sample key, token, nonce and timestamp; the host is a placeholder.',
    }),
    oauth1({
      ...MEDIAMOSA,
      id: 'mediamosa-access-token-plaintext',
      label: 'MediaMosa: access token (PLAINTEXT)',
      note: 'The same request with PLAINTEXT, which MediaMosa also accepts: the signature is the key itself.',
      signatureMethod: 'PLAINTEXT',
    }),
    oauth1({
      id: 'akana-initiate',
      label: 'Akana: initiate (temporary credentials)',
      note: 'POST /oauth/oauth10/initiate, Authorization header with realm, scope and oauth_callback. Replace the host and secret.',
      method: 'POST',
      url: `${AKANA_HOST}/oauth/oauth10/initiate`,
      params: [{ name: 'scope', value: 'Scope1', source: 'header' }],
      consumerKey: AKANA_KEY,
      consumerSecret: 'YOUR_CONSUMER_SECRET',
      callback: 'https://client.example.com/callback',
      realm: 'oauth-provider.example.com',
    }),
    oauth1({
      id: 'akana-token',
      label: 'Akana: token (access token)',
      note: 'GET /oauth/oauth10/token with the page’s sample header values (scope=Scope1, oauth_verifier). Replace the host and secrets.',
      method: 'GET',
      url: `${AKANA_HOST}/oauth/oauth10/token`,
      params: [{ name: 'scope', value: 'Scope1', source: 'header' }],
      consumerKey: AKANA_KEY,
      consumerSecret: 'YOUR_CONSUMER_SECRET',
      token: '45c8npv52e48',
      tokenSecret: 'YOUR_REQUEST_TOKEN_SECRET',
      nonce: '2367428168',
      timestamp: '1444076361',
      verifier: 'z1CcnUbEVbQQvY635MG2svirqVDJaXsI3GUEQQ',
    }),
    {
      kind: 'oauth2',
      id: 'os-datahub',
      label: 'OS Data Hub: OAuth 2.0 client credentials',
      note: 'POST with Authorization: Basic base64(key:secret) and grant_type=client_credentials. Use your project API key and secret.',
      // The page documents the endpoint as "POST /" under the OAuth 2 API; this is that API's base URL.
      tokenUrl: 'https://api.os.uk/oauth2/token/v1',
      clientId: 'YOUR_PROJECT_API_KEY',
      clientSecret: 'YOUR_PROJECT_API_SECRET',
      clientAuth: 'basic',
      scope: '',
      resourceUrl: '',
    },
    oauth1({
      id: 'builtin-initiate',
      label: 'Built-in test provider: request token',
      note: 'The reference provider this dev server runs, with its public demo credentials.',
      method: 'POST',
      url: `${provider}/oauth/initiate`,
      consumerKey: DEMO_OAUTH1.consumerKey,
      consumerSecret: DEMO_OAUTH1.consumerSecret,
      callback: 'oob',
      flow: {
        initiateUrl: `${provider}/oauth/initiate`,
        authorizeUrl: `${provider}/oauth/authorize`,
        tokenUrl: `${provider}/oauth/token`,
        resourceUrl: `${provider}/api/me`,
      },
    }),
    oauth1({
      id: 'builtin-api-me',
      label: 'Built-in test provider: protected resource',
      note: 'GET /api/me on the reference provider; put an access token from the Flow tab into Token / Token secret.',
      method: 'GET',
      url: `${provider}/api/me`,
      consumerKey: DEMO_OAUTH1.consumerKey,
      consumerSecret: DEMO_OAUTH1.consumerSecret,
    }),
    {
      kind: 'oauth2',
      id: 'builtin-oauth2',
      label: 'Built-in test provider: OAuth 2.0 client credentials',
      note: 'The reference provider’s token endpoint with its demo client.',
      tokenUrl: `${provider}/oauth2/token`,
      clientId: DEMO_OAUTH2.clientId,
      clientSecret: DEMO_OAUTH2.clientSecret,
      clientAuth: 'basic',
      scope: '',
      resourceUrl: `${provider}/oauth2/resource`,
    },
  ];
}
