/** bot → queued: guard, transition, handoff package and the bot's hand-off message, in one transaction. */
import type { ServiceContext } from './context.js';
import type { Availability, Offline } from './availability.js';
import { asksIfBot, handoffText } from '../domain/conversation/handoffMessage.js';
import { loadAgentLoads, siteLanguageRule } from './queueEstimates.js';
import { requiredLanguage } from '../domain/routing/languageRule.js';
import { onShift } from '../domain/routing/shifts.js';
import { proficiency } from '../domain/routing/selectAgents.js';
import { applyTransition, getConversation, insertMessage, lastMessageOf, listMessages, lockConversation, messageAt, snapshotOf, type ConversationRow } from '../storage/conversationStore.js';
import { transition, type Actor } from '../domain/conversation/controlMachine.js';
import { checkEscalation } from '../domain/conversation/escalationGuard.js';
import type { EscalationDecision } from '../domain/pipelineTypes.js';
import { ServiceError } from './serviceError.js';
import { improveSummary } from './llmSummary.js';
import { toTranscript } from './transcript.js';
import { getVisitor } from './visitorSessions.js';
import type { Dispatcher } from './dispatcher.js';
import type { Abandonment } from './abandonment.js';

/**
 * When the team is back, written for the customer's language in the team's own time zone, named ("Tuesday 1 December
 * at 08:00 CET", "martes, 1 de diciembre, 08:00 CET"): a stored message cannot follow each reader's clock, and a
 * newcomer read "Tue, 01 Dec 2026 07:00 UTC" under a queue card that said 08:00.
 */
export function teamBackAt(iso: string, language: string, timeZone = 'UTC'): string {
  const at = new Date(iso);
  const locale = language === 'es' ? 'es-ES' : language === 'de' ? 'de-DE' : 'en-GB';
  const style = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(locale, { ...style, timeZone }).format(at);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(at);
  }
}

export class Escalations {
  constructor(
    private ctx: ServiceContext,
    private dispatcher: Dispatcher,
    private abandonment?: Abandonment,
    private availability?: Availability,
  ) {}

  /** Whether anyone from the decision's team could take it now (for the hand-off message's promise). */
  private async offlineFor(siteId: string, skill: string, language: string | null): Promise<Offline | undefined> {
    if (!this.availability) return undefined;
    const now = this.ctx.clock.now();
    const agents = await loadAgentLoads({ db: this.ctx.db }, siteId, now.getTime());
    // The same language rule as dispatch: an agent who does not write the customer's language will not be offered it.
    const needs = requiredLanguage(siteLanguageRule(this.ctx, siteId, agents), language, skill);
    // Online but off shift does not count: they take no new conversations.
    const online = agents.filter((a) => a.online && onShift(a.shifts, now.getTime()) && proficiency(a, skill) > 0 && (!needs || proficiency(a, needs) > 0)).length;
    return this.availability.offline(siteId, online, now, skill);
  }

  /**
   * Returns the updated conversation, or null when a guard holds the escalation back
   * (the caller then answers normally).
   */
  async escalate(conversationId: string, decision: EscalationDecision, actor: Actor, replyToSeq: number | null): Promise<ConversationRow | null> {
    const now = this.ctx.clock.now();
    const existing = await getConversation(this.ctx.db, conversationId);
    if (!existing) throw new ServiceError('not_found', 'Conversation not found');
    // Read outside the transaction: PGlite has one connection, so a non-tx query inside would wait forever.
    const customer = (await getVisitor(this.ctx, existing.visitorId))?.attributes ?? {};
    const offline = await this.offlineFor(existing.siteId, decision.skill, decision.language ?? existing.language);
    const out = await this.ctx.db.transaction(async (tx) => {
      const conv = await lockConversation(tx, conversationId);
      if (!conv) throw new ServiceError('not_found', 'Conversation not found');
      if (conv.state !== 'bot') return { kind: 'unchanged' as const, conv };
      const guard = checkEscalation({
        reason: decision.reason,
        history: conv.escalations.map((t) => Date.parse(t)),
        handedBackAt: conv.handedBackAt?.getTime() ?? null,
        now: now.getTime(),
        capPerHour: this.ctx.config.escalationsPerHour,
        cooldownMs: this.ctx.config.handbackCooldownMs,
        evidenceAt: (await messageAt(tx, conv.id, decision.evidenceSeq))?.getTime() ?? null,
      });
      if (!guard.ok) return { kind: 'held' as const, why: guard.why };
      const r = transition(snapshotOf(conv), { type: 'escalate', reason: decision.reason, skill: decision.skill });
      if (!r.ok) throw new ServiceError(r.code, r.message);
      const site = this.ctx.sites.getById(conv.siteId)!;
      const transcript = toTranscript(await listMessages(tx, conv.id));
      const pkg = site.pipeline.buildPackage({ transcript, customer, decision, nowIso: now.toISOString() });
      const written = await applyTransition(tx, conv, r.next, r.events, {
        actor,
        reason: decision.reasonDetail,
        data: { reason: decision.reason, skill: decision.skill, evidence: decision.evidence, priority: decision.priority },
        patch: {
          reason: decision.reason,
          priority: decision.priority,
          language: decision.language,
          queuedAt: now,
          handoffPackage: pkg,
          escalations: [...guard.recent.map((t) => new Date(t).toISOString()), now.toISOString()],
          csatRequested: false,
        },
        now,
      });
      const skillName = this.ctx.sites.skillName(conv.siteId, decision.skill) ?? decision.skill;
      const nobody = offline && { backAt: offline.reason === 'closed_hours' && offline.nextOpen ? teamBackAt(offline.nextOpen, decision.language, offline.timeZone) : undefined };
      const body = handoffText(this.ctx.sites.skillName(conv.siteId, decision.skill, decision.language) ?? skillName, decision.language, nobody, decision.reason === 'explicit_request' && asksIfBot(decision.evidence), site.content.config.languages);
      const preview = `Handed to the ${skillName} team: ${decision.reasonDetail}`;
      const message = await insertMessage(tx, conv.id, { clientMsgId: null, authorType: 'bot', authorId: null, authorName: 'Assistant', body, preview, meta: { kind: 'handoff', replyToSeq } }, now);
      // The inbox row as stored now (the hand-off line is the newest message): agents saw the previous preview.
      return { kind: 'escalated' as const, written, message, last: await lastMessageOf(tx, conv.id) };
    });
    if (out.kind === 'held') {
      this.ctx.log.info({ conversationId, why: out.why }, 'escalation held back by loop guard');
      return null;
    }
    if (out.kind === 'unchanged') return out.conv;
    const conv = { ...out.written.row, ...out.last };
    this.ctx.notifier.messageCreated(conv, out.message);
    this.ctx.notifier.conversationChanged(conv);
    this.ctx.notifier.timelineAppended(conv, out.written.events);
    await this.dispatcher.kick(conv.siteId);
    // The customer may have closed the chat while the bot was deciding.
    void this.abandonment?.watch(conv).catch((err) => this.ctx.log.warn({ err }, 'abandon watch failed'));
    if (this.ctx.llm) void improveSummary(this.ctx, conv.id);
    return conv;
  }

}
