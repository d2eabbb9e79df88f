import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, parseStoredHash, verifyPassword } from './passwords.js';

/** What hashes were made with before p went to 5. */
const OLD = { N: 16384, r: 8, p: 1 };
const salt = Buffer.alloc(16, 1).toString('base64');
const key = Buffer.alloc(32, 2).toString('base64');

describe('passwords', () => {
  it('hashes with a salt and verifies only the right password', async () => {
    const h1 = await hashPassword('correct horse');
    const h2 = await hashPassword('correct horse');
    expect(h1).not.toBe(h2);
    expect(h1).not.toContain('correct');
    expect(await verifyPassword('correct horse', h1)).toBe(true);
    expect(await verifyPassword('wrong', h1)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it("hashes with OWASP's N=2^14, r=8, p=5 (16 MiB a hash) and leaves such a hash alone", async () => {
    const h = await hashPassword('correct horse');
    expect(h).toMatch(/^scrypt\$16384\$8\$5\$/);
    expect(needsRehash(h)).toBe(false);
  });

  it('still verifies a hash made with the old parameters, and asks for it to be rehashed', async () => {
    const old = await hashPassword('correct horse', OLD);
    expect(old).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse', old)).toBe(true);
    expect(await verifyPassword('wrong', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('x', { N: 8192, r: 8, p: 5 }))).toBe(true);
  });

  it.each([
    ['N of 2^30 (1 TiB)', `scrypt$1073741824$8$1$${salt}$${key}`],
    ['N not a power of two', `scrypt$16383$8$1$${salt}$${key}`],
    ['N of 1', `scrypt$1$8$1$${salt}$${key}`],
    ['a million rounds', `scrypt$16384$8$1000000$${salt}$${key}`],
    ['r of 0', `scrypt$16384$0$1$${salt}$${key}`],
    ['a huge r', `scrypt$2$1000000$1$${salt}$${key}`],
    ['a 1 MB key', `scrypt$16384$8$1$${salt}$${Buffer.alloc(1 << 20).toString('base64')}`],
    ['an empty key', `scrypt$16384$8$1$${salt}$`],
    ['numbers that are not whole', `scrypt$1.6e4$8$1$${salt}$${key}`],
    ['a negative p', `scrypt$16384$8$-1$${salt}$${key}`],
    ['a part missing', `scrypt$16384$8$${salt}$${key}`],
    ['another algorithm', `bcrypt$16384$8$1$${salt}$${key}`],
  ])('refuses a stored hash with %s, quickly and without throwing', async (_what, stored) => {
    const started = Date.now();
    expect(parseStoredHash(stored)).toBeNull();
    await expect(verifyPassword('anything', stored)).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
