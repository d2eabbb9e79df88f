/** The rows the supervisor's outcomes are counted from (domain/supervisor/dayOutcomes.ts): one site, since a moment. */
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from './database.js';
import { controlEvents, conversations } from './schema.js';
import { ratingsResolvedSince } from './ratingStore.js';

const COUNTED = ['escalated', 'accepted', 'resolved', 'abandoned', 'cancelled'];

export async function outcomeRows(db: DbOrTx, siteId: string, since: Date) {
  const [started, events, rated] = await Promise.all([
    db
      .select({
        id: conversations.id,
        // Written out: in a select list Drizzle renders a column unqualified ("id"), which inside the subquery is e.id.
        escalated: sql<boolean>`exists (select 1 from control_events e where e.conversation_id = conversations.id and e.kind = 'escalated')`,
      })
      .from(conversations)
      .where(and(eq(conversations.siteId, siteId), gte(conversations.createdAt, since))),
    db
      .select({ conversationId: controlEvents.conversationId, kind: controlEvents.kind, reason: sql<string | null>`${controlEvents.data}->>'reason'` })
      .from(controlEvents)
      .innerJoin(conversations, eq(conversations.id, controlEvents.conversationId))
      .where(and(eq(conversations.siteId, siteId), gte(controlEvents.createdAt, since), inArray(controlEvents.kind, COUNTED))),
    // Every hand-off's rating, not the conversation's latest only: a chat resolved three times was rated three times.
    ratingsResolvedSince(db, siteId, since),
  ]);
  return { started: started.map((s) => ({ id: s.id, escalated: Boolean(s.escalated) })), events, ratings: rated.map((r) => r.rating) };
}
