/**
 * The bot's turn after each customer message. Runs after the ack, one at a time per conversation;
 * a durable 'bot_turn' timer makes a crashed node's pending turn run elsewhere.
 */
import { and, eq } from 'drizzle-orm';
import type { ServiceContext } from './context.js';
import { KeyedMutex } from './keyedMutex.js';
import { getConversation, getTurnContext } from '../storage/conversationStore.js';
import { clearBotTurn } from '../storage/timerStore.js';
import { recordRating } from '../storage/ratingStore.js';
import { conversations } from '../storage/schema.js';
import { botMaySpeak } from '../domain/conversation/controlMachine.js';
import { appendMessage } from './appendMessage.js';
import { botMaySpeakRule, csatRequested, notYetRated } from './appendRules.js';
import { ratingReply, typedRating, type TypedRating } from '../domain/conversation/csat.js';
import { findExplicitRequest } from '../domain/escalation/explicitRequest.js';
import { Escalations } from './escalations.js';
import { toTranscript } from './transcript.js';
import { ServiceError } from './serviceError.js';
import { phrasesFor } from '../domain/conversation/customerPhrases.js';

const BOT = { type: 'bot' as const, id: null, name: 'Assistant' };

/** Every pending turn (the marker's seq is an int4). */
const ALL = 2_147_483_647;

/** Bot turns in flight at once: the rest wait, so customers' and agents' own writes keep database connections. */
const MAX_CONCURRENT_TURNS = 3;

export class BotTurns {
  private mutex = new KeyedMutex();
  private active = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private ctx: ServiceContext,
    private escalations: Escalations,
  ) {}

  schedule(conversationId: string): void {
    void this.mutex.run(conversationId, () => this.limited(() => this.run(conversationId))).catch((err) => this.ctx.log.error({ err, conversationId }, 'bot turn failed'));
  }

  private async limited<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= MAX_CONCURRENT_TURNS) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  idle(): Promise<void> {
    return this.mutex.idle();
  }

  async run(conversationId: string): Promise<void> {
    const found = await getTurnContext(this.ctx.db, conversationId);
    if (!found) return;
    const conv = found.conversation;
    // Clears the marker of the customer messages this turn has seen, not of one that arrived meanwhile.
    const finish = (upto = ALL) => clearBotTurn(this.ctx.db, conversationId, upto);
    if (!botMaySpeak(conv.state)) {
      if (conv.state === 'human') await this.noteNewFacts(found);
      return finish();
    }
    const rows = found.messages;
    const lastVisitor = rows.findLast((m) => m.authorType === 'visitor');
    if (!lastVisitor) return finish();
    // Already answered (a retry or a second runner): never reply twice.
    if (rows.some((m) => m.authorType === 'bot' && Number((m.meta as { replyToSeq?: number }).replyToSeq ?? 0) >= lastVisitor.seq)) return finish(lastVisitor.seq);

    const site = this.ctx.sites.getById(conv.siteId);
    if (!site) return finish(lastVisitor.seq);
    // "5" typed after the bot asked for a rating is the rating (as the stars would give it), not a question.
    // Not when it also asks for a person ("1 - still broken, I want to talk to a person"): that request comes first.
    const rating = conv.state === 'bot' && conv.csatRequested && !findExplicitRequest(lastVisitor.body, site.content.config.name) ? typedRating(lastVisitor.body) : null;
    // Rated meanwhile (the stars won the race) or taken over: the message is then answered like any other.
    if (rating && conv.csatRating === null && (await this.recordTypedRating(conversationId, rating, lastVisitor.seq, conv.language))) return;
    // "5" typed after the stars already rated it: thanked, not "not sure I can answer that".
    if (rating && conv.csatRating !== null && !rating.comment) {
      if (await this.reply(conversationId, { kind: 'info', text: phrasesFor(conv.language).alreadyRated }, lastVisitor.seq, false)) return;
      return finish(lastVisitor.seq);
    }
    // A message left for the team (the leave-a-message form) is for people, not a question for the bot: only the
    // handoff package learns from it.
    if (lastVisitor.meta.kind === 'ticket') {
      if (conv.state !== 'bot') await this.refreshPackage(conversationId);
      return finish(lastVisitor.seq);
    }
    const customer = found.attributes;
    const transcript = toTranscript(rows);
    const state = conv.state as 'bot' | 'queued' | 'offered';
    const out = site.pipeline.handleTurn({ transcript, customer, state, language: conv.language });

    if (out.escalation && state === 'bot') {
      const escalated = await this.escalations.escalate(conversationId, out.escalation, BOT, lastVisitor.seq);
      if (escalated) return finish(lastVisitor.seq);
      // Held back by a loop guard: answer as the bot would while queued, or admit it does not know.
      await this.reply(conversationId, site.pipeline.heldBack({ transcript, customer, state, language: conv.language }), lastVisitor.seq, false);
      return finish(lastVisitor.seq);
    }
    if (out.reply?.kind === 'answer' && out.reply.passages?.length && this.ctx.llm) {
      const better = await this.ctx.llm.groundedAnswer(site.content.config.name, lastVisitor.body, out.reply.passages);
      if (better) out.reply = { ...out.reply, ...better, headings: undefined }; // the model's own words have none
    }
    if (out.reply && (await this.reply(conversationId, out.reply, lastVisitor.seq, state !== 'bot'))) {
      if (state !== 'bot') await this.refreshPackage(conversationId);
      return; // the reply's transaction cleared the timer
    }
    if (state !== 'bot') await this.refreshPackage(conversationId);
    return finish(lastVisitor.seq);
  }

  /** The typed rating and the bot's thanks, under the same rules as the stars (one rating per hand-back). */
  private async recordTypedRating(conversationId: string, { rating, comment }: TypedRating, replyToSeq: number, language: string | null): Promise<boolean> {
    try {
      await appendMessage(
        this.ctx,
        conversationId,
        { clientMsgId: null, authorType: 'bot', authorId: null, authorName: BOT.name, body: ratingReply(rating, language), meta: { kind: 'info', replyToSeq } },
        {
          rules: [botMaySpeakRule, csatRequested, notYetRated],
          answersBotTurn: replyToSeq,
          also: async (tx, conv) => {
            if (!(await recordRating(tx, conversationId, conv.siteId, rating, comment ?? null, this.ctx.clock.now()))) throw notYetRated.error();
          },
        },
      );
    } catch (err) {
      if (err instanceof ServiceError && (err.code === 'not_controller' || err.code === 'conflict')) return false;
      throw err;
    }
    const row = await getConversation(this.ctx.db, conversationId);
    if (row) this.ctx.notifier.conversationChanged(row);
    return true;
  }

  /** Stores the bot's reply (and clears the pending-turn timer with it); false when a human took over meanwhile. */
  private async reply(conversationId: string, r: { text: string; kind: string; articleId?: string; articleTitle?: string; confidence?: number; headings?: string[] }, replyToSeq: number, whileQueued: boolean): Promise<boolean> {
    try {
      await appendMessage(
        this.ctx,
        conversationId,
        {
          clientMsgId: null,
          authorType: 'bot',
          authorId: null,
          authorName: BOT.name,
          body: r.text,
          meta: { kind: r.kind, articleId: r.articleId, articleTitle: r.articleTitle, confidence: r.confidence, headings: r.headings, whileQueued: whileQueued || undefined, replyToSeq },
        },
        // Checked under the row lock: if an agent took over meanwhile, the bot stays silent.
        { rules: [botMaySpeakRule], answersBotTurn: replyToSeq },
      );
      return true;
    } catch (err) {
      if (err instanceof ServiceError && err.code === 'not_controller') return false;
      throw err;
    }
  }

  /**
   * With a person in control the bot is silent, but what the customer types still feeds the package's facts, so a
   * transfer carries the order number they gave the first agent. Written only if the control version is unchanged
   * (a transfer rewrites the package); the next message catches up.
   */
  private async noteNewFacts(found: NonNullable<Awaited<ReturnType<typeof getTurnContext>>>): Promise<void> {
    const conv = found.conversation;
    const site = this.ctx.sites.getById(conv.siteId);
    if (!site || !conv.handoffPackage) return;
    const next = site.pipeline.withNewFacts(conv.handoffPackage, toTranscript(found.messages));
    if (!next) return;
    const [row] = await this.ctx.db
      .update(conversations)
      .set({ handoffPackage: { ...next, updatedAt: this.ctx.clock.now().toISOString() } })
      .where(and(eq(conversations.id, conv.id), eq(conversations.version, conv.version)))
      .returning();
    if (row) this.ctx.notifier.packageUpdated(row);
  }

  /** Keep the handoff package current while the customer writes in the queue. */
  private async refreshPackage(conversationId: string): Promise<void> {
    const found = await getTurnContext(this.ctx.db, conversationId);
    const conv = found?.conversation;
    if (!found || !conv?.handoffPackage || (conv.state !== 'queued' && conv.state !== 'offered')) return;
    const site = this.ctx.sites.getById(conv.siteId)!;
    const merged = site.pipeline.rebuildPackage(conv.handoffPackage, { transcript: toTranscript(found.messages), customer: found.attributes, nowIso: this.ctx.clock.now().toISOString() });
    const [row] = await this.ctx.db.update(conversations).set({ handoffPackage: merged }).where(eq(conversations.id, conversationId)).returning();
    if (row) this.ctx.notifier.packageUpdated(row);
  }
}
