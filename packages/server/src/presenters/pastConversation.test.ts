import { describe, expect, it } from 'vitest';
import { pastConversationView, pastOutcome } from './pastConversation.js';
import type { VisitorHistoryRow } from '../storage/visitorHistoryStore.js';

const at = new Date('2026-11-30T10:00:00.000Z');

describe('pastOutcome', () => {
  it('reads how a conversation ended from its state and what happened to it', () => {
    expect(pastOutcome({ state: 'closed', queuedAt: at, handedBackAt: null })).toBe('left_queue');
    // Resolved once, then left while waiting again: the last episode is what the agent needs.
    expect(pastOutcome({ state: 'closed', queuedAt: at, handedBackAt: at })).toBe('left_queue');
    expect(pastOutcome({ state: 'bot', queuedAt: at, handedBackAt: at })).toBe('resolved');
    expect(pastOutcome({ state: 'bot', queuedAt: null, handedBackAt: null })).toBe('bot_only');
    expect(pastOutcome({ state: 'human', queuedAt: at, handedBackAt: null })).toBe('open');
  });
});

describe('pastConversationView', () => {
  it('clips a long opening to one tidy line', () => {
    const row = {
      conversation: { id: 'cv_1', state: 'bot', queuedAt: null, handedBackAt: null, createdAt: at, updatedAt: at, handoffPackage: null, reason: null, csatRating: 5, lastSeq: 3 },
      opening: `Hello\n\nthere ${'x'.repeat(300)}`,
      resolvedBy: null,
    } as unknown as VisitorHistoryRow;
    const v = pastConversationView(row, null);
    expect(v.opening!.startsWith('Hello there x')).toBe(true);
    expect(v.opening!.length).toBe(160);
    expect(v.opening!.endsWith('…')).toBe(true);
    expect(v).toMatchObject({ outcome: 'bot_only', csatRating: 5, messageCount: 3, startedAt: '2026-11-30T10:00:00.000Z' });
  });
});
