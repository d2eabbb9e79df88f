import { describe, expect, it } from 'vitest';
import { KeyedRateLimiter } from './rateLimit.js';

describe('keyed rate limiter', () => {
  it("does not hand a drained key a fresh allowance when many other keys arrive (it used to forget every bucket at 10,000)", () => {
    const limit = new KeyedRateLimiter(3, 0.001, 100);
    for (let i = 0; i < 3; i++) expect(limit.take('attacker')).toBe(true);
    expect(limit.take('attacker')).toBe(false);
    // Other keys, each drained a little: the attacker's bucket is the most recently used one, so it stays.
    for (let i = 0; i < 99; i++) limit.take(`other${i}`);
    limit.take('attacker');
    for (let i = 99; i < 500; i++) {
      limit.take(`other${i}`);
      if (i % 50 === 0) expect(limit.take('attacker')).toBe(false);
    }
    expect(limit.size).toBeLessThanOrEqual(100);
  });
  it('forgets the buckets that are full again first', async () => {
    const limit = new KeyedRateLimiter(2, 1000, 3); // a token a millisecond
    limit.take('a');
    limit.take('b');
    limit.take('c');
    await new Promise((r) => setTimeout(r, 20)); // all three refilled
    expect(limit.take('d')).toBe(true);
    expect(limit.size).toBe(1);
  });
});
