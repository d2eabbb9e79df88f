import { describe, expect, it } from 'vitest';
import { formatEstimate, formatPosition } from './estimate';

const est = (estimateSeconds: number, estimateLowSeconds: number, estimateHighSeconds: number) =>
  formatEstimate({ estimateSeconds, estimateLowSeconds, estimateHighSeconds });

describe('formatEstimate', () => {
  it('says less than a minute for short waits', () => {
    expect(est(20, 5, 45)).toBe('less than a minute');
    expect(est(0, 0, 0)).toBe('less than a minute');
  });

  it('gives a point estimate and a range in whole minutes', () => {
    expect(est(240, 130, 410)).toBe('about 4 min (between 2 and 7 min)');
    expect(est(30, 0, 150)).toBe('about 1 min (up to 3 min)');
    // A newcomer saw "about 1 min (between 0 and 1 min)".
    expect(est(40, 0, 60)).toBe('about 1 min');
  });

  it('keeps the point inside the range and drops an empty range', () => {
    expect(est(300, 330, 350)).toBe('about 5 min (between 5 and 6 min)');
    expect(est(120, 120, 120)).toBe('about 2 min');
  });
});

describe('formatPosition', () => {
  it('phrases the place in line', () => {
    expect(formatPosition(3)).toBe('You are number 3 in line');
    expect(formatPosition(1)).toBe('You are number 1 in line');
  });
});
