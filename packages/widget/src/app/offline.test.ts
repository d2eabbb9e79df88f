import { describe, expect, it } from 'vitest';
import { formatNextOpen, looksLikeEmail, offlineHeadline } from './offline';

describe('offline queue card', () => {
  it('says plainly that nobody is available', () => {
    expect(offlineHeadline('Billing')).toBe('No one from the Billing team is available right now');
  });

  it('tells when the team is back, in the visitor time zone', () => {
    const now = new Date('2026-11-22T04:30:00Z'); // Sunday
    expect(formatNextOpen({ reason: 'closed_hours', nextOpen: '2026-11-23T08:00:00Z' }, now, 'en-GB', 'UTC')).toBe("We're back Monday at 08:00.");
    expect(formatNextOpen({ reason: 'closed_hours', nextOpen: '2026-11-22T09:00:00Z' }, now, 'en-GB', 'UTC')).toBe("We're back today at 09:00.");
    expect(formatNextOpen({ reason: 'no_agents' }, now, 'en-GB', 'UTC')).toBeNull();
    expect(formatNextOpen({ reason: 'closed_hours', nextOpen: 'nonsense' }, now, 'en-GB', 'UTC')).toBeNull();
  });

  it('checks e-mails loosely', () => {
    expect(looksLikeEmail(' ada@example.com ')).toBe(true);
    expect(looksLikeEmail('ada@example')).toBe(false);
    expect(looksLikeEmail('not an email')).toBe(false);
  });
});
