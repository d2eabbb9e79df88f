/** Persist-then-ack: the one way a message enters a conversation. Idempotent on (conversation, clientMsgId). */
import type { ServiceContext } from './context.js';
import { findByClientMsgId, getConversation, insertMessageAt, nextSeq, type ConversationRow, type MessageRow, type NewMessage } from '../storage/conversationStore.js';
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
  let result: { message: MessageRow; conversation: ConversationRow; created: boolean };
  try {
    result = await ctx.db.transaction(async (tx) => {
      if (m.clientMsgId) {
        const existing = await findByClientMsgId(tx, conversationId, m.clientMsgId);
        if (existing) return { message: existing, conversation: (await getConversation(tx, conversationId))!, created: false };
      }
      // Takes the row lock and the seq at once; a refusal below rolls both back.
      const conv = await nextSeq(tx, conversationId, m.body, now);
      if (!conv) throw new ServiceError('not_found', 'Conversation not found');
      const refused = opts.check?.(conv);
      if (refused) throw refused;
      const message = await insertMessageAt(tx, conversationId, conv.lastSeq, m, now);
      if (m.authorType === 'visitor') {
        // Durable marker: if this node dies before the bot answers, the timer runner answers instead.
        await ensureTimer(tx, 'bot_turn', conversationId, new Date(now.getTime() + 5000));
      }
      await opts.also?.(tx, conv, message);
      return { message, conversation: conv, created: true };
    });
  } catch (err) {
    // A concurrent retry of the same client message won the unique index: answer with the stored one.
    if (m.clientMsgId && isUniqueViolation(err)) {
      const existing = await findByClientMsgId(ctx.db, conversationId, m.clientMsgId);
      if (existing) return { message: existing, conversation: (await getConversation(ctx.db, conversationId))!, created: false };
    }
    throw err;
  }
  if (result.created) ctx.notifier.messageCreated(result.conversation, result.message);
  return result;
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === '23505') return true;
  return false;
}
