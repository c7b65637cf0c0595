import { randomToken } from './randomToken.ts';

/** OS Data Hub's tokens live 299 seconds; so do these. */
export const OAUTH2_EXPIRES_IN_SECONDS = 299;
const MAX_TOKENS = 10_000;

export interface BearerToken {
  readonly accessToken: string;
  readonly clientId: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** Bearer tokens from the client-credentials grant (RFC 6749 §4.4), in memory. */
export class OAuth2Tokens {
  private readonly byToken = new Map<string, BearerToken>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
  }

  issue(clientId: string): BearerToken {
    const issuedAt = this.now();
    for (const [token, t] of this.byToken) if (t.expiresAt <= issuedAt) this.byToken.delete(token);
    for (const token of this.byToken.keys()) {
      if (this.byToken.size < MAX_TOKENS) break;
      this.byToken.delete(token);
    }
    const bearer = { accessToken: randomToken(21), clientId, issuedAt, expiresAt: issuedAt + OAUTH2_EXPIRES_IN_SECONDS * 1000 };
    this.byToken.set(bearer.accessToken, bearer);
    return bearer;
  }

  find(accessToken: string): BearerToken | 'unknown' | 'expired' {
    const bearer = this.byToken.get(accessToken);
    if (bearer === undefined) return 'unknown';
    if (bearer.expiresAt <= this.now()) {
      this.byToken.delete(accessToken);
      return 'expired';
    }
    return bearer;
  }
}
