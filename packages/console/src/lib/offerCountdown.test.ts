import { describe, expect, it } from 'vitest';
import { offerCountdown } from './offerCountdown';

const at = Date.parse('2026-01-01T10:02:00.000Z');

describe('offerCountdown', () => {
  it('shows minutes and seconds left, rounding up so a standing offer never reads 0:00', () => {
    expect(offerCountdown('2026-01-01T10:02:00.000Z', at - 102_000)).toEqual({ seconds: 102, text: '1:42 left', urgent: false });
    expect(offerCountdown('2026-01-01T10:02:00.000Z', at - 400)).toEqual({ seconds: 1, text: '0:01 left', urgent: true });
    expect(offerCountdown('2026-01-01T10:02:00.000Z', at - 15_000)?.urgent).toBe(true);
    expect(offerCountdown('2026-01-01T10:02:00.000Z', at - 16_000)?.urgent).toBe(false);
  });
  it('stops at zero once the time is up (the server moves the offer on)', () => {
    expect(offerCountdown('2026-01-01T10:02:00.000Z', at + 5_000)).toEqual({ seconds: 0, text: '0:00 left', urgent: true });
  });
  it('has nothing to show without an expiry or with a broken one', () => {
    expect(offerCountdown(null, at)).toBeNull();
    expect(offerCountdown('soon', at)).toBeNull();
  });
});
