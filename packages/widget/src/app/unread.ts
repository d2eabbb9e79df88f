import { isIncoming, type Thread } from './thread';

/** The last message the visitor had on screen. Persisted so unread survives page loads. */
export interface Seen {
  conversationId: string;
  seq: number;
}

/** Agent and bot messages after what the visitor last saw (all of them in a conversation never seen). */
export function countUnread(thread: Thread, seen: Seen | null): number {
  const after = seen && seen.conversationId === thread.conversationId ? seen.seq : 0;
  return thread.messages.filter((m) => m.seq > after && isIncoming(m)).length;
}

export function seenNow(thread: Thread, seen: Seen | null): Seen | null {
  const last = thread.messages[thread.messages.length - 1];
  if (!thread.conversationId || !last) return seen;
  if (seen && seen.conversationId === thread.conversationId && seen.seq >= last.seq) return seen;
  return { conversationId: thread.conversationId, seq: last.seq };
}

export function parseSeen(raw: string | null): Seen | null {
  try {
    const v: unknown = JSON.parse(raw ?? 'null');
    if (typeof v === 'object' && v && 'conversationId' in v && 'seq' in v) {
      const { conversationId, seq } = v;
      if (typeof conversationId === 'string' && typeof seq === 'number') return { conversationId, seq };
    }
  } catch {
    /* fall through */
  }
  return null;
}
