/**
 * A decline or an expired offer keeps that agent out of the chat's offers for BATON_OFFER_AGAIN_SECONDS, not for
 * ever: with nobody else for it, a newcomer's customer waited on "about 1 min" while the only agent online, who had
 * declined once, was never offered it again. A durable timer (so any node runs it) lets each decliner back in when
 * their own window ends, if the conversation is still waiting; agents who transferred it away stay out.
 *
 * One timer per conversation, due at the earliest window's end, with every decliner's release time in its data: with
 * one due time for all, each new decline pushed the earlier decliners' return back to the last one's (a QA run saw
 * an agent sit free for 100 s past their window while the customer waited).
 */
import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../storage/database.js';
import { conversations } from '../storage/schema.js';
import { getTimer, setTimer, type TimerRow } from '../storage/timerStore.js';
import type { ConversationRow, MessageRow } from '../storage/conversationStore.js';
import type { ServiceContext } from './context.js';
import { sentAwayBy } from './transferHistory.js';
import { transferFellThrough } from './transferFellThrough.js';

/** agent id → epoch ms when they may be offered the chat again. */
type ReleaseTimes = Record<string, number>;

function releaseTimes(data: Record<string, unknown> | undefined): ReleaseTimes {
  const until = data?.until;
  if (typeof until !== 'object' || until === null) return {};
  return Object.fromEntries(Object.entries(until).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** Arms (or re-arms) the timer after `conv.declinedBy`'s newest entry declined or let the offer expire. */
export async function armOfferAgain(tx: DbOrTx, conv: ConversationRow, now: Date, afterMs: number): Promise<void> {
  if (conv.state !== 'queued') return;
  const earlier = releaseTimes((await getTimer(tx, 'offer_again', conv.id))?.data);
  const away = sentAwayBy(conv);
  const newest = conv.declinedBy.at(-1);
  const until: ReleaseTimes = {};
  for (const id of conv.declinedBy) {
    if (away.has(id)) continue;
    // A decliner whose release was lost (its timer fired while the chat was offered to someone else) is due now.
    until[id] = id === newest ? now.getTime() + afterMs : (earlier[id] ?? now.getTime());
  }
  const due = Math.min(...Object.values(until));
  if (!Number.isFinite(due)) return;
  await setTimer(tx, 'offer_again', conv.id, new Date(due), { until });
}

/**
 * An offer ended without an accept (declined, expired, withdrawn when the agent went away), inside its transition:
 * that agent's offer-again window starts, and a customer whose transfer to that agent fell through is told.
 */
export async function offerEnded(ctx: ServiceContext, tx: Tx, conv: ConversationRow): Promise<MessageRow[]> {
  const now = ctx.clock.now();
  await armOfferAgain(tx, conv, now, ctx.config.offerAgainMs);
  return transferFellThrough(ctx, tx, conv, now);
}

/** Lets the decliners whose window ended back in; the conversation when it changed (null if nothing did). */
export async function offerAgain(db: DbOrTx, t: TimerRow, now: Date): Promise<ConversationRow | null> {
  const [conv] = await db.select().from(conversations).where(eq(conversations.id, t.conversationId));
  if (!conv || conv.state !== 'queued') return null;
  const away = sentAwayBy(conv);
  const until = releaseTimes(t.data);
  // A timer armed before release times were kept (no `until`) lets everyone back, as it did then.
  const due = (id: string) => (until[id] ?? 0) <= now.getTime();
  const keep = conv.declinedBy.filter((id) => away.has(id) || !due(id));
  const later = Object.fromEntries(Object.entries(until).filter(([id, at]) => keep.includes(id) && !away.has(id) && at > now.getTime()));
  if (Object.keys(later).length > 0) await setTimer(db, 'offer_again', conv.id, new Date(Math.min(...Object.values(later))), { until: later });
  if (keep.length === conv.declinedBy.length) return null;
  const [row] = await db
    .update(conversations)
    .set({ declinedBy: keep })
    .where(and(eq(conversations.id, conv.id), eq(conversations.version, conv.version)))
    .returning();
  // Changed meanwhile (a new offer, a transfer): try again in a moment rather than keep them out for good.
  if (!row) await setTimer(db, 'offer_again', conv.id, new Date(now.getTime() + 1000), { until });
  return row ?? null;
}
