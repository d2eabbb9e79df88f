/** What an agent does to a conversation: accept, decline, resolve (hand back), reply. */
import { and, eq, inArray, ne, or } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { changeControl } from './controlChange.js';
import { appendMessage } from './appendMessage.js';
import { ServiceError } from './serviceError.js';
import { insertMessage, type ConversationRow, type MessageRow } from '../storage/conversationStore.js';
import { clearTimer } from '../storage/timerStore.js';
import { conversations } from '../storage/schema.js';
import type { AgentRow } from './agentAuth.js';
import type { Dispatcher } from './dispatcher.js';
import type { QueueEstimates } from './queueEstimates.js';
import type { Tx } from '../storage/database.js';

const actorOf = (a: AgentRow) => ({ type: 'agent' as const, id: a.id, name: a.name });

export class AgentActions {
  constructor(
    private ctx: ServiceContext,
    private dispatcher: Dispatcher,
    private queue: QueueEstimates,
  ) {}

  async accept(agent: AgentRow, conversationId: string, expectedVersion: number): Promise<ConversationRow> {
    const now = this.ctx.clock.now();
    const r = await changeControl(this.ctx, conversationId, { type: 'accept', agentId: agent.id }, {
      actor: actorOf(agent),
      reason: 'accepted by agent',
      expectedVersion,
      siteId: agent.siteId,
      precheck: (tx, conv) => this.checkCapacity(tx, agent, conv),
      after: async (tx, conv) => {
        await clearTimer(tx, 'offer_expiry', conv.id);
        return [await insertMessage(tx, conv.id, { clientMsgId: null, authorType: 'system', authorId: agent.id, authorName: agent.name, body: `${agent.name} has joined the conversation.`, meta: { kind: 'joined' } }, now)];
      },
    });
    this.queue.forget(conversationId);
    void this.dispatcher.kick(agent.siteId);
    return r.conversation;
  }

  async decline(agent: AgentRow, conversationId: string, expectedVersion: number): Promise<ConversationRow> {
    const r = await changeControl(this.ctx, conversationId, { type: 'decline', agentId: agent.id }, {
      actor: actorOf(agent),
      reason: 'declined by agent',
      expectedVersion,
      siteId: agent.siteId,
      after: async (tx, conv) => {
        await clearTimer(tx, 'offer_expiry', conv.id);
        return [];
      },
    });
    await this.dispatcher.kick(agent.siteId);
    return r.conversation;
  }

  async resolve(agent: AgentRow, conversationId: string, expectedVersion: number): Promise<ConversationRow> {
    const now = this.ctx.clock.now();
    const r = await changeControl(this.ctx, conversationId, { type: 'resolve', agentId: agent.id }, {
      actor: actorOf(agent),
      reason: 'resolved by agent; bot follows up',
      expectedVersion,
      siteId: agent.siteId,
      patch: { handedBackAt: now, csatRequested: true, csatRating: null, csatComment: null },
      after: async (tx, conv) => {
        const bot = { clientMsgId: null, authorType: 'bot' as const, authorId: null, authorName: 'Assistant' };
        return [
          await insertMessage(tx, conv.id, { ...bot, body: `${agent.name} has marked this conversation as resolved, and I'm back with you. If there's anything else, just ask — I can bring a person back in any time.`, meta: { kind: 'handback' } }, now),
          await insertMessage(tx, conv.id, { ...bot, body: 'How did we do? Please rate this conversation from 1 (poor) to 5 (great).', meta: { kind: 'csat_request' } }, now),
        ];
      },
    });
    await this.dispatcher.kick(agent.siteId);
    return r.conversation;
  }

  async send(agent: AgentRow, conversationId: string, clientMsgId: string, body: string): Promise<MessageRow> {
    const { message } = await appendMessage(
      this.ctx,
      conversationId,
      { clientMsgId, authorType: 'agent', authorId: agent.id, authorName: agent.name, body },
      {
        check: (c) => {
          if (c.siteId !== agent.siteId) return new ServiceError('not_found', 'Conversation not found');
          // Only the controller speaks.
          if (c.state !== 'human' || c.agentId !== agent.id) return new ServiceError('not_controller', 'Accept the conversation before replying');
          return null;
        },
      },
    );
    return message;
  }

  private async checkCapacity(tx: Tx, agent: AgentRow, conv: ConversationRow): Promise<void> {
    const held = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          ne(conversations.id, conv.id),
          or(and(eq(conversations.state, 'human'), eq(conversations.agentId, agent.id)), and(inArray(conversations.state, ['offered']), eq(conversations.offeredTo, agent.id))),
        ),
      );
    if (held.length >= agent.capacity) throw new ServiceError('capacity_exceeded', `You already hold ${held.length} of ${agent.capacity} conversations`);
  }
}
