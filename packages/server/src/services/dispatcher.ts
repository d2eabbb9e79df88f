/** Offers waiting conversations to agents (DESIGN.md §5). One dispatch per site at a time. */
import { eq, sql } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { KeyedMutex } from './keyedMutex.js';
import { applyTransition, listWaiting, lockConversation, snapshotOf } from '../storage/conversationStore.js';
import { setTimer } from '../storage/timerStore.js';
import { agents } from '../storage/schema.js';
import type { Tx } from '../storage/database.js';
import { planOffers } from '../domain/routing/selectAgents.js';
import { transition } from '../domain/conversation/controlMachine.js';
import { loadAgentLoads, siteLanguageRule, toWaiting, type QueueEstimates } from './queueEstimates.js';

/** Advisory-lock namespace for dispatch (the second key is the site). */
const DISPATCH_LOCK = 80_157_002;

/**
 * Waits for (and then holds, until the transaction ends) the site's dispatch: a presence change made under it cannot
 * interleave with a dispatch on another node that read the agent as online before the change.
 */
export async function lockDispatch(tx: Tx, siteId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DISPATCH_LOCK}, hashtext(${siteId}))`);
}

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
    // One dispatcher per site at a time across nodes: a transaction-scoped advisory lock, released even if the node dies.
    const made = await this.ctx.db.transaction(async (tx) => {
      await lockDispatch(tx, siteId);
      const waiting = (await listWaiting(tx, siteId)).filter((c) => c.state === 'queued');
      if (!waiting.length) return [];
      const agentList = await loadAgentLoads({ db: tx }, siteId, now.getTime());
      const known = siteLanguageRule(this.ctx, siteId, agentList);
      const offers = planOffers(waiting.map((c) => toWaiting(c, known)), agentList, now.getTime());
      const written = [];
      for (const offer of offers) {
        const conv = await lockConversation(tx, offer.conversationId);
        if (!conv || conv.state !== 'queued') continue;
        const r = transition(snapshotOf(conv), { type: 'offer', agentId: offer.agentId });
        if (!r.ok) continue;
        const [agent] = await tx.select().from(agents).where(eq(agents.id, offer.agentId));
        const w = await applyTransition(tx, conv, r.next, r.events, {
          actor: { type: 'system', id: null, name: 'Dispatcher' },
          reason: `offered to ${agent?.name ?? offer.agentId}`,
          data: { agentId: offer.agentId },
          now,
        });
        await setTimer(tx, 'offer_expiry', conv.id, new Date(now.getTime() + this.ctx.config.offerTimeoutMs), { agentId: offer.agentId, version: r.next.version });
        await tx.update(agents).set({ lastAssignedAt: now }).where(eq(agents.id, offer.agentId));
        written.push({ ...w, agentId: offer.agentId });
      }
      return written;
    });
    for (const w of made) {
      this.ctx.notifier.conversationChanged(w.row);
      this.ctx.notifier.timelineAppended(w.row, w.events);
      this.ctx.notifier.offered(w.row, w.agentId);
    }
    await this.queue.publish(siteId);
  }
}
