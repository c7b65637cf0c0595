import { createHash } from 'node:crypto';

/** Nonces are remembered this long, which covers the whole ±5 minute timestamp window. */
export const NONCE_WINDOW_SECONDS = 10 * 60;
/** Hard cap on remembered nonces, whatever the request rate. */
export const MAX_NONCES = 100_000;

/**
 * Seen nonces (RFC 5849 §3.3: unique per timestamp, client credentials and
 * token). Kept per timestamp so a whole second expires at once: a request whose
 * timestamp is older than the window is refused before it gets here, so
 * forgetting that second loses nothing.
 */
export class NonceMemory {
  private readonly bySecond = new Map<number, Set<string>>();
  private size = 0;

  /** Records the nonce; false when it was already used. */
  use(args: { consumerKey: string; token: string; timestamp: number; nonce: string; nowSeconds: number }): boolean {
    this.purge(args.nowSeconds);
    const key = nonceKey(args.consumerKey, args.token, args.nonce);
    let seen = this.bySecond.get(args.timestamp);
    if (seen?.has(key)) return false;
    if (seen === undefined) {
      seen = new Set();
      this.bySecond.set(args.timestamp, seen);
    }
    seen.add(key);
    this.size++;
    return true;
  }

  get count(): number {
    return this.size;
  }

  private purge(nowSeconds: number): void {
    const oldest = nowSeconds - NONCE_WINDOW_SECONDS;
    for (const [second, seen] of this.bySecond) {
      if (second < oldest) this.drop(second, seen);
    }
    // At the cap, the oldest seconds go first, making room for the nonce about
    // to be added. That reopens replay for them, which is the right trade for a
    // loopback debugging tool: it must not be possible to exhaust its memory.
    if (this.size < MAX_NONCES) return;
    for (const second of [...this.bySecond.keys()].sort((a, b) => a - b)) {
      if (this.size < MAX_NONCES) break;
      const seen = this.bySecond.get(second);
      if (seen !== undefined) this.drop(second, seen);
    }
  }

  private drop(second: number, seen: Set<string>): void {
    this.size -= seen.size;
    this.bySecond.delete(second);
  }
}

/**
 * A fixed-size digest of who used which nonce. A signed request may carry a
 * nonce (and a token) up to the 1 MiB body cap; kept as they are, MAX_NONCES of
 * those would be 100 GiB. 32 bytes each keeps the whole memory to a few MiB.
 */
function nonceKey(consumerKey: string, token: string, nonce: string): string {
  return createHash('sha256').update(JSON.stringify([consumerKey, token, nonce])).digest('base64');
}
