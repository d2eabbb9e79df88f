import { describe, expect, it } from 'vitest';
import type { PastConversation } from '@baton/protocol';
import { outcomeLabel, timeAgo, topicLine } from './history';

const base: PastConversation = {
  id: 'cv_1',
  state: 'closed',
  outcome: 'left_queue',
  startedAt: '2026-11-30T10:00:00.000Z',
  lastActivityAt: '2026-11-30T10:05:00.000Z',
  opening: 'Where is NW-123456?',
  summary: null,
  reason: 'explicit_request',
  skillName: 'Orders',
  resolvedBy: null,
  csatRating: null,
  messageCount: 4,
};

describe('timeAgo', () => {
  const now = Date.parse('2026-11-30T12:00:00.000Z');
  it('reads minutes, hours and days', () => {
    expect(timeAgo('2026-11-30T11:59:40.000Z', now)).toBe('just now');
    expect(timeAgo('2026-11-30T11:48:00.000Z', now)).toBe('12 min ago');
    expect(timeAgo('2026-11-30T09:00:00.000Z', now)).toBe('3 h ago');
    expect(timeAgo('2026-11-29T09:00:00.000Z', now)).toBe('yesterday');
    expect(timeAgo('2026-11-25T12:00:00.000Z', now)).toBe('5 days ago');
  });
  it('gives nothing for a bad date and never a negative age', () => {
    expect(timeAgo('nonsense', now)).toBe('');
    expect(timeAgo('2026-11-30T12:05:00.000Z', now)).toBe('just now');
  });
});

describe('outcomeLabel', () => {
  it('names the team they left and who resolved it', () => {
    expect(outcomeLabel(base)).toBe('Left while waiting for Orders');
    expect(outcomeLabel({ ...base, outcome: 'resolved', resolvedBy: 'Sam Lee' })).toBe('Resolved by Sam Lee');
    expect(outcomeLabel({ ...base, outcome: 'bot_only', skillName: null })).toBe('Bot only');
  });
});

describe('topicLine', () => {
  it('puts the reason before the quoted opening', () => {
    expect(topicLine(base)).toBe('Asked for a person: “Where is NW-123456?”');
    expect(topicLine({ ...base, reason: null, opening: null })).toBe('No message');
  });
});
