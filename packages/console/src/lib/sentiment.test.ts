import { describe, expect, it } from 'vitest';
import { sparklinePoints, trendArrow, trendDirection } from './sentiment';

describe('trendDirection', () => {
  it('compares last with first', () => {
    expect(trendDirection([0.5, 0, -0.6])).toBe('worsening');
    expect(trendDirection([-0.6, 0.2])).toBe('improving');
    expect(trendDirection([0.1, 0.15])).toBe('steady');
    expect(trendDirection([0.1])).toBe('unknown');
    expect(trendArrow('worsening')).toBe('↘');
  });
});

describe('sparklinePoints', () => {
  it('maps [-1, 1] onto the box', () => {
    expect(sparklinePoints([1, -1], 100, 20, 0)).toBe('0,0 100,20');
    expect(sparklinePoints([0], 100, 20, 0)).toBe('50,10');
    expect(sparklinePoints([], 100, 20)).toBe('');
  });
});
