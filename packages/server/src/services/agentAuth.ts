/** Agent login, sessions (hashed cookie tokens) and seeding. */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../storage/database.js';
import { agents, agentSessions } from '../storage/schema.js';
import { newId } from '../storage/ids.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { ServiceError } from './serviceError.js';

export type AgentRow = typeof agents.$inferSelect;

const SESSION_DAYS = 14;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
// Verified against when the e-mail is unknown, so both paths take the same time.
const DUMMY_HASH = hashPassword('not-a-real-password');

/** A name for one sign-in that is not its secret (the room its console tabs share, so logout can close them all). */
export const sessionKey = (token: string): string => sha256(`room:${token}`).slice(0, 32);

export async function login(db: Db, email: string, password: string, now: Date): Promise<{ agent: AgentRow; token: string; expiresAt: Date }> {
  const [agent] = await db.select().from(agents).where(eq(agents.email, email.toLowerCase()));
  const ok = await verifyPassword(password, agent?.passwordHash ?? (await DUMMY_HASH));
  // A wrong password against a hash of the older, cheaper parameters would answer five times faster than an unknown
  // e-mail (checked against the dummy hash), telling which e-mails are agents until each logs in again: even it out.
  if (agent && !ok && needsRehash(agent.passwordHash)) await verifyPassword(password, await DUMMY_HASH);
  // A removed agent is told what anyone with a wrong password is: no hint that the e-mail was ever on the team.
  if (!agent || !ok || agent.removedAt) throw new ServiceError('unauthorized', 'Wrong e-mail or password');
  // The only moment we hold the password: a hash made with older, weaker parameters is replaced now. Guarded by the old
  // hash, so it never overwrites a password changed meanwhile.
  if (needsRehash(agent.passwordHash)) {
    await db.update(agents).set({ passwordHash: await hashPassword(password) }).where(and(eq(agents.id, agent.id), eq(agents.passwordHash, agent.passwordHash)));
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insert(agentSessions).values({ tokenHash: sha256(token), agentId: agent.id, expiresAt });
  // Signing in is coming to work: an Offline chosen in a browser closed without logging out does not carry over.
  if (agent.offlineChosen) await db.update(agents).set({ offlineChosen: false }).where(eq(agents.id, agent.id));
  return { agent: { ...agent, offlineChosen: false }, token, expiresAt };
}

export async function authenticate(db: Db, token: string | undefined, now: Date): Promise<AgentRow | null> {
  if (!token) return null;
  const [row] = await db
    .select({ agent: agents })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(and(eq(agentSessions.tokenHash, sha256(token)), gt(agentSessions.expiresAt, now), isNull(agents.removedAt)));
  return row?.agent ?? null;
}

/**
 * Of these session tokens, those that still sign an agent in: a console tab stays connected on the cookie it opened
 * with, so each node asks this of its tabs now and then (sessions ended by `pnpm agent remove` or a password reset,
 * or expired). One query for all of them.
 */
export async function liveSessions(db: Db, tokens: readonly string[], now: Date): Promise<Set<string>> {
  if (!tokens.length) return new Set();
  const byHash = new Map(tokens.map((t) => [sha256(t), t]));
  const rows = await db
    .select({ tokenHash: agentSessions.tokenHash })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(and(inArray(agentSessions.tokenHash, [...byHash.keys()]), gt(agentSessions.expiresAt, now), isNull(agents.removedAt)));
  return new Set(rows.map((r) => byHash.get(r.tokenHash)!));
}

export async function logout(db: Db, token: string | undefined): Promise<void> {
  if (token) await db.delete(agentSessions).where(eq(agentSessions.tokenHash, sha256(token)));
}

export async function upsertAgent(
  db: Db,
  a: { siteId: string; email: string; name: string; password: string; role?: 'agent' | 'supervisor'; skills: { skill: string; proficiency: number }[]; capacity?: number },
): Promise<AgentRow> {
  const email = a.email.toLowerCase();
  const [existing] = await db.select().from(agents).where(eq(agents.email, email));
  if (existing) return existing;
  // Nodes starting together may seed at once: the unique e-mail decides, both read the winner.
  await db
    .insert(agents)
    .values({ id: newId('ag'), siteId: a.siteId, email, name: a.name, passwordHash: await hashPassword(a.password), role: a.role ?? 'agent', skills: a.skills, capacity: a.capacity ?? 3 })
    .onConflictDoNothing();
  const [row] = await db.select().from(agents).where(eq(agents.email, email));
  return row!;
}

export async function getAgent(db: Db, id: string): Promise<AgentRow | undefined> {
  const [row] = await db.select().from(agents).where(eq(agents.id, id));
  return row;
}
