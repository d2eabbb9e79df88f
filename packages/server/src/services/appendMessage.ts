/** Persist-then-ack: the one way a message enters a conversation. Idempotent on (conversation, clientMsgId). */
import type { ServiceContext } from './context.js';
import { findByClientMsgId, insertMessage, lockConversation, type ConversationRow, type MessageRow, type NewMessage } from '../storage/conversationStore.js';
import { ensureTimer } from '../storage/timerStore.js';
import { ServiceError } from './serviceError.js';
import type { Tx } from '../storage/database.js';

export interface AppendOptions {
  /** Checked under the row lock; return an error to refuse (e.g. the author no longer controls). */
  check?: (conv: ConversationRow) => ServiceError | null;
  /** Extra writes in the same transaction. */
  also?: (tx: Tx, conv: ConversationRow, msg: MessageRow) => Promise<void>;
}

export async function appendMessage(
  ctx: ServiceContext,
  conversationId: string,
  m: NewMessage,
  opts: AppendOptions = {},
): Promise<{ message: MessageRow; conversation: ConversationRow; created: boolean }> {
  const now = ctx.clock.now();
  const result = await ctx.db.transaction(async (tx) => {
    const conv = await lockConversation(tx, conversationId);
    if (!conv) throw new ServiceError('not_found', 'Conversation not found');
    if (m.clientMsgId) {
      const existing = await findByClientMsgId(tx, conversationId, m.clientMsgId);
      if (existing) return { message: existing, conversation: conv, created: false };
    }
    const refused = opts.check?.(conv);
    if (refused) throw refused;
    const message = await insertMessage(tx, conversationId, m, now);
    if (m.authorType === 'visitor') {
      // Durable marker: if this node dies before the bot answers, the timer runner answers instead.
      await ensureTimer(tx, 'bot_turn', conversationId, new Date(now.getTime() + 5000));
    }
    await opts.also?.(tx, conv, message);
    return { message, conversation: { ...conv, lastSeq: message.seq, lastMessagePreview: message.body.slice(0, 140), updatedAt: now }, created: true };
  });
  if (result.created) ctx.notifier.messageCreated(result.conversation, result.message);
  return result;
}
