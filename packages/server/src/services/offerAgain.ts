/**
 * A decline or an expired offer keeps that agent out of the chat's offers for BATON_OFFER_AGAIN_SECONDS, not for
 * ever: with nobody else for it, a newcomer's customer waited on "about 1 min" while the only agent online, who had
 * declined once, was never offered it again. A durable timer (so any node runs it) lets the decliners back in if the
 * conversation is still waiting in the same control version; agents who transferred it away stay out.
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../storage/database.js';
import { conversations } from '../storage/schema.js';
import { setTimer, type TimerRow } from '../storage/timerStore.js';
import type { ConversationRow } from '../storage/conversationStore.js';
import { sentAwayBy } from './transferHistory.js';

export async function armOfferAgain(tx: DbOrTx, conv: ConversationRow, now: Date, afterMs: number): Promise<void> {
  if (conv.state !== 'queued') return;
  await setTimer(tx, 'offer_again', conv.id, new Date(now.getTime() + afterMs), { version: conv.version });
}

/** Lets the decliners back in; the conversation when it changed (null if it moved on meanwhile). */
export async function offerAgain(db: DbOrTx, t: TimerRow): Promise<ConversationRow | null> {
  const [conv] = await db.select().from(conversations).where(eq(conversations.id, t.conversationId));
  if (!conv || conv.state !== 'queued' || conv.version !== Number(t.data.version)) return null;
  const away = sentAwayBy(conv);
  const keep = conv.declinedBy.filter((id) => away.has(id));
  if (keep.length === conv.declinedBy.length) return null;
  const [row] = await db
    .update(conversations)
    .set({ declinedBy: keep })
    .where(and(eq(conversations.id, conv.id), eq(conversations.version, conv.version)))
    .returning();
  return row ?? null;
}
