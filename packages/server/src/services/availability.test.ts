import { describe, expect, it } from 'vitest';
import { Availability } from './availability.js';
import type { SiteRegistry } from './siteRegistry.js';

/** Site hours Mon–Fri 09–17 UTC; the billing team keeps its own, Mon–Sat 08–20 UTC; orders has none of its own. */
const config = {
  humanSupportHours: { timezone: 'UTC', 'mon-fri': '09:00-17:00' },
  skills: [
    { id: 'billing', name: 'Billing', description: '', examples: [], hours: { timezone: 'UTC', 'mon-sat': '08:00-20:00' } },
    { id: 'orders', name: 'Orders', description: '', examples: [] },
  ],
};
const sites = { getById: () => ({ content: { config } }) } as unknown as SiteRegistry;

describe('Availability', () => {
  const a = new Availability(sites);
  // Saturday 2026-11-28 10:00 UTC: billing is open, the site (and so orders) is closed.
  const saturday = new Date('2026-11-28T10:00:00Z');

  it("uses the team's own hours when site.json gives them", () => {
    expect(a.offline('s', 0, saturday, 'billing')).toEqual({ reason: 'no_agents', hours: 'mon-sat 08:00-20:00 (UTC)' });
    expect(a.offline('s', 0, saturday, 'orders')).toEqual({ reason: 'closed_hours', hours: 'mon-fri 09:00-17:00 (UTC)', timeZone: 'UTC', nextOpen: '2026-11-30T09:00:00.000Z' });
    // Saturday 21:00: billing closed too, back on Monday 08:00.
    expect(a.offline('s', 0, new Date('2026-11-28T21:00:00Z'), 'billing')).toMatchObject({ reason: 'closed_hours', nextOpen: '2026-11-30T08:00:00.000Z' });
  });

  it('an eligible agent online serves whatever the hours say', () => {
    expect(a.offline('s', 1, saturday, 'orders')).toBeUndefined();
  });
});
