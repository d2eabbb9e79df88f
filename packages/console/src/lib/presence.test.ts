import { describe, expect, it } from 'vitest';
import { heldChats, presenceChoices } from './presence';
import type { ConversationSummary } from '@baton/protocol';

const row = (id: string, state: ConversationSummary['state'], agentId: string | null) => ({ id, state, agentId }) as ConversationSummary;

describe('heldChats', () => {
  it("counts only the agent's own chats with a person, not offers, queued or closed ones, nor a colleague's", () => {
    const rows = [row('a', 'human', 'me'), row('b', 'human', 'me'), row('c', 'human', 'sam'), row('d', 'offered', null), row('e', 'closed', 'me'), row('f', 'queued', null)];
    expect(heldChats(rows, 'me')).toBe(2);
    expect(heldChats([], 'me')).toBe(0);
  });
});

describe('presenceChoices', () => {
  it('tells an agent holding chats that Offline hands them back and Away keeps them', () => {
    const [online, away, offline] = presenceChoices(2);
    expect(online).toMatchObject({ presence: 'online', label: 'Online' });
    expect(away!.hint).toBe("No new chats; you keep yours, and those customers see you've stepped away");
    expect(offline!.hint).toBe('Your 2 chats go back to the queue; stays offline after a reload');
    expect(presenceChoices(1)[2]!.hint).toMatch(/^Your chat goes back/);
  });
  it('says nothing about chats going back when there are none', () => {
    expect(presenceChoices(0).map((c) => c.hint)).toEqual(['Takes new chats', 'No new chats for now', 'No chats; stays offline after a reload']);
  });
});
