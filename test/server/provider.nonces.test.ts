import { describe, expect, it } from 'vitest';
import { MAX_NONCES, NONCE_WINDOW_SECONDS, NonceMemory } from '../../server/provider/nonces.ts';

const use = (memory: NonceMemory, nonce: string, timestamp: number, nowSeconds = timestamp): boolean =>
  memory.use({ consumerKey: 'c', token: 't', timestamp, nonce, nowSeconds });

describe('nonce memory', () => {
  it('refuses a nonce seen with the same timestamp, client and token', () => {
    const memory = new NonceMemory();
    expect(use(memory, 'a', 1000)).toBe(true);
    expect(use(memory, 'a', 1000)).toBe(false);
    expect(memory.use({ consumerKey: 'c', token: 'other', timestamp: 1000, nonce: 'a', nowSeconds: 1000 })).toBe(true);
  });

  it('forgets whole seconds once they leave the 10-minute window', () => {
    const memory = new NonceMemory();
    use(memory, 'a', 1000);
    use(memory, 'b', 1000);
    expect(memory.count).toBe(2);
    use(memory, 'c', 1000 + NONCE_WINDOW_SECONDS + 1);
    expect(memory.count).toBe(1);
  });

  it('never holds more than its cap, dropping the oldest seconds first', () => {
    const memory = new NonceMemory();
    for (let i = 0; i < MAX_NONCES + 50; i++) use(memory, `n${i}`, 1000 + (i % 100), 1000);
    expect(memory.count).toBeLessThanOrEqual(MAX_NONCES + 1);
    expect(use(memory, 'n99', 1099, 1000)).toBe(false);
  });
});
