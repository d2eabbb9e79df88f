import { describe, expect, it } from 'vitest';
import { SharedKeyedRateLimiter, type SharedBucket } from './sharedRateLimit.js';

/** The shared store as another node sees it: one count per key, whatever node asks. */
function store(): { bucket: SharedBucket; keys: Map<string, number> } {
  const keys = new Map<string, number>();
  return {
    keys,
    bucket: async (key, burst) => {
      const n = keys.get(key) ?? 0;
      keys.set(key, n + 1);
      return n < burst;
    },
  };
}

describe('SharedKeyedRateLimiter', () => {
  it('two nodes on one store share the allowance for a key', async () => {
    const s = store();
    const a = new SharedKeyedRateLimiter('login', 3, 0.001, s.bucket);
    const b = new SharedKeyedRateLimiter('login', 3, 0.001, s.bucket);
    expect([await a.take('x'), await b.take('x'), await a.take('x'), await b.take('x')]).toEqual([true, true, true, false]);
    expect(await a.take('y')).toBe(true);
  });

  it('keeps no address or e-mail in the store: keys are the name and a hash', async () => {
    const s = store();
    await new SharedKeyedRateLimiter('login-account', 3, 1, s.bucket).take('ann@example.com');
    const [key] = [...s.keys.keys()];
    expect(key).toMatch(/^login-account:[\w-]{22}$/);
    expect(key).not.toContain('ann');
  });

  it('with the store failing or too slow, the node’s own bucket still limits', async () => {
    const failing = new SharedKeyedRateLimiter('login', 2, 0.001, () => Promise.reject(new Error('down')));
    expect([await failing.take('x'), await failing.take('x'), await failing.take('x')]).toEqual([true, true, false]);
    const hanging = new SharedKeyedRateLimiter('login', 1, 0.001, () => new Promise<boolean>(() => {}));
    const t0 = Date.now();
    expect(await hanging.take('x')).toBe(true);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(await hanging.take('x')).toBe(false);
  });

  it('a refusal by the store refuses, even when this node has tokens left', async () => {
    const refusing = new SharedKeyedRateLimiter('login', 5, 1, async () => false);
    expect(await refusing.take('x')).toBe(false);
  });
});
