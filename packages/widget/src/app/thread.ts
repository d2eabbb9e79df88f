import type { MessageView, VisitorConversationView } from '@baton/protocol';
import { lastSeq, mergeMessages, syncCursor } from './messageMerge';

/**
 * The messages of the visitor's current conversation. seq restarts with each conversation, so
 * when a new one starts the old messages move to `previous` (shown above, never merged by seq).
 */
export interface Thread {
  conversationId: string | null;
  messages: MessageView[];
  previous: MessageView[];
  /** Why the previous conversation ended, when the server said (the customer left while waiting). */
  previousEnded?: 'left_queue';
}

/** `resync`: the seq to sync from because something is missing, or null when we are complete. */
export interface ThreadUpdate {
  thread: Thread;
  resync: number | null;
}

/** A message from the other side (the bot or an agent): it counts as unread, and a long one is read from its top. */
export const isIncoming = (m: Pick<MessageView, 'authorType'>) => m.authorType === 'bot' || m.authorType === 'agent';

export const emptyThread: Thread = { conversationId: null, messages: [], previous: [] };

function switchTo(thread: Thread, conversationId: string, messages: MessageView[]): Thread {
  return { conversationId, messages: mergeMessages([], messages), previous: [...thread.previous, ...thread.messages] };
}

const isOther = (thread: Thread, conversationId: string) =>
  thread.conversationId !== null && thread.conversationId !== conversationId;

/** A message pushed live (message:created) or returned by a send ack. */
export function applyLiveMessage(thread: Thread, m: MessageView): ThreadUpdate {
  if (isOther(thread, m.conversationId)) {
    return { thread: switchTo(thread, m.conversationId, [m]), resync: m.seq > 1 ? 0 : null };
  }
  const messages = mergeMessages(thread.messages, [m]);
  const next = messages === thread.messages && thread.conversationId ? thread : { ...thread, conversationId: m.conversationId, messages };
  const cursor = syncCursor(messages);
  return { thread: next, resync: cursor < lastSeq(messages) ? cursor : null };
}

/** conversation:updated, or the conversation in an ack. */
export function applyConversation(thread: Thread, c: VisitorConversationView): ThreadUpdate {
  if (isOther(thread, c.id)) return { thread: switchTo(thread, c.id, []), resync: c.lastSeq > 0 ? 0 : null };
  const next = thread.conversationId === c.id ? thread : { ...thread, conversationId: c.id };
  return { thread: next, resync: c.lastSeq > lastSeq(next.messages) ? syncCursor(next.messages) : null };
}

/**
 * The answer to conversation:sync {lastSeq: sentFrom}. Never asks for another sync unless the
 * conversation changed under us (then what we asked for was measured against the wrong seq).
 */
export function applySyncResult(
  thread: Thread,
  result: { conversation: VisitorConversationView | null; messages: MessageView[]; earlier?: { messages: MessageView[]; ended: 'left_queue' } },
  sentFrom: number,
): ThreadUpdate {
  const id = result.conversation?.id ?? result.messages[result.messages.length - 1]?.conversationId ?? null;
  if (id === null) {
    // Back after leaving the queue: what they wrote, above a note that it ended (only into an empty chat).
    const fresh = thread.conversationId === null && thread.messages.length === 0 && thread.previous.length === 0;
    if (result.earlier?.messages.length && fresh) return { thread: { ...thread, previous: result.earlier.messages, previousEnded: result.earlier.ended }, resync: null };
    return { thread, resync: null };
  }
  const ours = result.messages.filter((m) => m.conversationId === id);
  if (isOther(thread, id)) {
    return sentFrom > 0
      ? { thread: switchTo(thread, id, []), resync: 0 }
      : { thread: switchTo(thread, id, ours), resync: null };
  }
  const messages = mergeMessages(thread.messages, ours);
  if (messages === thread.messages && thread.conversationId === id) return { thread, resync: null };
  return { thread: { ...thread, conversationId: id, messages }, resync: null };
}
