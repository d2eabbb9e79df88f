/**
 * Feeds a QueueModel from conversations' control-state history (DESIGN.md §5), pure: the caller reads the
 * events (from the store, at start and then as they happen) and passes them in time order.
 *
 * - entering `queued` from outside the queue: an arrival (skill, priority) and the start of a wait;
 * - leaving the queue (`queued`/`offered`) for `human`: served after that wait; for anything else: abandoned;
 * - leaving `human`: a finished conversation, handled for the time since it entered `human`.
 */
import type { QueueModel } from './queueModel.js';

export interface ControlChange {
  conversationId: string;
  fromState: string;
  toState: string;
  /** Epoch ms. */
  at: number;
  /** The conversation's skill (intent) and priority. */
  skill: string;
  priority: number;
}

const inQueue = (s: string): boolean => s === 'queued' || s === 'offered';

/**
 * Shorter than this with an agent is not a handled chat (accepted by mistake and passed on, closed as spam). In
 * log space one such "handle time" wrecks the fit: a 0.2 s accept-and-resolve next to 40 chats of ~25 minutes took
 * the spread from 0.41 to 1.49, and with so heavy a tail a chat that has run longer looks *further* from its end.
 */
export const MIN_HANDLE_SECONDS = 15;

export class OutcomeLearner {
  /** Open queue episodes and open agent handling, per conversation: start (epoch ms). */
  private waitingSince = new Map<string, number>();
  private handlingSince = new Map<string, number>();

  constructor(readonly model: QueueModel) {}

  observe(e: ControlChange): void {
    const wasQueued = inQueue(e.fromState);
    const isQueued = inQueue(e.toState);
    if (!wasQueued && isQueued) {
      this.model.joined([e.skill], e.priority, e.at);
      this.waitingSince.set(e.conversationId, e.at);
    } else if (wasQueued && !isQueued) {
      const since = this.waitingSince.get(e.conversationId);
      this.waitingSince.delete(e.conversationId);
      if (since !== undefined) {
        const waited = Math.max(0, (e.at - since) / 1000);
        if (e.toState === 'human') this.model.assigned(waited);
        else this.model.abandoned(waited);
      }
    }
    if (e.fromState === 'human' && e.toState !== 'human') {
      const since = this.handlingSince.get(e.conversationId);
      this.handlingSince.delete(e.conversationId);
      const handled = since === undefined ? 0 : (e.at - since) / 1000;
      if (handled >= MIN_HANDLE_SECONDS) this.model.finished([e.skill], handled);
    }
    if (e.toState === 'human' && e.fromState !== 'human') this.handlingSince.set(e.conversationId, e.at);
  }
}
