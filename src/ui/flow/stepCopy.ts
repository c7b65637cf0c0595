/** The four legs of RFC 5849 §2, with the line that says what each is for. */
export interface FlowCardInfo {
  readonly n: number;
  readonly title: string;
  readonly why: string;
  readonly section: string;
  /** which RFC `section` is in (default 5849) */
  readonly rfc?: number;
}

export const rfcSection = (rfc: number, section: string): string => `https://www.rfc-editor.org/rfc/rfc${rfc}#section-${section}`;

export const FLOW_CARDS = {
  initiate: {
    n: 1,
    title: 'Temporary credentials',
    why: 'The client asks for a request token and says where the user comes back to (oauth_callback). Signed with the client credentials alone.',
    section: '2.1',
  },
  authorize: {
    n: 2,
    title: 'Authorize',
    why: 'The user approves at the provider, which sends them back to oauth_callback with the request token and a verifier.',
    section: '2.2',
  },
  token: {
    n: 3,
    title: 'Token credentials',
    why: 'The request token, its secret (in the signing key) and the verifier are exchanged for the token credentials.',
    section: '2.3',
  },
  resource: {
    n: 4,
    title: 'Protected resource',
    why: 'The token credentials sign requests for the user’s resources, as long as the provider honours them.',
    section: '3',
  },
} as const satisfies Record<string, FlowCardInfo>;
