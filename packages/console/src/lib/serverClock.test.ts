import { describe, expect, it } from 'vitest';
import { clockSkew, noteServerTime, serverNow } from './serverClock';

describe('server clock', () => {
  it('measures how far the server is ahead, halfway through the round trip', () => {
    const sent = Date.parse('2026-01-01T10:00:00.000Z');
    expect(clockSkew('2026-01-01T10:02:00.100Z', sent, sent + 200)).toBe(120_000);
    expect(clockSkew('2026-01-01T09:59:00.100Z', sent, sent + 200)).toBe(-60_000);
    expect(clockSkew('garbage', sent, sent + 200)).toBe(0);
  });
  it('moves "now" onto the server clock once noted', () => {
    const sent = 1_000_000;
    noteServerTime(new Date(sent + 30_050).toISOString(), sent, sent + 100);
    expect(serverNow(2_000_000)).toBe(2_030_000);
    noteServerTime(undefined, 0, 0);
    expect(serverNow(2_000_000)).toBe(2_030_000);
  });
});
