/** Queries on conversations, messages and control events. Services call these inside their transactions. */
import { and, asc, desc, eq, gt, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from './database.js';
import { controlEvents, conversations, messages, timers } from './schema.js';
import type { ControlEventDraft, ControlSnapshot, Actor } from '../domain/conversation/controlMachine.js';
import { newId } from './ids.js';
import { executeNamed } from './namedStatement.js';
import { fromJson } from './jsonRows.js';
import type { CustomerAttributes } from '@baton/protocol';

export type ConversationRow = typeof conversations.$inferSelect;
export type MessageRow = typeof messages.$inferSelect;
export type ControlEventRow = typeof controlEvents.$inferSelect;

export class VersionConflictError extends Error {
  constructor(readonly conversationId: string) {
    super(`conversation ${conversationId} changed concurrently`);
  }
}

export function snapshotOf(c: ConversationRow): ControlSnapshot {
  return { state: c.state, version: c.version, agentId: c.agentId, offeredTo: c.offeredTo, declinedBy: c.declinedBy, skill: c.skill };
}

export async function getConversation(db: DbOrTx, id: string): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
  return row;
}

/** The inbox fields the last stored message set. */
export async function lastMessageOf(db: DbOrTx, id: string): Promise<Pick<ConversationRow, 'lastSeq' | 'lastMessagePreview'>> {
  const [row] = await db.select({ lastSeq: conversations.lastSeq, lastMessagePreview: conversations.lastMessagePreview }).from(conversations).where(eq(conversations.id, id));
  return row!;
}

/** When the message with this seq was stored (null when there is none). */
export async function messageAt(db: DbOrTx, conversationId: string, seq: number): Promise<Date | null> {
  const [row] = await db.select({ at: messages.createdAt }).from(messages).where(and(eq(messages.conversationId, conversationId), eq(messages.seq, seq)));
  return row?.at ?? null;
}

/** Row lock: writers on one conversation serialize (seq assignment, control changes). */
export async function lockConversation(tx: DbOrTx, id: string): Promise<ConversationRow | undefined> {
  const [row] = await tx.select().from(conversations).where(eq(conversations.id, id)).for('update');
  return row;
}

/** The visitor's latest conversation if it was closed (left while waiting) after `since`. */
export async function findRecentlyClosed(db: DbOrTx, visitorId: string, since: Date): Promise<ConversationRow | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.visitorId, visitorId)).orderBy(desc(conversations.createdAt)).limit(1);
  return row && row.state === 'closed' && row.updatedAt >= since ? row : undefined;
}

export async function findOpenConversation(db: DbOrTx, visitorId: string): Promise<ConversationRow | undefined> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.visitorId, visitorId), ne(conversations.state, 'closed')))
    .orderBy(desc(conversations.createdAt))
    .limit(1);
  return row;
}

export async function createConversation(db: DbOrTx, siteId: string, visitorId: string): Promise<ConversationRow> {
  const [row] = await db.insert(conversations).values({ id: newId('cv'), siteId, visitorId }).returning();
  return row!;
}

export interface NewMessage {
  clientMsgId: string | null;
  authorType: MessageRow['authorType'];
  authorId: string | null;
  authorName: string | null;
  body: string;
  meta?: Record<string, unknown>;
  /** The agent inbox's line for this message when the body, written for the customer, is not it (stored on the conversation, not the message). */
  preview?: string;
}

export async function findByClientMsgId(db: DbOrTx, conversationId: string, clientMsgId: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.clientMsgId, clientMsgId)));
  return row;
}

/** Takes the next seq: the update also takes the row lock, so writers on one conversation serialize. */
export async function nextSeq(tx: DbOrTx, conversationId: string, preview: string, now: Date): Promise<ConversationRow | undefined> {
  const [c] = await tx
    .update(conversations)
    .set({ lastSeq: sql`${conversations.lastSeq} + 1`, lastMessagePreview: preview.slice(0, 140), updatedAt: now })
    .where(eq(conversations.id, conversationId))
    .returning();
  return c;
}

export async function insertMessageAt(tx: DbOrTx, conversationId: string, seq: number, m: NewMessage, now: Date): Promise<MessageRow> {
  const [row] = await tx
    .insert(messages)
    .values({ id: newId('msg'), conversationId, seq, createdAt: now, meta: m.meta ?? {}, ...m })
    .returning();
  return row!;
}

/** Assigns the next seq and stores the message (system and bot messages inside a larger transaction). */
export async function insertMessage(tx: DbOrTx, conversationId: string, m: NewMessage, now: Date): Promise<MessageRow> {
  const { preview, ...message } = m;
  const c = await nextSeq(tx, conversationId, preview ?? m.body, now);
  return insertMessageAt(tx, conversationId, c!.lastSeq, message, now);
}

/**
 * Everything a bot turn reads, in one round trip: the conversation, its customer's attributes and the
 * transcript in seq order.
 */
export async function getTurnContext(db: DbOrTx, id: string): Promise<{ conversation: ConversationRow; attributes: CustomerAttributes; messages: MessageRow[] } | undefined> {
  const result = await executeNamed(db, 'turn_context', sql`
    select to_jsonb(c) as conv, v.attributes as attrs,
      coalesce((select jsonb_agg(to_jsonb(m) order by m.seq) from messages m where m.conversation_id = c.id), '[]'::jsonb) as msgs
    from conversations c join visitors v on v.id = c.visitor_id
    where c.id = ${id}`);
  const [row] = (result as unknown as { rows: { conv: Record<string, unknown>; attrs: CustomerAttributes; msgs: Record<string, unknown>[] }[] }).rows;
  if (!row) return undefined;
  return { conversation: fromJson(conversations, row.conv), attributes: row.attrs, messages: row.msgs.map((m) => fromJson<MessageRow>(messages, m)) };
}

export async function listMessages(db: DbOrTx, conversationId: string, afterSeq = 0): Promise<MessageRow[]> {
  return db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), gt(messages.seq, afterSeq)))
    .orderBy(asc(messages.seq));
}

export async function listEvents(db: DbOrTx, conversationId: string): Promise<ControlEventRow[]> {
  return db.select().from(controlEvents).where(eq(controlEvents.conversationId, conversationId)).orderBy(asc(controlEvents.version));
}

/**
 * Writes a transition: the state change guarded by `version = expected` and its events, in the caller's transaction.
 */
export async function applyTransition(
  tx: DbOrTx,
  current: ConversationRow,
  next: ControlSnapshot,
  events: ControlEventDraft[],
  meta: { actor: Actor; reason: string | null; data?: Record<string, unknown>; patch?: Partial<ConversationRow>; now: Date },
): Promise<{ row: ConversationRow; events: ControlEventRow[] }> {
  const updated = await tx
    .update(conversations)
    .set({
      ...meta.patch,
      state: next.state,
      version: next.version,
      agentId: next.agentId,
      offeredTo: next.offeredTo,
      declinedBy: next.declinedBy,
      skill: next.skill,
      updatedAt: meta.now,
    })
    .where(and(eq(conversations.id, current.id), eq(conversations.version, current.version)))
    .returning();
  if (updated.length !== 1) throw new VersionConflictError(current.id);
  const rows = await tx
    .insert(controlEvents)
    .values(
      events.map((e) => ({
        id: newId('ev'),
        conversationId: current.id,
        version: e.version,
        kind: e.kind,
        fromState: e.from,
        toState: e.to,
        ...(e.byBot
          ? { actorType: 'bot' as const, actorId: null, actorName: 'Assistant', reason: 'follows up after the resolve' }
          : { actorType: meta.actor.type, actorId: meta.actor.id, actorName: meta.actor.name, reason: meta.reason }),
        data: meta.data ?? {},
        createdAt: meta.now,
      })),
    )
    .returning();
  return { row: updated[0]!, events: rows };
}

/**
 * The agent inbox: conversations waiting or with an agent, those an agent resolved (handed back to the bot), and
 * those the customer left while waiting ('closed' after being queued: a newcomer's customer with a missing item
 * vanished without trace). Not bot-only chats or escalations the customer cancelled.
 */
export async function listSiteConversations(db: DbOrTx, siteId: string, limit = 200): Promise<ConversationRow[]> {
  return db
    .select()
    .from(conversations)
    .where(
      and(
        eq(conversations.siteId, siteId),
        or(
          inArray(conversations.state, ['queued', 'offered', 'human']),
          and(eq(conversations.state, 'bot'), isNotNull(conversations.handedBackAt)),
          and(eq(conversations.state, 'closed'), isNotNull(conversations.queuedAt)),
        ),
      ),
    )
    .orderBy(desc(conversations.updatedAt))
    .limit(limit);
}

export async function listWaiting(db: DbOrTx, siteId: string): Promise<ConversationRow[]> {
  return db
    .select()
    .from(conversations)
    .where(and(eq(conversations.siteId, siteId), inArray(conversations.state, ['queued', 'offered'])));
}

/** A site's waiting chats with no abandonment timer: whose customer is, as far as the timers know, still there. */
export async function listWaitingUnwatched(db: DbOrTx, siteId: string): Promise<{ id: string; visitorId: string; state: string }[]> {
  return db
    .select({ id: conversations.id, visitorId: conversations.visitorId, state: conversations.state })
    .from(conversations)
    .where(
      and(
        // By site: the (site_id, state) index, not a scan of every conversation ever stored.
        eq(conversations.siteId, siteId),
        inArray(conversations.state, ['queued', 'offered']),
        sql`not exists (select 1 from ${timers} where ${timers.kind} = 'abandon' and ${timers.conversationId} = ${conversations.id})`,
      ),
    );
}

/**
 * Chats agents hold right now, with when each reached its agent (the latest transition into `human`): the
 * estimator needs how long each has already run to know when a slot frees up.
 */
export async function activeChats(db: DbOrTx, siteId: string): Promise<{ agentId: string; skill: string; startedAt: Date }[]> {
  const rows = await db
    .select({
      agentId: conversations.agentId,
      skill: conversations.skill,
      // Qualified by hand: inside this select Drizzle renders ${conversations.id} as a bare "id" (the event's own).
      startedAt: sql<string | null>`(select max(e.created_at) from control_events e where e.conversation_id = "conversations"."id" and e.to_state = 'human')`,
      updatedAt: conversations.updatedAt,
    })
    .from(conversations)
    .where(and(eq(conversations.siteId, siteId), eq(conversations.state, 'human')));
  return rows
    .filter((r) => r.agentId !== null)
    .map((r) => ({ agentId: r.agentId!, skill: r.skill ?? 'general', startedAt: r.startedAt ? new Date(r.startedAt) : r.updatedAt }));
}

/** Conversations offered to or held by each agent. */
export async function agentLoads(db: DbOrTx, siteId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ agentId: conversations.agentId, offeredTo: conversations.offeredTo, state: conversations.state })
    .from(conversations)
    .where(and(eq(conversations.siteId, siteId), inArray(conversations.state, ['offered', 'human'])));
  const loads = new Map<string, number>();
  for (const r of rows) {
    const id = r.state === 'human' ? r.agentId : r.offeredTo;
    if (id) loads.set(id, (loads.get(id) ?? 0) + 1);
  }
  return loads;
}
