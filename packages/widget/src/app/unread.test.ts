import { describe, expect, it } from 'vitest';
import { countUnread, parseSeen, seenNow } from './unread';
import { msg } from './testFixtures';
import type { Thread } from './thread';

const thread: Thread = {
  conversationId: 'c1',
  previous: [],
  messages: [
    msg(1, { authorType: 'visitor' }),
    msg(2, { authorType: 'bot' }),
    msg(3, { authorType: 'system' }),
    msg(4, { authorType: 'agent' }),
    msg(5, { authorType: 'visitor' }),
  ],
};

describe('countUnread', () => {
  it('counts agent and bot messages after the last seen seq', () => {
    expect(countUnread(thread, { conversationId: 'c1', seq: 1 })).toBe(2);
    expect(countUnread(thread, { conversationId: 'c1', seq: 2 })).toBe(1);
    expect(countUnread(thread, { conversationId: 'c1', seq: 5 })).toBe(0);
  });

  it('counts everything in a conversation never seen', () => {
    expect(countUnread(thread, null)).toBe(2);
    expect(countUnread(thread, { conversationId: 'old', seq: 9 })).toBe(2);
  });
});

describe('seenNow', () => {
  it('moves to the last message and keeps the same object when unchanged', () => {
    const seen = seenNow(thread, null);
    expect(seen).toEqual({ conversationId: 'c1', seq: 5 });
    expect(seenNow(thread, seen)).toBe(seen);
  });
});

describe('parseSeen', () => {
  it('round-trips and rejects junk', () => {
    expect(parseSeen(JSON.stringify({ conversationId: 'c1', seq: 3 }))).toEqual({ conversationId: 'c1', seq: 3 });
    expect(parseSeen('nope')).toBeNull();
    expect(parseSeen(null)).toBeNull();
    expect(parseSeen('{"seq":"3"}')).toBeNull();
  });
});
