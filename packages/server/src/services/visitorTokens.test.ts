import { describe, expect, it } from 'vitest';
import { issueVisitorToken, verifyVisitorToken } from './visitorTokens.js';

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
