import { describe, expect, it } from 'vitest';
import type { VisitorConversationView } from '@baton/protocol';
import { msg } from './testFixtures';
import { applyConversation, applyLiveMessage, applySyncResult, emptyThread, type Thread } from './thread';

const conv = (id: string, lastSeq: number): VisitorConversationView => ({
  id,
  state: 'bot',
  version: 1,
  agentName: null,
  agentAway: false,
  queue: null,
  csat: { requested: false, rating: null },
  lastSeq,
  language: null,
});
const held: Thread = { conversationId: 'c1', messages: [msg(1), msg(2)], previous: [] };

describe('applyLiveMessage', () => {
  it('appends the next message without a sync', () => {
    const { thread, resync } = applyLiveMessage(held, msg(3));
    expect(thread.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(resync).toBeNull();
  });

  it('asks to sync from the hole when a message skips ahead', () => {
    const { thread, resync } = applyLiveMessage(held, msg(5));
    expect(thread.messages.map((m) => m.seq)).toEqual([1, 2, 5]);
    expect(resync).toBe(2);
  });

  it('ignores a duplicate', () => {
    expect(applyLiveMessage(held, msg(2)).thread).toBe(held);
  });

  it('starts a new thread for a new conversation and keeps the old one as previous', () => {
    const { thread, resync } = applyLiveMessage(held, msg(1, { id: 'n1', conversationId: 'c2' }));
    expect(thread.conversationId).toBe('c2');
    expect(thread.messages.map((m) => m.id)).toEqual(['n1']);
    expect(thread.previous.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(resync).toBeNull();
    expect(applyLiveMessage(held, msg(3, { id: 'n3', conversationId: 'c2' })).resync).toBe(0);
  });

  it('adopts the conversation of the first message', () => {
    expect(applyLiveMessage(emptyThread, msg(1)).thread.conversationId).toBe('c1');
  });
});

describe('applyConversation', () => {
  it('asks to sync when the server holds more than we do', () => {
    expect(applyConversation(held, conv('c1', 2)).resync).toBeNull();
    expect(applyConversation(held, conv('c1', 4)).resync).toBe(2);
  });

  it('switches to a new conversation', () => {
    const { thread, resync } = applyConversation(held, conv('c2', 3));
    expect(thread).toMatchObject({ conversationId: 'c2', messages: [] });
    expect(resync).toBe(0);
  });
});

describe('applySyncResult', () => {
  it('merges what was missed', () => {
    const { thread, resync } = applySyncResult(held, { conversation: conv('c1', 4), messages: [msg(3), msg(4)] }, 2);
    expect(thread.messages.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(resync).toBeNull();
  });

  it('resyncs from 0 when the conversation changed since our cursor', () => {
    const other = msg(3, { id: 'n3', conversationId: 'c2' });
    const { thread, resync } = applySyncResult(held, { conversation: conv('c2', 3), messages: [other] }, 2);
    expect(thread).toMatchObject({ conversationId: 'c2', messages: [] });
    expect(resync).toBe(0);
  });

  it('takes a full history of a new conversation as is', () => {
    const full = [msg(1, { id: 'n1', conversationId: 'c2' })];
    const { thread, resync } = applySyncResult(held, { conversation: conv('c2', 1), messages: full }, 0);
    expect(thread.messages.map((m) => m.id)).toEqual(['n1']);
    expect(resync).toBeNull();
  });

  it('keeps history when the server has no conversation', () => {
    expect(applySyncResult(held, { conversation: null, messages: [] }, 2).thread).toBe(held);
  });
});

describe('applySyncResult: back after leaving the queue', () => {
  const earlier = { messages: [msg(1), msg(2)], ended: 'left_queue' as const };

  it('shows what they wrote above a note that it ended, in an empty chat only', () => {
    const { thread, resync } = applySyncResult(emptyThread, { conversation: null, messages: [], earlier }, 0);
    expect(resync).toBeNull();
    expect(thread).toMatchObject({ conversationId: null, messages: [], previous: earlier.messages, previousEnded: 'left_queue' });
    // A chat already showing something keeps it.
    expect(applySyncResult(held, { conversation: null, messages: [], earlier }, 2).thread).toBe(held);
  });

  it('the next message starts a new conversation below it', () => {
    const back = applySyncResult(emptyThread, { conversation: null, messages: [], earlier }, 0).thread;
    const fresh = { ...msg(1), id: 'n1', conversationId: 'c2' };
    const { thread } = applyLiveMessage(back, fresh);
    expect(thread.conversationId).toBe('c2');
    expect(thread.previous).toEqual(earlier.messages);
    expect(thread.messages).toEqual([fresh]);
  });
});
