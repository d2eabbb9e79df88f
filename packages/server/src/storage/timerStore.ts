/** Durable timers: rows with due times (DESIGN.md §2), read by the timer runner. */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from './database.js';
import { conversations, timers } from './schema.js';
import { newId } from './ids.js';

export type TimerKind = 'offer_expiry' | 'bot_turn' | 'abandon' | 'offer_again';
export type TimerRow = typeof timers.$inferSelect;

export async function setTimer(db: DbOrTx, kind: TimerKind, conversationId: string, dueAt: Date, data: Record<string, unknown> = {}): Promise<void> {
  await db
    .insert(timers)
    .values({ id: newId('tm'), kind, conversationId, dueAt, data })
    .onConflictDoUpdate({ target: [timers.kind, timers.conversationId], set: { dueAt, data } });
}

/**
 * The pending bot turn for a customer message: keeps the earliest due time (more messages do not push the turn
 * back) and records the newest customer seq, so an answer to an older message does not clear it (clearBotTurn).
 */
export async function armBotTurn(db: DbOrTx, conversationId: string, dueAt: Date, seq: number): Promise<void> {
  await db
    .insert(timers)
    .values({ id: newId('tm'), kind: 'bot_turn', conversationId, dueAt, data: { seq } })
    .onConflictDoUpdate({ target: [timers.kind, timers.conversationId], set: { data: { seq } } });
}

/** Clears the pending bot turn if it is for a customer message up to `uptoSeq` (answered); a newer one stays. */
export async function clearBotTurn(db: DbOrTx, conversationId: string, uptoSeq: number): Promise<void> {
  await db
    .delete(timers)
    .where(and(eq(timers.kind, 'bot_turn'), eq(timers.conversationId, conversationId), sql`coalesce((${timers.data}->>'seq')::int, 0) <= ${uptoSeq}`));
}

/** A conversation's timer of one kind, if armed. */
export async function getTimer(db: DbOrTx, kind: TimerKind, conversationId: string): Promise<TimerRow | undefined> {
  const [row] = await db.select().from(timers).where(and(eq(timers.kind, kind), eq(timers.conversationId, conversationId)));
  return row;
}

/** A conversation's timer of one kind, row-locked until the transaction ends (a delete of it waits); undefined if none. */
export async function lockTimer(tx: DbOrTx, kind: TimerKind, conversationId: string): Promise<TimerRow | undefined> {
  const [row] = await tx.select().from(timers).where(and(eq(timers.kind, kind), eq(timers.conversationId, conversationId))).for('update');
  return row;
}

export async function clearTimer(db: DbOrTx, kind: TimerKind, conversationId: string): Promise<void> {
  await db.delete(timers).where(and(eq(timers.kind, kind), eq(timers.conversationId, conversationId)));
}

/** Clears a kind of timer on all of a visitor's conversations (they came back: no abandonment). */
export async function clearVisitorTimers(db: DbOrTx, kind: TimerKind, visitorId: string): Promise<void> {
  await db
    .delete(timers)
    .where(and(eq(timers.kind, kind), inArray(timers.conversationId, db.select({ id: conversations.id }).from(conversations).where(eq(conversations.visitorId, visitorId)))));
}

export async function dueTimers(db: DbOrTx, now: Date, limit = 50): Promise<TimerRow[]> {
  return db.select().from(timers).where(lte(timers.dueAt, now)).orderBy(asc(timers.dueAt)).limit(limit);
}

/** When each of these conversations' timers of one kind is due. */
export async function dueTimesOf(db: DbOrTx, kind: TimerKind, conversationIds: string[]): Promise<Map<string, Date>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .select({ conversationId: timers.conversationId, dueAt: timers.dueAt })
    .from(timers)
    .where(and(eq(timers.kind, kind), inArray(timers.conversationId, conversationIds)));
  return new Map(rows.map((r) => [r.conversationId, r.dueAt]));
}

/** Deletes the timer only if it is still the one that fell due at `dueAt` (not one re-armed meanwhile). */
export async function clearTimerIfDue(db: DbOrTx, kind: TimerKind, conversationId: string, dueAt: Date): Promise<void> {
  await db.delete(timers).where(and(eq(timers.kind, kind), eq(timers.conversationId, conversationId), eq(timers.dueAt, dueAt)));
}
