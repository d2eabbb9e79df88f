/** Polls durable timers and runs what is due: offer expiry, abandonment, bot turns a crashed node left behind. */
import type { ServiceContext } from './context.js';
import { clearTimer, clearTimerIfDue, dueTimers, setTimer, type TimerKind, type TimerRow } from '../storage/timerStore.js';
import { changeControl } from './controlChange.js';
import { ServiceError } from './serviceError.js';
import type { Dispatcher } from './dispatcher.js';
import type { BotTurns } from './botTurns.js';
import type { Abandonment } from './abandonment.js';
import type { Presence } from './presence.js';
import { getConversation } from '../storage/conversationStore.js';
import { offerAgain, offerEnded } from './offerAgain.js';

export class TimerRunner {
  private handle: NodeJS.Timeout | null = null;
  private sweep: NodeJS.Timeout | null = null;
  private departed: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private ctx: ServiceContext,
    private dispatcher: Dispatcher,
    private bot: BotTurns,
    private abandonment: Abandonment,
    private presence: Presence,
  ) {}

  start(): void {
    this.handle = setInterval(() => void this.tick(), this.ctx.config.timerPollMs);
    this.handle.unref();
    // Any node dispatches: if the node that queued a conversation dies, the next sweep elsewhere offers it.
    this.sweep = setInterval(() => {
      for (const s of this.ctx.sites.all()) void this.dispatcher.kick(s.id);
      // An agent removed from the team by `pnpm agent remove` (another process) hands back what they held.
      this.presence.releaseRemoved().catch((err) => this.ctx.log.warn({ err }, 'releasing removed agents failed'));
    }, this.ctx.config.dispatchSweepMs);
    this.sweep.unref();
    this.departed = setInterval(() => {
      this.abandonment.sweep().catch((err) => this.ctx.log.warn({ err }, 'abandonment sweep failed'));
      // An agent whose console was on a node that died, and who never came back: their chats go back to the queue.
      this.presence.sweepAbsent().catch((err) => this.ctx.log.warn({ err }, 'agent presence sweep failed'));
    }, this.ctx.config.abandonSweepMs);
    this.departed.unref();
  }

  stop(): void {
    if (this.handle) clearInterval(this.handle);
    if (this.sweep) clearInterval(this.sweep);
    if (this.departed) clearInterval(this.departed);
    this.handle = null;
    this.sweep = null;
    this.departed = null;
  }

  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (const t of await dueTimers(this.ctx.db, this.ctx.clock.now())) {
        // One failing timer must not starve the others: log it, try it again a little later.
        await this.fire(t).catch(async (err) => {
          this.ctx.log.warn({ err, timer: t.kind, conversationId: t.conversationId }, 'timer failed; retrying later');
          await setTimer(this.ctx.db, t.kind as TimerKind, t.conversationId, new Date(this.ctx.clock.now().getTime() + 5000), t.data).catch(() => {});
        });
      }
    } catch (err) {
      this.ctx.log.warn({ err }, 'timer tick failed');
    } finally {
      this.running = false;
    }
  }

  private async fire(t: TimerRow): Promise<void> {
    if (t.kind === 'bot_turn') {
      this.bot.schedule(t.conversationId);
      return;
    }
    if (t.kind === 'offer_again') {
      const conv = await offerAgain(this.ctx.db, t, this.ctx.clock.now());
      // Only this timer: a decline meanwhile armed a new one, which must run.
      await clearTimerIfDue(this.ctx.db, 'offer_again', t.conversationId, t.dueAt);
      if (conv) await this.dispatcher.kick(conv.siteId);
      return;
    }
    if (t.kind === 'abandon') {
      await this.abandonment.fire(t);
      return;
    }
    if (t.kind === 'offer_expiry') {
      const conv = await getConversation(this.ctx.db, t.conversationId);
      try {
        if (conv?.state === 'offered' && conv.offeredTo === t.data.agentId) {
          await changeControl(this.ctx, t.conversationId, { type: 'expire_offer' }, {
            actor: { type: 'system', id: null, name: 'Timer' },
            reason: 'offer not accepted in time',
            expectedVersion: Number(t.data.version),
            after: async (tx, c) => {
              return offerEnded(this.ctx, tx, c);
            },
          });
        }
      } catch (err) {
        if (!(err instanceof ServiceError)) throw err;
      }
      await clearTimer(this.ctx.db, 'offer_expiry', t.conversationId);
      if (conv) await this.dispatcher.kick(conv.siteId);
    }
  }
}
