import { describe, expect, it } from 'vitest';
import { hmac } from './signatures.js';
import { issueVisitorToken, LEGACY_TOKEN_GRACE_MS, legacyTokenAccepted, verifyVisitorToken } from './visitorTokens.js';

const secret = 'x'.repeat(40);
const DAY = 86_400_000;
const MAX_AGE = 90 * DAY;
const issued = new Date('2030-01-01T00:00:00Z');
const later = (ms: number) => new Date(issued.getTime() + ms);
const claims = { visitorId: 'vi_1', siteId: 'site_demo' };
/** A token as issued before v2, for visitors who still hold one. */
const v1Token = (c = claims) => `v1.${c.visitorId}.${c.siteId}.${hmac(secret, `v1.${c.visitorId}.${c.siteId}`, 'base64url')}`;

describe('visitor tokens', () => {
  it('round-trips and rejects tampering or another secret', () => {
    const t = issueVisitorToken(secret, claims, issued);
    expect(t).toMatch(/^v2\.vi_1\.site_demo\.\d+\./);
    expect(verifyVisitorToken(secret, t, issued, MAX_AGE)).toEqual({ ...claims, legacy: false });
    expect(verifyVisitorToken(secret, t.replace('vi_1', 'vi_2'), issued, MAX_AGE)).toBeNull();
    expect(verifyVisitorToken('y'.repeat(40), t, issued, MAX_AGE)).toBeNull();
    expect(verifyVisitorToken(secret, 'garbage', issued, MAX_AGE)).toBeNull();
  });

  it('carries its issue time, which the signature covers', () => {
    const t = issueVisitorToken(secret, claims, issued);
    const seconds = String(issued.getTime() / 1000);
    expect(t.split('.')[3]).toBe(seconds);
    // Moving the issue time forward (to outlive the idle age) breaks the signature.
    expect(verifyVisitorToken(secret, t.replace(`.${seconds}.`, `.${Number(seconds) + 100 * 86_400}.`), later(100 * DAY), MAX_AGE)).toBeNull();
    expect(issueVisitorToken(secret, claims, later(1000))).not.toBe(t);
  });

  it('expires once older than the idle age', () => {
    const t = issueVisitorToken(secret, claims, issued);
    expect(verifyVisitorToken(secret, t, later(MAX_AGE - 1000), MAX_AGE)).toEqual({ ...claims, legacy: false });
    expect(verifyVisitorToken(secret, t, later(MAX_AGE + 1000), MAX_AGE)).toBeNull();
    expect(verifyVisitorToken(secret, t, later(2 * DAY), DAY)).toBeNull();
  });

  it('allows a few minutes of clock difference between nodes, not a token from the future', () => {
    const t = issueVisitorToken(secret, claims, issued);
    expect(verifyVisitorToken(secret, t, later(-60_000), MAX_AGE)).not.toBeNull();
    expect(verifyVisitorToken(secret, t, later(-DAY), MAX_AGE)).toBeNull();
  });

  it('refuses malformed tokens, signed or not', () => {
    const signed = (payload: string) => `${payload}.${hmac(secret, payload, 'base64url')}`;
    for (const payload of ['v2.vi_1.site_demo.soon', 'v2.vi_1.site_demo.-5', 'v2.vi_1.site_demo.1e9', 'v3.vi_1.site_demo.1893456000', 'v2.vi_1.site_demo', 'v1.vi_1.site_demo.1893456000']) {
      expect(verifyVisitorToken(secret, signed(payload), issued, MAX_AGE), payload).toBeNull();
    }
  });

  it('reads a v1 token as legacy (it has no issue time to expire by)', () => {
    expect(verifyVisitorToken(secret, v1Token(), issued, MAX_AGE)).toEqual({ ...claims, legacy: true });
    expect(verifyVisitorToken(secret, v1Token().replace('vi_1', 'vi_2'), issued, MAX_AGE)).toBeNull();
  });
});

describe('legacyTokenAccepted', () => {
  const seen = { lastSeenAt: issued, legacyTokenSwappedAt: null };

  it('accepts a v1 token once, for a visitor seen within the idle age', () => {
    expect(legacyTokenAccepted(seen, later(DAY), MAX_AGE)).toBe(true);
    expect(legacyTokenAccepted(seen, later(MAX_AGE + 1000), MAX_AGE)).toBe(false);
  });

  it('after the swap, only within the grace for the other tabs of that moment', () => {
    const swapped = { lastSeenAt: later(DAY), legacyTokenSwappedAt: later(DAY) };
    expect(legacyTokenAccepted(swapped, later(DAY + LEGACY_TOKEN_GRACE_MS - 1000), MAX_AGE)).toBe(true);
    expect(legacyTokenAccepted(swapped, later(DAY + LEGACY_TOKEN_GRACE_MS + 1000), MAX_AGE)).toBe(false);
  });
});
