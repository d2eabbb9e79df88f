/** Persist-then-ack: the one way a message enters a conversation. Idempotent on (conversation, clientMsgId). */
import type { ServiceContext } from './context.js';
import { findByClientMsgId, getConversation, insertMessageAt, nextSeq, type ConversationRow, type MessageRow, type NewMessage } from '../storage/conversationStore.js';
import { armBotTurn, clearBotTurn } from '../storage/timerStore.js';
import { appendStatement } from '../storage/appendStatement.js';
import { ServiceError } from './serviceError.js';
import { firstBroken, notOwned, type AppendRule } from './appendRules.js';
import type { Tx } from '../storage/database.js';
import { sql } from 'drizzle-orm';

export interface AppendOptions {
  /** Must all hold on the locked row; the first that does not names the refusal (see appendRules.ts). */
  rules?: readonly AppendRule[];
  /** The bot's answer to customer messages up to this seq clears their pending-turn marker (not a newer one's). */
  answersBotTurn?: number;
  /**
   * Extra writes in the same transaction (rare paths: ratings, tickets); takes the multi-statement path. Messages it
   * returns (written with the store's insertMessage) are announced after the main one.
   */
  also?: (tx: Tx, conv: ConversationRow, msg: MessageRow) => Promise<void | MessageRow[]>;
}

/** `more`: messages an `also` callback wrote after the main one, with the conversation as it stands after them. */
type Appended = { message: MessageRow; conversation: ConversationRow; created: boolean; more?: { messages: MessageRow[]; conversation: ConversationRow } };

/** If this node dies before the bot answers, the timer runner answers instead. */
const BOT_TURN_GRACE_MS = 5000;

export async function appendMessage(ctx: ServiceContext, conversationId: string, m: NewMessage, opts: AppendOptions = {}): Promise<Appended> {
  let result: Appended;
  try {
    result = opts.also ? await appendInTransaction(ctx, conversationId, m, opts) : await appendInOneStatement(ctx, conversationId, m, opts);
  } catch (err) {
    // A concurrent retry of the same client message won the unique index: answer with the stored one.
    if (m.clientMsgId && isUniqueViolation(err)) {
      const existing = await findByClientMsgId(ctx.db, conversationId, m.clientMsgId);
      if (existing) result = { message: existing, conversation: (await getConversation(ctx.db, conversationId))!, created: false };
      else throw err;
    } else throw err;
  }
  // Another site's agent naming a conversation and a message id already in it got that message back.
  const foreign = result.created ? null : notOwned(opts.rules ?? [], result.conversation);
  if (foreign) throw foreign;
  // Announced on every append, a retry too: the node that stored the original may have died between its commit
  // and its broadcast, and a retry is the only sign of that. Clients merge by seq, so a repeat shows nothing twice.
  // Awaited: the caller acks next, and an ack must not leave before the fan-out does.
  await ctx.notifier.messageCreated(result.conversation, result.message);
  for (const m of result.more?.messages ?? []) await ctx.notifier.messageCreated(result.more!.conversation, m);
  return result;
}

async function appendInOneStatement(ctx: ServiceContext, conversationId: string, m: NewMessage, opts: AppendOptions): Promise<Appended> {
  const rules = opts.rules ?? [];
  const guard = rules.length ? sql.join(rules.map((r) => sql`(${r.sql})`), sql` and `) : sql`true`;
  for (let attempt = 0; ; attempt++) {
    const now = ctx.clock.now();
    const botTurn = m.authorType === 'visitor' ? { arm: new Date(now.getTime() + BOT_TURN_GRACE_MS) } : opts.answersBotTurn !== undefined ? { clearUpTo: opts.answersBotTurn } : null;
    const r = await appendStatement(ctx.db, { conversationId, message: m, now, guard, botTurn });
    if (r) return r;
    // Nothing written: say why, from the row as it is now.
    const conv = await getConversation(ctx.db, conversationId);
    if (!conv) throw new ServiceError('not_found', 'Conversation not found');
    const refused = firstBroken(rules, conv);
    if (refused) throw refused;
    // The row changed between the statement and the read (and now allows it): try again.
    if (attempt >= 2) throw new ServiceError('conflict', 'The conversation changed while sending; try again');
  }
}

async function appendInTransaction(ctx: ServiceContext, conversationId: string, m: NewMessage, opts: AppendOptions): Promise<Appended> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (m.clientMsgId) {
      const existing = await findByClientMsgId(tx, conversationId, m.clientMsgId);
      if (existing) return { message: existing, conversation: (await getConversation(tx, conversationId))!, created: false };
    }
    // Takes the row lock and the seq at once; a refusal below rolls both back.
    const conv = await nextSeq(tx, conversationId, m.body, now);
    if (!conv) throw new ServiceError('not_found', 'Conversation not found');
    const refused = firstBroken(opts.rules ?? [], conv);
    if (refused) throw refused;
    const message = await insertMessageAt(tx, conversationId, conv.lastSeq, m, now);
    if (m.authorType === 'visitor') await armBotTurn(tx, conversationId, new Date(now.getTime() + BOT_TURN_GRACE_MS), message.seq);
    if (opts.answersBotTurn !== undefined) await clearBotTurn(tx, conversationId, opts.answersBotTurn);
    const extra = await opts.also!(tx, conv, message);
    if (!extra?.length) return { message, conversation: conv, created: true };
    return { message, conversation: conv, created: true, more: { messages: extra, conversation: (await getConversation(tx, conversationId))! } };
  });
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code === '23505') return true;
  return false;
}
