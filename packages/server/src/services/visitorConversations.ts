/** The customer's side: sync after (re)connect, send, ask for a person, rate. */
import type { ServiceContext } from './context.js';
import { appendMessage } from './appendMessage.js';
import { csatRequested, notYetRated, visitorOwns } from './appendRules.js';
import { ServiceError } from './serviceError.js';
import { ratingReply } from '../domain/conversation/csat.js';
import { createConversation, findOpenConversation, findRecentlyClosed, getConversation, listMessages, type ConversationRow, type MessageRow } from '../storage/conversationStore.js';
import { recordRating } from '../storage/ratingStore.js';
import type { BotTurns } from './botTurns.js';
import { Escalations } from './escalations.js';
import { toTranscript } from './transcript.js';
import { getVisitor } from './visitorSessions.js';
import { statedLanguage } from '../domain/escalation/language.js';
import { currentEpisode, isTypedRating } from '../domain/summary/handoffPackage.js';
import { detectSmallTalk } from '../domain/bot/smallTalk.js';

export interface VisitorRef {
  visitorId: string;
  siteId: string;
}

/** How long a conversation the customer left while waiting is shown to them when they come back. */
const EARLIER_MS = 24 * 3_600_000;

export class VisitorConversations {
  constructor(
    private ctx: ServiceContext,
    private bot: BotTurns,
    private escalations: Escalations,
  ) {}

  async sync(v: VisitorRef, lastSeq: number): Promise<{ conversation: ConversationRow | null; messages: MessageRow[]; earlier?: MessageRow[] }> {
    const conversation = (await findOpenConversation(this.ctx.db, v.visitorId)) ?? null;
    if (!conversation) {
      // Left while waiting, and back within a day: show them what they wrote and that it ended.
      const closed = await findRecentlyClosed(this.ctx.db, v.visitorId, new Date(this.ctx.clock.now().getTime() - EARLIER_MS));
      return closed ? { conversation: null, messages: [], earlier: await listMessages(this.ctx.db, closed.id, 0) } : { conversation: null, messages: [] };
    }
    return { conversation, messages: await listMessages(this.ctx.db, conversation.id, lastSeq) };
  }

  /** `knownConversationId` (the socket's open conversation) saves a lookup; it is checked under the lock. */
  async send(v: VisitorRef, clientMsgId: string, body: string, knownConversationId?: string): Promise<{ message: MessageRow; conversation: ConversationRow }> {
    const message = { clientMsgId, authorType: 'visitor' as const, authorId: v.visitorId, authorName: null, body };
    if (knownConversationId) {
      try {
        const r = await appendMessage(this.ctx, knownConversationId, message, { rules: [visitorOwns(v.visitorId)] });
        if (r.created) this.bot.schedule(r.conversation.id);
        return r;
      } catch (err) {
        if (!(err instanceof ServiceError) || (err.code !== 'conflict' && err.code !== 'not_found')) throw err;
      }
    }
    const r = await appendMessage(this.ctx, (await this.openOrCreate(v)).id, message);
    if (r.created) this.bot.schedule(r.conversation.id);
    return r;
  }

  private async openOrCreate(v: VisitorRef): Promise<ConversationRow> {
    const open = await findOpenConversation(this.ctx.db, v.visitorId);
    if (open) return open;
    const created = await createConversation(this.ctx.db, v.siteId, v.visitorId);
    this.ctx.notifier.conversationChanged(created);
    return created;
  }

  /** The widget's "Talk to a person" button: an explicit request, always honoured. */
  async requestHuman(v: VisitorRef, note: string | undefined): Promise<ConversationRow> {
    const conv = await this.openOrCreate(v);
    if (conv.state !== 'bot') return conv;
    const site = this.ctx.sites.getById(conv.siteId)!;
    const rows = await listMessages(this.ctx.db, conv.id);
    const customer = (await getVisitor(this.ctx, v.visitorId))?.attributes ?? {};
    const request = note?.trim() || 'I would like to talk to a person.';
    // The case is what was said since the last hand-back: the words quoted as the reason come from it, or the request
    // itself (a customer who pressed the button right after a resolve was quoted their previous case's message).
    // Not a typed rating ("5") or a "thanks": those say nothing about why.
    const history = toTranscript(rows);
    const lastSaid = currentEpisode(history).findLast((m) => m.authorType === 'visitor' && !isTypedRating(m, history) && !detectSmallTalk(m.body));
    // Ask the pipeline as if the customer had typed the request, so skill and language come from the whole conversation.
    const transcript = [...history, { seq: conv.lastSeq + 1, authorType: 'visitor' as const, body: request, meta: {} }];
    const decision = site.pipeline.handleTurn({ transcript, customer, state: 'bot' }).escalation;
    const skill = decision?.skill ?? site.content.config.defaultSkill;
    const escalated = await this.escalations.escalate(
      conv.id,
      {
        reason: 'explicit_request',
        reasonDetail: 'Customer pressed "Talk to a person"',
        evidence: lastSaid?.body ?? request,
        evidenceSeq: conv.lastSeq,
        skill,
        // The customer's own words decide, not the request typed for them; with none since a hand-back ("gracias 🙏"),
        // the language the team spoke last time.
        language: statedLanguage(history, site.content.config.kb.language) ?? conv.language ?? site.content.config.kb.language,
        priority: decision?.priority ?? 0,
        confidence: 1,
      },
      { type: 'visitor', id: v.visitorId, name: customer.name ?? null },
      null,
    );
    return escalated ?? conv;
  }

  async rate(v: VisitorRef, rating: number, comment: string | undefined): Promise<ConversationRow> {
    const conv = await findOpenConversation(this.ctx.db, v.visitorId);
    if (!conv) throw new ServiceError('conflict', 'There is no conversation to rate right now');
    // Checked and written under the row lock, with the bot's thanks: one rating per hand-back.
    await appendMessage(
      this.ctx,
      conv.id,
      { clientMsgId: null, authorType: 'bot', authorId: null, authorName: 'Assistant', body: ratingReply(rating, conv.language), meta: { kind: 'info', replyToSeq: conv.lastSeq } },
      {
        rules: [csatRequested, notYetRated],
        also: async (tx) => {
          if (!(await recordRating(tx, conv.id, conv.siteId, rating, comment ?? null, this.ctx.clock.now()))) throw notYetRated.error();
        },
      },
    );
    const row = (await getConversation(this.ctx.db, conv.id))!;
    this.ctx.notifier.conversationChanged(row);
    return row;
  }
}
