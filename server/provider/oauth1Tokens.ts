import { DEMO_OAUTH1, DEMO_OAUTH1_RSA } from '../../src/providers/demoCredentials.ts';
import { DEMO_ACCESS_TOKEN, DEMO_RSA_ACCESS_TOKEN } from '../demoTokens.ts';
import { randomToken } from './randomToken.ts';

export const TEMPORARY_LIFETIME_MS = 10 * 60_000;
export const ACCESS_LIFETIME_MS = 24 * 60 * 60_000;
/** Memory is bounded: past this many live credentials the oldest are forgotten. */
const MAX_CREDENTIALS = 10_000;

interface Common {
  readonly token: string;
  readonly secret: string;
  readonly consumerKey: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

export interface TemporaryCredential extends Common {
  readonly kind: 'temporary';
  readonly callback: string;
  state: 'pending' | 'approved' | 'denied';
  verifier?: string;
}

export interface AccessCredential extends Common {
  readonly kind: 'access';
}

export type Credential = TemporaryCredential | AccessCredential;

/** Temporary and access credentials (RFC 5849 §2.1, §2.3), in memory; secrets fresh per issue. */
export class OAuth1Tokens {
  private readonly byToken = new Map<string, Credential>();
  private readonly now: () => number;

  constructor(now: () => number) {
    this.now = now;
    for (const [demo, consumerKey] of [
      [DEMO_ACCESS_TOKEN, DEMO_OAUTH1.consumerKey],
      [DEMO_RSA_ACCESS_TOKEN, DEMO_OAUTH1_RSA.consumerKey],
    ] as const) {
      this.byToken.set(demo.token, {
        kind: 'access', token: demo.token, secret: demo.secret, consumerKey, issuedAt: 0, expiresAt: Infinity,
      });
    }
  }

  issueTemporary(consumerKey: string, callback: string): TemporaryCredential {
    const issuedAt = this.now();
    const credential: TemporaryCredential = {
      kind: 'temporary', token: randomToken(), secret: randomToken(), consumerKey, callback,
      issuedAt, expiresAt: issuedAt + TEMPORARY_LIFETIME_MS, state: 'pending',
    };
    this.store(credential);
    return credential;
  }

  /** Trades an approved temporary credential for an access one; the temporary one is spent. */
  exchange(temporary: TemporaryCredential): AccessCredential {
    this.byToken.delete(temporary.token);
    const issuedAt = this.now();
    const credential: AccessCredential = {
      kind: 'access', token: randomToken(), secret: randomToken(), consumerKey: temporary.consumerKey,
      issuedAt, expiresAt: issuedAt + ACCESS_LIFETIME_MS,
    };
    this.store(credential);
    return credential;
  }

  /** The credential for `token`, or why there is none. Expired ones are forgotten here. */
  find(token: string): Credential | 'unknown' | 'expired' {
    const credential = this.byToken.get(token);
    if (credential === undefined) return 'unknown';
    if (credential.expiresAt <= this.now()) {
      this.byToken.delete(token);
      return 'expired';
    }
    return credential;
  }

  approve(temporary: TemporaryCredential): string {
    temporary.state = 'approved';
    temporary.verifier ??= randomToken(15);
    return temporary.verifier;
  }

  deny(temporary: TemporaryCredential): void {
    temporary.state = 'denied';
  }

  private store(credential: Credential): void {
    const now = this.now();
    for (const [token, c] of this.byToken) if (c.expiresAt <= now) this.byToken.delete(token);
    // Map iteration is insertion order, so the first entries are the oldest. The
    // pre-issued demo tokens (which never expire) are kept: the app's presets use them.
    for (const [token, c] of this.byToken) {
      if (this.byToken.size < MAX_CREDENTIALS) break;
      if (c.expiresAt !== Infinity) this.byToken.delete(token);
    }
    this.byToken.set(credential.token, credential);
  }
}
