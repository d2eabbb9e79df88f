/**
 * Tells the site's agents whether the customer of a chat with the team (waiting or with an agent) still has it open:
 * an agent wrote on to a customer who had closed the tab. Nothing for chats with the bot only.
 */
import type { ServiceContext } from './context.js';
import { findOpenConversation, type ConversationRow } from '../storage/conversationStore.js';

const TEAM_STATES = new Set<ConversationRow['state']>(['queued', 'offered', 'human']);
/** A reload closes one tab and opens another: only a departure that lasts this long is announced. */
const SETTLE_MS = 3000;

export class CustomerPresence {
  constructor(private ctx: ServiceContext) {}

  /** A chat tab of this visitor connected. */
  async connected(visitorId: string): Promise<void> {
    await this.announce(visitorId, true);
  }

  /** A chat tab closed: if none is open a moment later, the customer has left. */
  disconnected(visitorId: string): void {
    setTimeout(() => {
      void this.ctx.visitorPresence
        .isConnected(visitorId)
        .then((still) => (still ? undefined : this.announce(visitorId, false)))
        .catch((err) => this.ctx.log.warn({ err }, 'customer presence failed'));
    }, SETTLE_MS).unref();
  }

  private async announce(visitorId: string, online: boolean): Promise<void> {
    const conv = await findOpenConversation(this.ctx.db, visitorId);
    if (conv && TEAM_STATES.has(conv.state)) this.ctx.notifier.customerPresence(conv, online);
  }
}
