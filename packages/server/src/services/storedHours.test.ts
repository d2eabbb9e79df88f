import { describe, expect, it } from 'vitest';
import { onShiftNow } from './queueEstimates.js';

describe('stored working hours that no longer parse', () => {
  it("count as whenever online instead of throwing (one agent's old row stopped dispatch for the whole site)", () => {
    const now = Date.parse('2026-12-02T03:00:00Z'); // a Wednesday night
    expect(() => onShiftNow({ timezone: 'UTC', 'mon-fri': '09:00-12:00-15:00' }, now)).not.toThrow();
    expect(onShiftNow({ timezone: 'UTC', 'mon-fri': '09:00-12:00-15:00' }, now)).toBe(true);
    // Good hours still decide.
    expect(onShiftNow({ timezone: 'UTC', 'mon-fri': '09:00-17:00' }, now)).toBe(false);
  });
});
