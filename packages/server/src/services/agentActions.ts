/** What an agent does to a conversation: accept, decline, resolve (hand back), transfer, reply. */
import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { HandoffPackage } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import { changeControl } from './controlChange.js';
import { appendMessage } from './appendMessage.js';
import { agentControls, sameSite } from './appendRules.js';
import { ServiceError } from './serviceError.js';
import { takenPackage } from './transferHistory.js';
import { getTurnContext, insertMessage, type ConversationRow, type MessageRow } from '../storage/conversationStore.js';
import { toTranscript } from './transcript.js';
import { improveSummary } from './llmSummary.js';
import { clearTimer, setTimer } from '../storage/timerStore.js';
import { agents, controlEvents, conversations } from '../storage/schema.js';
import { checkTransferBack } from '@baton/protocol';
import { resolveTransferTarget, transferMessage, transferPreview, type TransferTarget } from './transferTargets.js';
import type { AgentRow } from './agentAuth.js';
import type { Dispatcher } from './dispatcher.js';
import type { QueueEstimates } from './queueEstimates.js';
import type { Abandonment } from './abandonment.js';
import type { Presence } from './presence.js';
import type { Tx } from '../storage/database.js';
import { offerEnded } from './offerAgain.js';
import { phrasesFor } from '../domain/conversation/customerPhrases.js';
import { closeConversationTickets, type TicketRow } from '../storage/ticketStore.js';
import { checkCanTake } from './waitingNeeds.js';

const actorOf = (a: AgentRow) => ({ type: 'agent' as const, id: a.id, name: a.name });

export class AgentActions {
  constructor(
    private ctx: ServiceContext,
    private dispatcher: Dispatcher,
    private queue: QueueEstimates,
    private abandonment: Abandonment,
    private presence: Presence,
  ) {}

  async accept(agent: AgentRow, conversationId: string, expectedVersion: number): Promise<ConversationRow> {
    const now = this.ctx.clock.now();
    const r = await changeControl(this.ctx, conversationId, { type: 'accept', agentId: agent.id }, {
      actor: actorOf(agent),
      reason: 'accepted by agent',
      expectedVersion,
      siteId: agent.siteId,
      patch: (conv) => (conv.handoffPackage?.transfers?.length ? { handoffPackage: takenPackage(conv.handoffPackage, agent.id) } : {}),
      precheck: async (tx, conv) => {
        await checkCanTake({ sites: this.ctx.sites, db: tx }, agent, conv);
        await this.checkCapacity(tx, agent, conv);
      },
      after: async (tx, conv) => {
        await clearTimer(tx, 'offer_expiry', conv.id);
        return [await insertMessage(tx, conv.id, { clientMsgId: null, authorType: 'system', authorId: agent.id, authorName: agent.name, body: phrasesFor(conv.language).joined(agent.name), meta: { kind: 'joined' } }, now)];
      },
    });
    this.queue.forget(conversationId);
    // Taking a chat is being at work: an agent who was Away or Offline comes online (their customers no longer read
    // "stepped away", and Offline's "no chats" stays true).
    if (agent.presence !== 'online') await this.presence.set(agent, 'online', true);
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
        return offerEnded(this.ctx, tx, conv);
      },
    });
    await this.dispatcher.kick(agent.siteId);
    return r.conversation;
  }

  async resolve(agent: AgentRow, conversationId: string, expectedVersion: number): Promise<ConversationRow> {
    const now = this.ctx.clock.now();
    let answeredTickets: TicketRow[] = [];
    const r = await changeControl(this.ctx, conversationId, { type: 'resolve', agentId: agent.id }, {
      actor: actorOf(agent),
      reason: 'resolved by agent; bot follows up',
      expectedVersion,
      siteId: agent.siteId,
      // A new rating request: the conversation's csat_* are this hand-off's; earlier ratings stay in `ratings`.
      patch: { handedBackAt: now, csatRequested: true, csatRating: null, csatComment: null },
      after: async (tx, conv) => {
        // A message the customer left while nobody was free was answered in this chat: no second answer by e-mail.
        answeredTickets = await closeConversationTickets(tx, conv.id);
        const bot = { clientMsgId: null, authorType: 'bot' as const, authorId: null, authorName: 'Assistant' };
        return [
          await insertMessage(tx, conv.id, { ...bot, body: phrasesFor(conv.language).handback(agent.name), meta: { kind: 'handback' } }, now),
          await insertMessage(tx, conv.id, { ...bot, body: phrasesFor(conv.language).csatRequest, meta: { kind: 'csat_request' } }, now),
        ];
      },
    });
    for (const t of answeredTickets) this.ctx.notifier.ticketUpdated(t);
    await this.dispatcher.kick(agent.siteId);
    return r.conversation;
  }

  /**
   * human → queued under another skill, or → offered to a named agent (who must be online with a free slot).
   * The customer is told, the note joins the handoff package, all in the transition's transaction.
   */
  async transfer(agent: AgentRow, input: { conversationId: string; expectedVersion: number; toSkill?: string; toAgentId?: string; note: string }): Promise<ConversationRow> {
    const now = this.ctx.clock.now();
    const target = await resolveTransferTarget(this.ctx, agent.siteId, input);
    const command =
      target.kind === 'skill'
        ? { type: 'transfer' as const, agentId: agent.id, skill: target.skill }
        : { type: 'transfer_to_agent' as const, agentId: agent.id, toAgentId: target.agent.id };
    // The team it was with: sent back there, the customer reads "a colleague", not a transfer to where they are.
    let fromSkill: string | null = null;
    const r = await changeControl(this.ctx, input.conversationId, command, {
      actor: actorOf(agent),
      reason: `to ${target.kind === 'skill' ? `${target.name} team` : target.name}: ${input.note}`,
      expectedVersion: input.expectedVersion,
      siteId: agent.siteId,
      data: { toSkill: target.kind === 'skill' ? target.skill : null, toAgentId: target.kind === 'agent' ? target.agent.id : null, note: input.note },
      precheck: async (tx, conv) => {
        fromSkill = conv.skill;
        // Not in control, or to yourself: the machine gives the precise refusal.
        if (target.kind !== 'agent' || target.agent.id === agent.id || conv.state !== 'human' || conv.agentId !== agent.id) return;
        await this.checkNotTransferBack(tx, conv.id, target.agent.id, now);
        await this.checkTargetAvailable(tx, target.agent, conv);
      },
      after: async (tx, conv) => {
        const moved = withTransfer(conv.handoffPackage, agent, target, input.note, now, (s) => this.ctx.sites.skillName(agent.siteId, s) ?? s);
        // Summary built again: the next agent reads who sent it on and what the customer told the first one (a
        // newcomer's Billing agent read "routed to Orders" and only the bot-time quotes).
        const found = moved && (await getTurnContext(tx, conv.id));
        const site = this.ctx.sites.getById(conv.siteId);
        const pkg = moved && found && site ? site.pipeline.rebuildPackage(moved, { transcript: toTranscript(found.messages), customer: found.attributes, nowIso: now.toISOString() }) : moved;
        await tx.update(conversations).set({ handoffPackage: pkg }).where(eq(conversations.id, conv.id));
        conv.handoffPackage = pkg; // the row changeControl returns and notifies with
        if (target.kind === 'agent') {
          // The same offer the dispatcher makes: it expires back to the queue if not accepted in time.
          await setTimer(tx, 'offer_expiry', conv.id, new Date(now.getTime() + this.ctx.config.offerTimeoutMs), { agentId: target.agent.id, version: conv.version });
          await tx.update(agents).set({ lastAssignedAt: now }).where(eq(agents.id, target.agent.id));
        }
        // The customer reads the team's name in their language; the agents' preview keeps the site's.
        const told = target.kind === 'skill' ? { ...target, name: this.ctx.sites.skillName(agent.siteId, target.skill, conv.language) ?? target.name } : target;
        const body = transferMessage(agent.name, told, conv.language, fromSkill);
        return [await insertMessage(tx, conv.id, { clientMsgId: null, authorType: 'system', authorId: agent.id, authorName: agent.name, body, preview: transferPreview(agent.name, target), meta: { kind: 'transfer' } }, now)];
      },
    });
    this.ctx.notifier.packageUpdated(r.conversation);
    if (this.ctx.llm) void improveSummary(this.ctx, r.conversation.id).catch((err) => this.ctx.log.warn({ err }, 'llm summary failed'));
    if (target.kind === 'agent') this.ctx.notifier.offered(r.conversation, target.agent.id);
    await this.dispatcher.kick(agent.siteId);
    // Waiting again: if the customer already left, the abandonment grace starts now.
    await this.abandonment.watch(r.conversation).catch((err) => this.ctx.log.warn({ err }, 'abandon watch failed'));
    return r.conversation;
  }

  async send(agent: AgentRow, conversationId: string, clientMsgId: string, body: string): Promise<MessageRow> {
    const { message } = await appendMessage(
      this.ctx,
      conversationId,
      { clientMsgId, authorType: 'agent', authorId: agent.id, authorName: agent.name, body },
      // Only the controller speaks.
      { rules: [sameSite(agent.siteId), agentControls(agent.id)] },
    );
    return message;
  }

  /** A→B→A: see domain/conversation/transferGuard.ts. */
  private async checkNotTransferBack(tx: Tx, conversationId: string, toAgentId: string, now: Date): Promise<void> {
    const [last] = await tx
      .select({ actorId: controlEvents.actorId, at: controlEvents.createdAt })
      .from(controlEvents)
      .where(and(eq(controlEvents.conversationId, conversationId), eq(controlEvents.kind, 'transferred')))
      .orderBy(desc(controlEvents.version))
      .limit(1);
    const verdict = checkTransferBack(last?.actorId ? { byAgentId: last.actorId, at: last.at.getTime() } : null, toAgentId, now.getTime());
    if (!verdict.ok) throw new ServiceError('transfer_loop', verdict.message);
  }

  /** Read under the transaction so presence and load are current when the offer is written. */
  private async checkTargetAvailable(tx: Tx, target: AgentRow, conv: ConversationRow): Promise<void> {
    const [fresh] = await tx.select().from(agents).where(eq(agents.id, target.id));
    if (!fresh || fresh.presence !== 'online') throw new ServiceError('agent_unavailable', fresh?.presence === 'away' ? `${target.name} is away: pick someone online or a team` : `${target.name} is offline: pick someone online or a team`);
    const { held, offered } = await this.heldBy(tx, fresh.id, conv.id);
    if (held + offered >= fresh.capacity) throw new ServiceError('agent_unavailable', `${target.name} has no free slot (${held + offered} of ${fresh.capacity})`);
  }

  private async checkCapacity(tx: Tx, agent: AgentRow, conv: ConversationRow): Promise<void> {
    const { held, offered } = await this.heldBy(tx, agent.id, conv.id);
    if (held + offered >= agent.capacity) throw new ServiceError('capacity_exceeded', capacityMessage(held, offered, agent.capacity));
  }

  /** Conversations an agent holds, and those on offer to them (an offer keeps a slot), other than `exceptId`. */
  private async heldBy(tx: Tx, agentId: string, exceptId: string): Promise<{ held: number; offered: number }> {
    const held = await tx
      .select({ id: conversations.id, state: conversations.state })
      .from(conversations)
      .where(
        and(
          ne(conversations.id, exceptId),
          or(and(eq(conversations.state, 'human'), eq(conversations.agentId, agentId)), and(inArray(conversations.state, ['offered']), eq(conversations.offeredTo, agentId))),
        ),
      );
    const offered = held.filter((c) => c.state === 'offered').length;
    return { held: held.length - offered, offered };
  }
}

/**
 * Why an agent may not take one more: offers keep a slot each, and an agent holding nothing read "You already hold 3 of
 * 3 conversations" while three offers waited for them.
 */
export function capacityMessage(held: number, offered: number, capacity: number): string {
  const chats = (n: number) => `${n} ${n === 1 ? 'chat' : 'chats'}`;
  if (!offered) return `You already hold ${held} of ${capacity} conversations`;
  const offers = `${chats(offered)} offered to you ${offered === 1 ? 'keeps a slot' : 'keep a slot each'}`;
  return `Your ${capacity} ${capacity === 1 ? 'slot is' : 'slots are'} taken: ${held ? `you hold ${chats(held)} and ` : ''}${offers}. Accept or decline ${offered === 1 ? 'it' : 'one'} first`;
}

/** The package travels with the conversation: the new skill and the note for whoever picks it up (the summary is rebuilt after). */
export function withTransfer(
  pkg: HandoffPackage | null,
  from: AgentRow,
  target: TransferTarget,
  note: string,
  now: Date,
  skillName: (skill: string) => string,
): HandoffPackage | null {
  if (!pkg) return null; // only escalated conversations reach an agent, so there is always one
  const record = {
    from: from.name,
    fromAgentId: from.id,
    to: target.name,
    toSkill: target.kind === 'skill' ? target.skill : null,
    toAgentId: target.kind === 'agent' ? target.agent.id : null,
    note,
    at: now.toISOString(),
  };
  const skill = target.kind === 'skill' ? { skill: target.skill, skillName: skillName(target.skill) } : {};
  return { ...pkg, ...skill, transfers: [...(pkg.transfers ?? []), record], updatedAt: now.toISOString() };
}
