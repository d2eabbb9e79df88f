import { describe, expect, it } from 'vitest';
import { summarizeOutcomes } from './dayOutcomes.js';

describe('summarizeOutcomes', () => {
  it('counts the bot alone, hand-offs by reason, chats taken once however often accepted, resolved, left, waits and ratings', () => {
    const o = summarizeOutcomes(
      {
        started: [
          { id: 'a', escalated: false },
          { id: 'b', escalated: true },
          { id: 'c', escalated: true },
          { id: 'd', escalated: false },
        ],
        events: [
          { conversationId: 'b', kind: 'escalated', reason: 'explicit_request' },
          { conversationId: 'c', kind: 'escalated', reason: 'frustration' },
          { conversationId: 'e', kind: 'escalated', reason: 'explicit_request' }, // started before the window
          { conversationId: 'b', kind: 'accepted', reason: null },
          { conversationId: 'b', kind: 'transferred', reason: null },
          { conversationId: 'b', kind: 'accepted', reason: null }, // after a transfer: still one chat taken
          { conversationId: 'b', kind: 'resolved', reason: null },
          { conversationId: 'c', kind: 'abandoned', reason: null },
          { conversationId: 'e', kind: 'cancelled', reason: null },
        ],
        servedWaits: [30, 90, 600],
        ratings: [5, 4, 2],
      },
      24,
    );
    expect(o).toEqual({
      windowHours: 24,
      started: 4,
      botOnly: 2,
      handedOff: 3,
      reasons: { explicit_request: 2, frustration: 1 },
      taken: 1,
      resolved: 1,
      leftQueue: 2,
      medianWaitSeconds: 90,
      ratings: 3,
      averageRating: 3.7,
      satisfiedShare: 2 / 3,
    });
  });

  it('says null, not zero, where there is nothing to measure', () => {
    const o = summarizeOutcomes({ started: [], events: [], servedWaits: [], ratings: [] }, 24);
    expect(o).toMatchObject({ started: 0, medianWaitSeconds: null, averageRating: null, satisfiedShare: null });
  });

  it('takes the middle of an even number of waits', () => {
    expect(summarizeOutcomes({ started: [], events: [], servedWaits: [10, 20, 40, 100], ratings: [] }, 24).medianWaitSeconds).toBe(30);
  });
});
