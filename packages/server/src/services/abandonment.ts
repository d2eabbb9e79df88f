/**
 * A customer who closes the chat while waiting leaves the queue, after a grace period for reloads
 * (DESIGN.md §2: abandonment is a durable timer row, so it survives a restart and any node fires it).
 */
import { isWaitingState } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import { changeControl } from './controlChange.js';
import { ServiceError } from './serviceError.js';
import { findOpenConversation, getConversation, listWaitingUnwatched, type ConversationRow } from '../storage/conversationStore.js';
import { clearTimer, clearTimerIfDue, clearVisitorTimers, lockTimer, setTimer, type TimerRow } from '../storage/timerStore.js';
import type { Dispatcher } from './dispatcher.js';
import type { QueueEstimates } from './queueEstimates.js';


/** How soon an abandonment put off for an unsure presence is looked at again. */
const UNSURE_RETRY_MS = 5_000;

export class Abandonment {
  private readonly startedAt: number;

  constructor(
    private ctx: ServiceContext,
    private dispatcher: Dispatcher,
    private queue: QueueEstimates,
  ) {
    this.startedAt = ctx.clock.now().getTime();
  }

  /** A chat tab of this visitor connected: whatever abandonment was pending is off. */
  async visitorReturned(visitorId: string): Promise<void> {
    await clearVisitorTimers(this.ctx.db, 'abandon', visitorId);
  }

  /** A chat tab closed; if it was the last one and the customer is waiting, start the grace period. */
  async visitorLeft(visitorId: string): Promise<void> {
    const conv = await findOpenConversation(this.ctx.db, visitorId);
    if (conv) await this.watch(conv);
  }

  /** A conversation started waiting (escalated, transferred): the customer may already be gone. */
  async watch(conv: ConversationRow): Promise<void> {
    if (!isWaitingState(conv.state) || (await this.ctx.visitorPresence.isConnected(conv.visitorId))) return;
    const due = new Date(this.ctx.clock.now().getTime() + this.ctx.config.abandonGraceMs);
    await setTimer(this.ctx.db, 'abandon', conv.id, due, { visitorId: conv.visitorId });
  }

  /**
   * Waiting chats whose customer is gone but which have no timer: the node holding their socket died (kill -9, a
   * crash) before it saw them go, so no disconnect ever started the grace. Run now and then by the timer runner on
   * every node (setting a timer twice is harmless); a customer reconnecting clears it as usual.
   */
  async sweep(): Promise<number> {
    // While the nodes may not see each other (Redis outage), customers on other nodes would look gone.
    if (!this.ctx.visitorPresence.sure()) return 0;
    const rows = (await Promise.all(this.ctx.sites.all().map((s) => listWaitingUnwatched(this.ctx.db, s.id)))).flat();
    if (!rows.length) return 0;
    const here = await this.ctx.visitorPresence.connectedAmong(rows.map((r) => r.visitorId));
    const due = new Date(this.ctx.clock.now().getTime() + this.ctx.config.abandonGraceMs);
    let started = 0;
    for (const r of rows) {
      if (here.has(r.visitorId)) continue;
      await setTimer(this.ctx.db, 'abandon', r.id, due, { visitorId: r.visitorId });
      started++;
    }
    return started;
  }

  /** The timer runner's part: still gone and still waiting → closed, and the queue moves up. */
  async fire(t: TimerRow): Promise<void> {
    // After a restart every customer gets a full grace period to reconnect: timers that fell due while the
    // node was down (or that its own shutdown set) wait until this node has been up that long.
    const earliest = this.startedAt + this.ctx.config.abandonGraceMs;
    if (this.ctx.clock.now().getTime() < earliest) {
      await setTimer(this.ctx.db, 'abandon', t.conversationId, new Date(earliest), t.data);
      return;
    }
    // Nor while the nodes may not see each other (Redis outage): a customer on another node would look gone.
    if (!this.ctx.visitorPresence.sure()) {
      await setTimer(this.ctx.db, 'abandon', t.conversationId, new Date(this.ctx.clock.now().getTime() + UNSURE_RETRY_MS), t.data);
      return;
    }
    const conv = await getConversation(this.ctx.db, t.conversationId);
    // A tab may have reconnected on another node after the timer was set: check again now.
    if (conv && isWaitingState(conv.state) && !(await this.ctx.visitorPresence.isConnected(conv.visitorId))) {
      try {
        await changeControl(this.ctx, conv.id, { type: 'abandon' }, {
          actor: { type: 'system', id: null, name: 'Timer' },
          reason: 'customer left while waiting',
          expectedVersion: conv.version,
          // Called off if the customer came back since the check above: their tab's connection deleted this timer (or,
          // gone again, armed a later one). Row-locked (after the conversation, the order used everywhere): a return
          // whose delete came first wins, a later one waits for the close. Left open: a tab that joined after the check
          // but deletes after this lock (join and delete are back to back in its connection handler) finds it closed.
          precheck: async (tx) => {
            const armed = await lockTimer(tx, 'abandon', conv.id);
            if (armed?.dueAt.getTime() !== t.dueAt.getTime()) throw new ServiceError('conflict', 'The customer came back');
          },
          // The abandon timer goes with the close, in the same transaction: a closed chat never shows one still armed
          // (an integration test on PostgreSQL read the close before the separate delete below).
          after: async (tx) => {
            await clearTimer(tx, 'offer_expiry', conv.id);
            await clearTimer(tx, 'abandon', conv.id);
            return [];
          },
        });
        this.queue.forget(conv.id);
      } catch (err) {
        // Moved meanwhile (accepted, cancelled), or the customer came back: nothing to abandon.
        if (!(err instanceof ServiceError)) throw err;
      }
    }
    // Only this timer: one armed since (back, and gone again) runs its own grace period.
    await clearTimerIfDue(this.ctx.db, 'abandon', t.conversationId, t.dueAt);
    if (conv) await this.dispatcher.kick(conv.siteId);
  }
}
