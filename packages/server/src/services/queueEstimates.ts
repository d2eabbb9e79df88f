/** Position and wait estimate for every waiting conversation of a site, recomputed on each queue change and pushed live. */
import { eq } from 'drizzle-orm';
import type { QueueInfo } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import { agentLoads, listWaiting, type ConversationRow } from '../storage/conversationStore.js';
import { agents } from '../storage/schema.js';
import type { DbOrTx } from '../storage/database.js';
import type { AgentLoad, WaitingConversation } from '../domain/routing/selectAgents.js';
import { estimateWaits } from '../domain/waitTime/estimateWait.js';

export function toWaiting(c: ConversationRow): WaitingConversation {
  return { id: c.id, skill: c.skill ?? 'general', priority: c.priority, queuedAt: (c.queuedAt ?? c.createdAt).getTime(), declinedBy: c.declinedBy };
}

export async function loadAgentLoads(ctx: { db: DbOrTx }, siteId: string): Promise<AgentLoad[]> {
  const [rows, loads] = await Promise.all([ctx.db.select().from(agents).where(eq(agents.siteId, siteId)), agentLoads(ctx.db, siteId)]);
  return rows.map((a) => ({
    id: a.id,
    skills: a.skills,
    capacity: a.capacity,
    load: loads.get(a.id) ?? 0,
    online: a.presence === 'online',
    lastAssignedAt: a.lastAssignedAt?.getTime() ?? null,
  }));
}

export class QueueEstimates {
  private latest = new Map<string, QueueInfo>();

  constructor(private ctx: ServiceContext) {}

  async compute(siteId: string): Promise<{ waiting: ConversationRow[]; info: Map<string, QueueInfo> }> {
    const [waiting, agentList] = await Promise.all([listWaiting(this.ctx.db, siteId), loadAgentLoads(this.ctx, siteId)]);
    const estimates = estimateWaits(waiting.map(toWaiting), agentList, { handleSeconds: {}, defaultHandleSeconds: 300, pickupSeconds: 20 });
    const now = this.ctx.clock.now().toISOString();
    const info = new Map<string, QueueInfo>();
    for (const c of waiting) {
      const e = estimates.get(c.id);
      if (!e) continue;
      const skill = c.skill ?? 'general';
      info.set(c.id, {
        skill,
        skillName: this.ctx.sites.skillName(siteId, skill) ?? skill,
        position: e.position,
        estimateSeconds: e.estimateSeconds,
        estimateLowSeconds: e.lowSeconds,
        estimateHighSeconds: e.highSeconds,
        agentsOnline: e.agentsOnline,
        updatedAt: now,
      });
    }
    return { waiting, info };
  }

  /** Recompute and push to every waiting visitor of the site. */
  async publish(siteId: string): Promise<void> {
    const { waiting, info } = await this.compute(siteId);
    for (const c of waiting) {
      const q = info.get(c.id);
      if (!q) continue;
      const prev = this.latest.get(c.id);
      this.latest.set(c.id, q);
      if (!prev || prev.position !== q.position || prev.estimateSeconds !== q.estimateSeconds || prev.agentsOnline !== q.agentsOnline) {
        this.ctx.notifier.queueUpdated(c, q);
      }
    }
  }

  async infoFor(conv: ConversationRow): Promise<QueueInfo | null> {
    if (conv.state !== 'queued' && conv.state !== 'offered') return null;
    const cached = this.latest.get(conv.id);
    if (cached) return cached;
    const { info } = await this.compute(conv.siteId);
    return info.get(conv.id) ?? null;
  }

  forget(conversationId: string): void {
    this.latest.delete(conversationId);
  }
}
