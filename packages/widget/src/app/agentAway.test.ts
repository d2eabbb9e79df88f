import { describe, expect, it } from 'vitest';
import type { VisitorConversationView } from '@baton/protocol';
import { nextAwaySince, showsAgentAway } from './agentAway';

const conv = (over: Partial<VisitorConversationView>): VisitorConversationView => ({
  id: 'c1', state: 'human', version: 3, agentName: 'Alex', agentAway: false, queue: null, csat: { requested: false, rating: null }, lastSeq: 10, language: null, ...over,
});

describe('agent away notice', () => {
  it('remembers where the conversation stood when the agent went away, and forgets it when they are back', () => {
    expect(nextAwaySince(null, conv({ agentAway: true, lastSeq: 10 }))).toBe(10);
    expect(nextAwaySince(10, conv({ agentAway: true, lastSeq: 14 }))).toBe(10);
    expect(nextAwaySince(10, conv({ agentAway: false }))).toBeNull();
    expect(nextAwaySince(10, conv({ agentAway: true, state: 'bot' }))).toBeNull();
  });
  it('shows while the away agent has not written since, and not once they answer', () => {
    const away = conv({ agentAway: true });
    expect(showsAgentAway(away, 10, [{ authorType: 'agent', seq: 9 }, { authorType: 'visitor', seq: 11 }])).toBe(true);
    expect(showsAgentAway(away, 10, [{ authorType: 'agent', seq: 12 }])).toBe(false);
    expect(showsAgentAway(conv({ agentAway: false }), 10, [])).toBe(false);
    expect(showsAgentAway(away, null, [])).toBe(false);
  });
});
