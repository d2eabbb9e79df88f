import { describe, expect, it } from 'vitest';
import { outcomeTiles } from './outcomes';

const base = { windowHours: 24, started: 20, botOnly: 15, handedOff: 6, reasons: { frustration: 1, explicit_request: 4, high_stakes: 1 }, taken: 5, resolved: 4, leftQueue: 1, medianWaitSeconds: 95, ratings: 3, averageRating: 4.3, satisfiedShare: 2 / 3 };

describe('outcomeTiles', () => {
  it('reads the day for a supervisor: shares, the commonest reasons first, the median wait, ratings', () => {
    const tiles = Object.fromEntries(outcomeTiles(base).map((t) => [t.id, t]));
    expect(tiles['bot-only']).toMatchObject({ value: '15', detail: '75 % of chats started' });
    expect(tiles['handed-off']!.detail).toBe('Asked for a person 4 · Customer is frustrated 1 · High-stakes topic 1');
    expect(tiles.taken!.detail).toBe('median wait 1m 35s');
    expect(tiles.rating).toMatchObject({ value: '4.3 / 5', detail: '3 ratings, 67 % 4 or 5' });
  });

  it('says so where there is nothing yet instead of showing zeros as results', () => {
    const tiles = Object.fromEntries(outcomeTiles({ ...base, started: 0, botOnly: 0, medianWaitSeconds: null, ratings: 0, averageRating: null, satisfiedShare: null, reasons: {} }).map((t) => [t.id, t]));
    expect(tiles['bot-only']!.detail).toBe('– of chats started');
    expect(tiles.taken!.detail).toBe('no waits yet');
    expect(tiles.rating).toMatchObject({ value: '–', detail: 'no ratings yet' });
    expect(tiles['handed-off']!.detail).toBeUndefined();
  });
});
