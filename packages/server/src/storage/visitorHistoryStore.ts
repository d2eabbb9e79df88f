/** A visitor's other conversations on a site, for the agent reading the current one. */
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from './database.js';
import { controlEvents, conversations, messages } from './schema.js';
import type { ConversationRow } from './conversationStore.js';

export interface VisitorHistoryRow {
  conversation: ConversationRow;
  opening: string | null;
  resolvedBy: string | null;
}

export async function listVisitorHistory(db: DbOrTx, siteId: string, visitorId: string, excludeId: string, limit = 10): Promise<VisitorHistoryRow[]> {
  const rows = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.siteId, siteId), eq(conversations.visitorId, visitorId), ne(conversations.id, excludeId)))
    .orderBy(desc(conversations.createdAt))
    .limit(limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [openings, resolvers] = await Promise.all([
    db
      .selectDistinctOn([messages.conversationId], { conversationId: messages.conversationId, body: messages.body })
      .from(messages)
      .where(and(inArray(messages.conversationId, ids), eq(messages.authorType, 'visitor')))
      .orderBy(messages.conversationId, messages.seq),
    db
      .selectDistinctOn([controlEvents.conversationId], { conversationId: controlEvents.conversationId, actorName: controlEvents.actorName })
      .from(controlEvents)
      .where(and(inArray(controlEvents.conversationId, ids), eq(controlEvents.kind, 'resolved')))
      .orderBy(controlEvents.conversationId, desc(controlEvents.version)),
  ]);
  const opening = new Map(openings.map((o) => [o.conversationId, o.body]));
  const resolver = new Map(resolvers.map((r) => [r.conversationId, r.actorName]));
  return rows.map((c) => ({ conversation: c, opening: opening.get(c.id) ?? null, resolvedBy: resolver.get(c.id) ?? null }));
}
