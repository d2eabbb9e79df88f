/** Agent presence: chosen online/away, dropped to offline when no socket remains after a grace period. */
import { eq } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { agents } from '../storage/schema.js';
import type { Dispatcher } from './dispatcher.js';
import type { AgentRow } from './agentAuth.js';
import { parseSupportHours } from '../domain/site/supportHours.js';
import { ServiceError } from './serviceError.js';

export class Presence {
  private offlineTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private ctx: ServiceContext,
    private dispatcher: Dispatcher,
  ) {}

  async set(agent: AgentRow, presence: 'online' | 'away' | 'offline'): Promise<AgentRow> {
    const [row] = await this.ctx.db.update(agents).set({ presence }).where(eq(agents.id, agent.id)).returning();
    this.ctx.notifier.agentChanged(agent.id);
    await this.dispatcher.kick(agent.siteId);
    return row!;
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

  /** First socket of an agent: come online unless they chose away. */
  async connected(agent: AgentRow): Promise<void> {
    const t = this.offlineTimers.get(agent.id);
    if (t) clearTimeout(t);
    this.offlineTimers.delete(agent.id);
    if (agent.presence === 'offline') await this.set(agent, 'online');
  }

  /** Called when an agent's last socket is gone; `stillGone` re-checks after the grace period. */
  disconnected(agent: AgentRow, stillGone: () => Promise<boolean>): void {
    const t = setTimeout(() => {
      this.offlineTimers.delete(agent.id);
      void stillGone()
        .then((gone) => (gone ? this.set(agent, 'offline') : undefined))
        .catch((err) => this.ctx.log.warn({ err }, 'presence update failed'));
    }, this.ctx.config.agentGraceMs);
    t.unref();
    this.offlineTimers.set(agent.id, t);
  }

  stop(): void {
    for (const t of this.offlineTimers.values()) clearTimeout(t);
  }
}
