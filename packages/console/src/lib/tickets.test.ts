import { describe, expect, it } from 'vitest';
import type { TicketView } from '@baton/protocol';
import { formatAccuracy, mergeTicket } from './tickets';

const t = (id: string, createdAt: string): TicketView => ({
  id,
  conversationId: null,
  visitorId: 'v',
  email: 'a@b.co',
  message: 'hi',
  skill: 'orders',
  skillName: 'Orders',
  status: 'open',
  createdAt,
});

describe('tickets', () => {
  it('keeps newest first without duplicates', () => {
    const list = mergeTicket([t('a', '2026-01-01T10:00:00Z')], t('b', '2026-01-01T11:00:00Z'));
    expect(list.map((x) => x.id)).toEqual(['b', 'a']);
    expect(mergeTicket(list, t('a', '2026-01-01T10:00:00Z')).map((x) => x.id)).toEqual(['b', 'a']);
  });

  it('formats estimate accuracy', () => {
    expect(formatAccuracy({ samples: 12, withinShare: 0.8333, maeSeconds: 40, abandoned: 1 })).toBe('83 % within (12)');
    expect(formatAccuracy({ samples: 0, withinShare: null, maeSeconds: null, abandoned: 0 })).toBe('–');
  });
});
