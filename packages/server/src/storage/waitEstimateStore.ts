/** Queries on recorded wait estimates and the control events that settle them. */
import { and, asc, eq, gt, gte, inArray, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from './database.js';
import { controlEvents, conversations, waitEstimates } from './schema.js';
import { newId } from './ids.js';

export type WaitEstimateRow = typeof waitEstimates.$inferSelect;

/** Idempotent per queue episode (unique conversation + queued_at): the first estimate wins. */
export async function recordEstimate(db: DbOrTx, e: Omit<WaitEstimateRow, 'id' | 'actualSeconds' | 'outcome'>): Promise<void> {
  await db.insert(waitEstimates).values({ id: newId('we'), ...e }).onConflictDoNothing();
}

export async function listPendingEstimates(db: DbOrTx, siteId: string): Promise<WaitEstimateRow[]> {
  return db.select().from(waitEstimates).where(and(eq(waitEstimates.siteId, siteId), isNull(waitEstimates.outcome)));
}

export async function settleEstimate(db: DbOrTx, id: string, actualSeconds: number, outcome: 'assigned' | 'abandoned'): Promise<void> {
  await db.update(waitEstimates).set({ actualSeconds, outcome }).where(and(eq(waitEstimates.id, id), isNull(waitEstimates.outcome)));
}

export async function listEstimatesSince(db: DbOrTx, siteId: string, since: Date): Promise<WaitEstimateRow[]> {
  return db.select().from(waitEstimates).where(and(eq(waitEstimates.siteId, siteId), gte(waitEstimates.estimatedAt, since)));
}

/** Control events of these conversations after `after`, oldest first: where each queue episode ended. */
export async function eventsAfter(db: DbOrTx, conversationIds: string[], after: Date) {
  if (!conversationIds.length) return [];
  return db
    .select({ conversationId: controlEvents.conversationId, toState: controlEvents.toState, createdAt: controlEvents.createdAt })
    .from(controlEvents)
    .where(and(inArray(controlEvents.conversationId, conversationIds), gt(controlEvents.createdAt, after)))
    .orderBy(asc(controlEvents.createdAt), asc(controlEvents.version));
}

/**
 * State changes of a site's conversations created at or after `since`, oldest first, with the conversation's
 * skill and priority: what the wait estimator learns from (waits, abandonment, handle times, arrivals).
 */
export async function controlChangesSince(db: DbOrTx, siteId: string, since: Date) {
  return db
    .select({
      id: controlEvents.id,
      conversationId: controlEvents.conversationId,
      fromState: controlEvents.fromState,
      toState: controlEvents.toState,
      createdAt: controlEvents.createdAt,
      skill: conversations.skill,
      priority: conversations.priority,
    })
    .from(controlEvents)
    .innerJoin(conversations, eq(conversations.id, controlEvents.conversationId))
    .where(and(eq(conversations.siteId, siteId), gte(controlEvents.createdAt, since), ne(controlEvents.fromState, controlEvents.toState)))
    .orderBy(asc(controlEvents.createdAt), asc(controlEvents.conversationId), asc(controlEvents.version));
}
