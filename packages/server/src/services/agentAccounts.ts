/**
 * A site owner's changes to the team (`pnpm agent …`), written straight to the database: with PGlite the server is
 * stopped meanwhile, with PostgreSQL it may be running, so a running server notices what it must act on by itself
 * (Presence.releaseRemoved, the agent socket's session check) instead of being told.
 */
import { and, asc, eq, exists, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Db, DbOrTx } from '../storage/database.js';
import { agents, agentSessions, conversations, sites } from '../storage/schema.js';
import { hashPassword } from './passwords.js';
import { ServiceError } from './serviceError.js';
import type { AgentRow } from './agentAuth.js';

async function byEmail(db: Db, email: string): Promise<AgentRow> {
  const [row] = await db.select().from(agents).where(eq(agents.email, email.toLowerCase()));
  if (!row) throw new ServiceError('unknown_agent', `there is no agent with the e-mail ${email}`);
  return row;
}

/** Conversations an agent (an id, or the agents row in a correlated query) holds or is offered: they go back to the queue. */
export const heldOrOffered = (agentId: string | typeof agents.id) =>
  or(and(eq(conversations.state, 'human'), eq(conversations.agentId, agentId)), and(eq(conversations.state, 'offered'), eq(conversations.offeredTo, agentId)));

async function endSessions(db: DbOrTx, agentId: string): Promise<number> {
  return (await db.delete(agentSessions).where(eq(agentSessions.agentId, agentId)).returning({ tokenHash: agentSessions.tokenHash })).length;
}

/**
 * Deactivates rather than deletes: ratings, transcripts and timelines point at the row and must keep the name. Signs
 * them out everywhere; the chats they hold or are offered are counted here and handed back by the server.
 */
export async function removeAgent(db: Db, email: string, now: Date): Promise<{ agent: AgentRow; sessionsEnded: number; chats: number }> {
  const agent = await byEmail(db, email);
  if (agent.removedAt) throw new ServiceError('unknown_agent', `${agent.email} was already removed on ${agent.removedAt.toISOString().slice(0, 10)}`);
  return db.transaction(async (tx) => {
    const [row] = await tx.update(agents).set({ removedAt: now }).where(eq(agents.id, agent.id)).returning();
    const sessionsEnded = await endSessions(tx, agent.id);
    const chats = (await tx.select({ id: conversations.id }).from(conversations).where(heldOrOffered(agent.id))).length;
    return { agent: row!, sessionsEnded, chats };
  });
}

export async function restoreAgent(db: Db, email: string): Promise<AgentRow> {
  const agent = await byEmail(db, email);
  if (!agent.removedAt) throw new ServiceError('invalid_payload', `${agent.email} is not removed`);
  const [row] = await db.update(agents).set({ removedAt: null }).where(eq(agents.id, agent.id)).returning();
  return row!;
}

/** A new password signs the agent out everywhere: a reset is often because the old one got out. */
export async function setAgentPassword(db: Db, email: string, password: string): Promise<{ agent: AgentRow; sessionsEnded: number }> {
  const agent = await byEmail(db, email);
  await db.update(agents).set({ passwordHash: await hashPassword(password) }).where(eq(agents.id, agent.id));
  return { agent, sessionsEnded: await endSessions(db, agent.id) };
}

/** Name, role, capacity, skills: routing reads the row on every dispatch, so a running server uses them at once. */
export async function updateAgent(
  db: Db,
  agentId: string,
  changes: { name?: string; role?: 'agent' | 'supervisor'; capacity?: number; skills?: { skill: string; proficiency: number }[] },
): Promise<AgentRow> {
  const [row] = await db.update(agents).set(changes).where(eq(agents.id, agentId)).returning();
  if (!row) throw new ServiceError('unknown_agent', 'there is no such agent');
  return row;
}

export async function findAgent(db: Db, email: string): Promise<AgentRow & { siteKey: string }> {
  const agent = await byEmail(db, email);
  const [site] = await db.select({ key: sites.key }).from(sites).where(eq(sites.id, agent.siteId));
  return { ...agent, siteKey: site?.key ?? agent.siteId };
}

/** Every agent (of one site, by key), by site and name, removed ones included: the list says which. */
export async function listAgents(db: Db, siteKey: string | null): Promise<(AgentRow & { siteKey: string })[]> {
  const rows = await db
    .select({ agent: agents, siteKey: sites.key })
    .from(agents)
    .innerJoin(sites, eq(sites.id, agents.siteId))
    .where(siteKey === null ? undefined : eq(sites.key, siteKey))
    .orderBy(asc(sites.key), asc(agents.name));
  return rows.map((r) => ({ ...r.agent, siteKey: r.siteKey }));
}

/** The agents row is online or away, or the agent still holds or is offered a chat. */
const present = (db: Db) => or(ne(agents.presence, 'offline'), exists(db.select({ id: conversations.id }).from(conversations).where(heldOrOffered(agents.id))));

/** Removed agents the server has not yet taken offline, or who still hold or are offered a chat. */
export function removedButPresent(db: Db): Promise<AgentRow[]> {
  return db.select().from(agents).where(and(isNotNull(agents.removedAt), present(db)));
}

/** Agents on the team whom the database shows at work (online or away, or holding or offered a chat), console or not. */
export function presentInDatabase(db: Db): Promise<AgentRow[]> {
  return db.select().from(agents).where(and(isNull(agents.removedAt), present(db)));
}
