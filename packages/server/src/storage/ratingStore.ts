/** Customer ratings, one per hand-off (schema `ratings`), and the conversation's own "rated" state. */
import { and, desc, eq, gte, inArray } from 'drizzle-orm';
import type { DbOrTx, Tx } from './database.js';
import { controlEvents, conversations, ratings } from './schema.js';
import { newId } from './ids.js';

export type RatingRow = typeof ratings.$inferSelect;

/**
 * Records the customer's rating for the conversation's latest resolve (the one whose hand-back asked for it), in
 * the caller's transaction under its row lock. The `ratings` row keeps it for good, credited to the agent who
 * resolved; the conversation keeps it as the current hand-off's rating. Idempotent per hand-off: when that resolve
 * is rated already, nothing is written and the answer is false (the caller refuses; nothing earlier is replaced).
 */
export async function recordRating(tx: Tx, conversationId: string, siteId: string, rating: number, comment: string | null, now: Date): Promise<boolean> {
  const [resolve] = await tx
    .select({ version: controlEvents.version, agentId: controlEvents.actorId, at: controlEvents.createdAt })
    .from(controlEvents)
    .where(and(eq(controlEvents.conversationId, conversationId), eq(controlEvents.kind, 'resolved')))
    .orderBy(desc(controlEvents.version))
    .limit(1);
  if (resolve) {
    const stored = await tx
      .insert(ratings)
      .values({ id: newId('rt'), conversationId, siteId, agentId: resolve.agentId, resolveVersion: resolve.version, resolvedAt: resolve.at, rating, comment, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: ratings.id });
    if (!stored.length) return false;
  }
  await tx.update(conversations).set({ csatRating: rating, csatComment: comment }).where(eq(conversations.id, conversationId));
  return true;
}

/** A conversation's ratings, one per rated hand-off, oldest first. */
export function listRatings(db: DbOrTx, conversationId: string): Promise<RatingRow[]> {
  return db.select().from(ratings).where(eq(ratings.conversationId, conversationId)).orderBy(ratings.resolveVersion);
}

/** A site's ratings for hand-offs resolved since `since`, with the agent credited (the supervisor's outcomes and agents). */
export function ratingsResolvedSince(db: DbOrTx, siteId: string, since: Date) {
  return db.select({ rating: ratings.rating, agentId: ratings.agentId }).from(ratings).where(and(eq(ratings.siteId, siteId), gte(ratings.resolvedAt, since)));
}

/**
 * Each conversation's latest resolve: who resolved it (the name recorded with the event) and the customer's rating
 * of that hand-off, null until rated. Conversations never resolved are absent.
 */
export async function latestResolves(db: DbOrTx, conversationIds: readonly string[]): Promise<Map<string, { by: string | null; rating: number | null }>> {
  if (!conversationIds.length) return new Map();
  const rows = await db
    .selectDistinctOn([controlEvents.conversationId], { conversationId: controlEvents.conversationId, by: controlEvents.actorName, rating: ratings.rating })
    .from(controlEvents)
    .leftJoin(ratings, and(eq(ratings.conversationId, controlEvents.conversationId), eq(ratings.resolveVersion, controlEvents.version)))
    .where(and(inArray(controlEvents.conversationId, [...conversationIds]), eq(controlEvents.kind, 'resolved')))
    .orderBy(controlEvents.conversationId, desc(controlEvents.version));
  return new Map(rows.map((r) => [r.conversationId, { by: r.by, rating: r.rating }]));
}
