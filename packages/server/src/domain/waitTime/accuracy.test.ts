import { describe, expect, it } from 'vitest';
import { summarizeAccuracy, withinTolerance } from './accuracy.js';

describe('estimate accuracy', () => {
  it('tolerates a minute for short waits and 30 % for long ones', () => {
    expect(withinTolerance(0, 60)).toBe(true);
    expect(withinTolerance(0, 61)).toBe(false);
    expect(withinTolerance(100, 40)).toBe(true);
    expect(withinTolerance(700, 1000)).toBe(true); // 300 = 30 % of 1000
    expect(withinTolerance(699, 1000)).toBe(false);
    expect(withinTolerance(1300, 1000)).toBe(true);
  });

  it('summarizes served customers only: share within tolerance and mean absolute error', () => {
    const s = summarizeAccuracy([
      { estimatedSeconds: 120, actualSeconds: 100, outcome: 'assigned' }, // within, err 20
      { estimatedSeconds: 60, actualSeconds: 400, outcome: 'assigned' }, // outside, err 340
      { estimatedSeconds: 300, actualSeconds: 30, outcome: 'abandoned' },
      { estimatedSeconds: 300, actualSeconds: null, outcome: null },
    ]);
    expect(s).toEqual({ samples: 2, withinShare: 0.5, maeSeconds: 180, abandoned: 1 });
    expect(summarizeAccuracy([])).toEqual({ samples: 0, withinShare: null, maeSeconds: null, abandoned: 0 });
  });
});
