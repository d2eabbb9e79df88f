/** Queries on tickets. */
import { and, count, desc, eq, gte } from 'drizzle-orm';
import type { DbOrTx } from './database.js';
import { tickets } from './schema.js';
import { newId } from './ids.js';

export type TicketRow = typeof tickets.$inferSelect;

export async function insertTicket(db: DbOrTx, t: Omit<TicketRow, 'id' | 'status'>): Promise<TicketRow> {
  const [row] = await db.insert(tickets).values({ id: newId('tk'), ...t }).returning();
  return row!;
}

export async function countVisitorTicketsSince(db: DbOrTx, visitorId: string, since: Date): Promise<number> {
  const [r] = await db.select({ n: count() }).from(tickets).where(and(eq(tickets.visitorId, visitorId), gte(tickets.createdAt, since)));
  return r?.n ?? 0;
}

/** Scoped to the site: an agent can only close their own site's tickets. */
export async function closeTicket(db: DbOrTx, siteId: string, id: string): Promise<TicketRow | undefined> {
  const [row] = await db.update(tickets).set({ status: 'closed' }).where(and(eq(tickets.id, id), eq(tickets.siteId, siteId))).returning();
  return row;
}

/** The conversation's open tickets, closed: answered in the chat itself. */
export async function closeConversationTickets(db: DbOrTx, conversationId: string): Promise<TicketRow[]> {
  return db.update(tickets).set({ status: 'closed' }).where(and(eq(tickets.conversationId, conversationId), eq(tickets.status, 'open'))).returning();
}

export async function listSiteTickets(db: DbOrTx, siteId: string, limit = 200): Promise<TicketRow[]> {
  return db.select().from(tickets).where(eq(tickets.siteId, siteId)).orderBy(desc(tickets.createdAt)).limit(limit);
}
