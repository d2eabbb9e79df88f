/**
 * Agent presence: chosen online/away/offline in the console, dropped to offline when no socket remains after a grace
 * period. Chosen offline sticks (a reload keeps it); dropped offline comes back online with the next socket.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { agents, conversations } from '../storage/schema.js';
import { clearTimer } from '../storage/timerStore.js';
import { changeControl } from './controlChange.js';
import { lockDispatch, type Dispatcher } from './dispatcher.js';
import type { AgentRow } from './agentAuth.js';
import { parseSupportHours } from '../domain/site/supportHours.js';
import type { Abandonment } from './abandonment.js';
import { ServiceError } from './serviceError.js';
import { transferFellThrough } from './transferFellThrough.js';
import { sentAwayBy } from './transferHistory.js';
import { insertMessage } from '../storage/conversationStore.js';
import { phrasesFor } from '../domain/conversation/customerPhrases.js';
import { presentInDatabase, removedButPresent } from './agentAccounts.js';
import type { Tx } from '../storage/database.js';

/** Advisory-lock namespace for one agent's presence changes (the second key is the agent; 80_157_002 is dispatch's). */
const AGENT_PRESENCE_LOCK = 80_157_003;

/**
 * Waits for (and holds, until the transaction ends) the agent's presence changes, on every node: a grace period's last
 * "is a console open?" and the presence read of a console connecting take turns. Taken first in its transaction: before
 * lockDispatch and before any conversation's row lock, never after either (so it is never part of a deadlock).
 */
async function lockAgentPresence(tx: Tx, agentId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AGENT_PRESENCE_LOCK}, hashtext(${agentId}))`);
}

/**
 * changeControl's `before` for a hand-back that a presence change caused (it runs after that change committed): under
 * the agent's presence lock, it goes ahead only while their row still says `gone`. A console back meanwhile, or a
 * choice of Online, keeps the chat or the offer.
 */
function whileStill(agentId: string, gone: (presence: AgentRow['presence']) => boolean) {
  return async (tx: Tx): Promise<void> => {
    await lockAgentPresence(tx, agentId);
    const [row] = await tx.select({ presence: agents.presence }).from(agents).where(eq(agents.id, agentId));
    if (!row || !gone(row.presence)) throw new ServiceError('conflict', 'The agent is back online');
  };
}

export class Presence {
  private offlineTimers = new Map<string, NodeJS.Timeout>();
  private pending = new Set<Promise<void>>();
  private releasing = false;
  private stopped = false;

  constructor(
    private ctx: ServiceContext,
    private dispatcher: Dispatcher,
    private abandonment: Abandonment,
  ) {}

  /** `chosen`: the agent picked it (true), or the system moved them (false: a logout; undefined: keep what they chose). */
  async set(agent: AgentRow, presence: 'online' | 'away' | 'offline', chosen?: boolean): Promise<AgentRow> {
    return (await this.change(agent, presence, chosen))!;
  }

  /**
   * `unless`: asked under the agent's presence lock, with their row as it is then; true leaves everything as it is
   * (null). Every presence change of an agent, on any node, holds that lock: the grace period's last check and a console
   * connecting (connected(), expire()) cannot interleave.
   */
  private async change(agent: AgentRow, presence: 'online' | 'away' | 'offline', chosen: boolean | undefined, unless?: (current: AgentRow) => boolean | Promise<boolean>): Promise<AgentRow | null> {
    const offlineChosen = chosen === undefined ? undefined : chosen && presence === 'offline';
    // Under the site's dispatch lock: a dispatch on another node that read this agent as online has made its offer by
    // now (withdrawOffers below finds it), and the next one reads the new presence.
    const changed = await this.ctx.db.transaction(async (tx) => {
      await lockAgentPresence(tx, agent.id);
      if (unless) {
        const [current] = await tx.select().from(agents).where(eq(agents.id, agent.id));
        if (!current || (await unless(current))) return null;
      }
      await lockDispatch(tx, agent.siteId);
      const [old] = await tx.select({ presence: agents.presence }).from(agents).where(eq(agents.id, agent.id));
      const [updated] = await tx.update(agents).set({ presence, offlineChosen }).where(eq(agents.id, agent.id)).returning();
      return { before: old, row: updated };
    });
    if (!changed) return null;
    const { before, row } = changed;
    this.ctx.notifier.agentChanged(agent.id);
    if (before && before.presence !== presence && (before.presence === 'away' || presence === 'away')) await this.tellCustomers(agent);
    if (presence !== 'online') await this.withdrawOffers(agent, presence);
    if (presence === 'offline') await this.releaseChats(agent);
    await this.dispatcher.kick(agent.siteId);
    return row!;
  }

  /** Away and back: the customers in the agent's chats see it in the widget instead of wondering why nobody answers. */
  private async tellCustomers(agent: AgentRow): Promise<void> {
    const held = await this.ctx.db.select().from(conversations).where(and(eq(conversations.state, 'human'), eq(conversations.agentId, agent.id)));
    for (const c of held) this.ctx.notifier.conversationChanged(c);
  }

  /**
   * An agent who went away or offline cannot answer an offer: it goes back to the queue at once (as if it had
   * expired, so the dispatcher offers it to someone else) instead of keeping the customer waiting for the timeout.
   */
  private async withdrawOffers(agent: AgentRow, presence: 'away' | 'offline'): Promise<void> {
    const held = await this.ctx.db
      .select({ id: conversations.id, version: conversations.version })
      .from(conversations)
      .where(and(eq(conversations.state, 'offered'), eq(conversations.offeredTo, agent.id)));
    for (const c of held) {
      await changeControl(this.ctx, c.id, { type: 'expire_offer', release: true }, {
        actor: { type: 'system', id: null, name: 'Presence' },
        reason: `withdrawn: ${agent.name} went ${presence}`,
        expectedVersion: c.version,
        before: whileStill(agent.id, (p) => p !== 'online'),
        after: async (tx, conv) => {
          await clearTimer(tx, 'offer_expiry', c.id);
          // No decline (no offer-again window: a minute away must not keep them from the chat for two), but a customer
          // transferred to them by name is told it fell through.
          return transferFellThrough(this.ctx, tx, conv, this.ctx.clock.now());
        },
      }).catch((err) => {
        // Accepted, declined or expired meanwhile, or the agent is back: nothing to withdraw.
        if (!(err instanceof ServiceError)) throw err;
      });
    }
  }

  /**
   * An agent who went offline (logged out, closed the console past the grace period, or chose offline) cannot answer:
   * the chats they held go back to their team's queue, in the place the customer had, and the customer is told. Left
   * with them, the customer wrote to nobody and no supervisor could see it. Away keeps them: away is still at the desk.
   */
  private async releaseChats(agent: AgentRow): Promise<void> {
    const held = await this.ctx.db
      .select({ id: conversations.id, version: conversations.version, skill: conversations.skill, handoffPackage: conversations.handoffPackage })
      .from(conversations)
      .where(and(eq(conversations.state, 'human'), eq(conversations.agentId, agent.id)));
    const now = this.ctx.clock.now();
    for (const c of held) {
      const skill = c.skill ?? 'general';
      // Not a decline: back online, they are as good a choice as anyone for a chat they know.
      const r = await changeControl(this.ctx, c.id, { type: 'transfer', agentId: agent.id, skill, release: true, keepOut: [...sentAwayBy(c)] }, {
        actor: { type: 'system', id: null, name: 'Presence' },
        reason: `back to the queue: ${agent.name} went offline`,
        expectedVersion: c.version,
        data: { toSkill: skill, toAgentId: null, note: `${agent.name} went offline` },
        before: whileStill(agent.id, (p) => p === 'offline'),
        after: async (tx, conv) => {
          const team = this.ctx.sites.skillName(conv.siteId, skill, conv.language) ?? skill;
          const body = phrasesFor(conv.language).agentLeft(agent.name, team);
          const preview = `Back in the queue: ${agent.name} went offline`;
          return [await insertMessage(tx, conv.id, { clientMsgId: null, authorType: 'system', authorId: null, authorName: 'Baton', body, preview, meta: { kind: 'transfer' } }, now)];
        },
      }).catch((err) => {
        // Resolved or transferred meanwhile, or the agent is back: nothing to release.
        if (!(err instanceof ServiceError)) throw err;
        return null;
      });
      // Waiting again: a customer who already closed the chat gets the grace period and then leaves the queue (a
      // QA run found such chats waiting for ever, offered to each agent who signed in, ahead of real customers).
      if (r) await this.abandonment.watch(r.conversation).catch((err) => this.ctx.log.warn({ err }, 'abandon watch failed'));
    }
  }

  /**
   * Agents removed from the team (`pnpm agent remove`, written by a process that cannot call this one) leave as at a
   * logout: offers withdrawn, chats back to the queue, customers told. Every node's sweep asks; the version guards
   * let one move each chat. Also what a server started after the removal (PGlite) finds still held.
   */
  async releaseRemoved(): Promise<void> {
    if (this.releasing) return; // a slow run is not started again by the next sweep
    this.releasing = true;
    try {
      for (const agent of await removedButPresent(this.ctx.db)) {
        this.cancelOfflineTimer(agent.id);
        await this.set(agent, 'offline', false);
      }
    } finally {
      this.releasing = false;
    }
  }

  /** Working hours: outside them the agent finishes what they hold but gets no new conversations. */
  async setWorkingHours(agent: AgentRow, workingHours: Record<string, string> | null): Promise<AgentRow> {
    if (workingHours) {
      let parsed;
      try {
        parsed = parseSupportHours(workingHours);
      } catch (e) {
        throw new ServiceError('invalid_payload', `workingHours: ${(e as Error).message}`);
      }
      // Saved, these would mean "never take a conversation" while the agent shows as online.
      if (parsed.week.every((d) => d.length === 0)) throw new ServiceError('invalid_payload', 'workingHours: every day is closed; to take conversations whenever online, clear the hours instead');
    }
    const [row] = await this.ctx.db.update(agents).set({ workingHours }).where(eq(agents.id, agent.id)).returning();
    this.ctx.notifier.agentChanged(agent.id);
    await this.dispatcher.kick(agent.siteId);
    return row!;
  }

  /**
   * A console of the agent connected (it has joined its rooms): come online unless they chose away or offline. Read
   * again under the presence lock, not from the row the handshake read: a grace period that ended in between took them
   * offline, and that row still said online (the console stayed open on an agent shown offline, offered nothing). Nor
   * does an agent removed since the handshake come online.
   */
  connected(agent: AgentRow): Promise<void> {
    this.cancelOfflineTimer(agent.id);
    const stays = (current: AgentRow) => current.presence !== 'offline' || current.offlineChosen || current.removedAt !== null;
    return this.track(this.change(agent, 'online', undefined, stays).then(() => undefined));
  }

  /** Tracked for idle(): the connection handler and the grace timer do not wait for it. */
  private track(p: Promise<void>): Promise<void> {
    this.pending.add(p);
    return p.finally(() => this.pending.delete(p));
  }

  /** Resolves once the presence changes started by new connections and ended grace periods are written. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  /**
   * An explicit logout (`sessionKey`: agentAuth.sessionKey of the cookie): every console tab of that sign-in closes
   * (left open, one kept chatting as the agent on a deleted session), and the agent is offline at once. The grace
   * period is for reloads and flaky networks; nobody is coming back here, and until offline an offer they held kept the
   * customer waiting on a console that was gone. Unless still signed in in another browser: at work there, going
   * offline would hand their chats back.
   */
  async loggedOut(agent: AgentRow | null, sessionKey: string): Promise<void> {
    this.ctx.notifier.sessionEnded(sessionKey);
    if (!agent || (await this.ctx.notifier.agentOnlineElsewhere(agent.id, sessionKey))) return;
    this.cancelOfflineTimer(agent.id);
    // Signing in again is coming to work: the next console comes online, whatever they chose before.
    await this.set(agent, 'offline', false);
  }

  private cancelOfflineTimer(agentId: string): void {
    const t = this.offlineTimers.get(agentId);
    if (t) clearTimeout(t);
    this.offlineTimers.delete(agentId);
  }

  /**
   * A socket of the agent closed: after the grace period, offline (chats back to the queue) unless a console of theirs
   * is open then, on any node. Until the nodes surely see each other (a Redis outage, a node just started), a console on
   * another node would look closed: the check waits another grace period.
   */
  disconnected(agent: AgentRow): void {
    if (this.stopped) return;
    this.cancelOfflineTimer(agent.id);
    const t = setTimeout(() => {
      this.offlineTimers.delete(agent.id);
      if (this.stopped) return;
      if (!this.ctx.visitorPresence.sure()) return this.disconnected(agent);
      void this.track(this.expire(agent)).catch((err) => this.ctx.log.warn({ err }, 'presence update failed'));
    }, this.ctx.config.agentGraceMs);
    t.unref();
    this.offlineTimers.set(agent.id, t);
  }

  /** The grace period is over: offline, unless a console of theirs is open on some node. */
  private async expire(agent: AgentRow): Promise<void> {
    if (await this.ctx.notifier.agentConnected(agent.id)) return;
    // Asked again, under the agent's presence lock, before writing offline. The first answer is a round trip to every
    // node (Redis): a console that joined its rooms after a node answered, but before the write, read the agent online
    // and changed nothing, and was left open on an agent shown offline. Now such a console is either seen here, or
    // connected() (which takes the same lock after the console joins) runs after this write and brings them back.
    await this.change(agent, 'offline', undefined, () => this.ctx.notifier.agentConnected(agent.id));
  }

  /**
   * At start: agents the database shows at work (online or away, or holding a chat) whose console was on a server that
   * stopped (Ctrl-C, a crash) get what a closed console gets. Left online they held their chats for ever, the customers
   * writing to nobody. A console that comes back within the grace period, here or on another node, keeps everything.
   */
  async absentAtStart(): Promise<void> {
    for (const agent of await presentInDatabase(this.ctx.db)) if (this.ctx.sites.getById(agent.siteId)) this.disconnected(agent);
  }

  /**
   * Now and then, on every node: an agent at work in the database with no console on any node and no grace period
   * running here (their console was on a node that died and never came back anywhere, so no node saw it close) gets the
   * grace period too. Before, only a restart of some node released their chats. Skipped while the nodes may not all
   * see each other: a console elsewhere would look closed.
   */
  async sweepAbsent(): Promise<void> {
    if (this.stopped || !this.ctx.visitorPresence.sure()) return;
    const present = await presentInDatabase(this.ctx.db);
    if (present.length === 0) return;
    const connected = await this.ctx.notifier.connectedAgents();
    for (const agent of present) {
      if (this.offlineTimers.has(agent.id) || connected.has(agent.id) || !this.ctx.sites.getById(agent.siteId)) continue;
      this.disconnected(agent);
    }
  }

  /** Timers armed by sockets closing as the server shuts down would act on a closed database. */
  stop(): void {
    this.stopped = true;
    for (const t of this.offlineTimers.values()) clearTimeout(t);
    this.offlineTimers.clear();
  }
}
