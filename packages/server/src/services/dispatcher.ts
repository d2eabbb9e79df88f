/** Offers waiting conversations to agents (DESIGN.md §5). One dispatch per site at a time. */
import { eq } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { KeyedMutex } from './keyedMutex.js';
import { applyTransition, listWaiting, lockConversation } from '../storage/conversationStore.js';
import { setTimer } from '../storage/timerStore.js';
import { agents } from '../storage/schema.js';
import { planOffers } from '../domain/routing/selectAgents.js';
import { transition } from '../domain/conversation/controlMachine.js';
import { loadAgentLoads, toWaiting, type QueueEstimates } from './queueEstimates.js';

export class Dispatcher {
  private mutex = new KeyedMutex();
  private pending = new Set<string>();

  constructor(
    private ctx: ServiceContext,
    private queue: QueueEstimates,
  ) {}

  /** Request a dispatch; coalesces bursts of queue changes into one run. */
  kick(siteId: string): Promise<void> {
    if (this.pending.has(siteId)) return this.mutex.run(siteId, async () => {});
    this.pending.add(siteId);
    return this.mutex
      .run(siteId, async () => {
        this.pending.delete(siteId);
        await this.dispatch(siteId);
      })
      .catch((err) => this.ctx.log.error({ err, siteId }, 'dispatch failed'));
  }

  idle(): Promise<void> {
    return this.mutex.idle();
  }

  private async dispatch(siteId: string): Promise<void> {
    const now = this.ctx.clock.now();
    const waiting = (await listWaiting(this.ctx.db, siteId)).filter((c) => c.state === 'queued');
    const offers = waiting.length ? planOffers(waiting.map(toWaiting), await loadAgentLoads(this.ctx, siteId), now.getTime()) : [];
    for (const offer of offers) {
      const done = await this.ctx.db.transaction(async (tx) => {
        const conv = await lockConversation(tx, offer.conversationId);
        if (!conv || conv.state !== 'queued') return null;
        const r = transition({ state: conv.state, version: conv.version, agentId: conv.agentId, offeredTo: conv.offeredTo, declinedBy: conv.declinedBy, skill: conv.skill }, { type: 'offer', agentId: offer.agentId });
        if (!r.ok) return null;
        const [agent] = await tx.select().from(agents).where(eq(agents.id, offer.agentId));
        const written = await applyTransition(tx, conv, r.next, r.events, {
          actor: { type: 'system', id: null, name: 'Dispatcher' },
          reason: `offered to ${agent?.name ?? offer.agentId}`,
          data: { agentId: offer.agentId },
          now,
        });
        await setTimer(tx, 'offer_expiry', conv.id, new Date(now.getTime() + this.ctx.config.offerTimeoutMs), { agentId: offer.agentId, version: r.next.version });
        await tx.update(agents).set({ lastAssignedAt: now }).where(eq(agents.id, offer.agentId));
        return written;
      });
      if (!done) continue;
      this.ctx.notifier.conversationChanged(done.row);
      this.ctx.notifier.timelineAppended(done.row, done.events);
      this.ctx.notifier.offered(done.row, offer.agentId);
    }
    await this.queue.publish(siteId);
  }
}
