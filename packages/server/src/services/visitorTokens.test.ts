import { describe, expect, it } from 'vitest';
import { issueVisitorToken, verifyVisitorToken } from './visitorTokens.js';
import { hashPassword, verifyPassword } from './passwords.js';

const secret = 'x'.repeat(40);

describe('visitor tokens', () => {
  it('round-trips and rejects tampering or another secret', () => {
    const t = issueVisitorToken(secret, { visitorId: 'vi_1', siteId: 'site_demo' });
    expect(verifyVisitorToken(secret, t)).toEqual({ visitorId: 'vi_1', siteId: 'site_demo' });
    expect(verifyVisitorToken(secret, t.replace('vi_1', 'vi_2'))).toBeNull();
    expect(verifyVisitorToken('y'.repeat(40), t)).toBeNull();
    expect(verifyVisitorToken(secret, 'garbage')).toBeNull();
  });
});

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
});
