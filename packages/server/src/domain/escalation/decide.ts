/**
 * Combines the detectors into one decision.
 *
 * Precedence when several triggers are true at the same turn:
 *   high_stakes > rule > explicit_request > frustration > repeated_failure > language
 * Safety, money disputes and legal threats matter most whatever else is said; a
 * site's own rules come next because the business asked for them; an explicit
 * request is always honoured; emotion beats a quiet failure; and language is last
 * because it only changes *who* answers, not whether something went wrong.
 */
import type { EscalationReason } from '@baton/protocol';
import type { EscalationDecision } from '../pipelineTypes.js';
import { detectExplicitRequest, findExplicitRequest } from './explicitRequest.js';
import { normalise, sentences, STOP_WORDS, words } from '../bot/text.js';
import { EMAIL_ADDRESS, escapeRegExp } from '../common/text.js';
import { detectFrustration } from './frustration.js';
import { detectLearnedFrustration } from './learnedFrustration.js';
import { detectHighStakes, detectLearnedHighStakes } from './highStakes.js';
import { conversationLanguage, detectLanguageSwitch } from './language.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { detectRules, handsOffAtFirstMiss } from './rules.js';
import { correctTeam, dutySkill } from './teamCorrections.js';
import { currentTopic } from './currentTopic.js';
import type { SkillClassifier } from './skill.js';
import { customerMessages, detectorNames, previousCustomerMessage, type DetectorContext, type DetectorResult } from './types.js';

export { dutySkill };

export const PRECEDENCE: readonly EscalationReason[] = ['high_stakes', 'rule', 'explicit_request', 'frustration', 'repeated_failure', 'language'];

/** Every detector's verdict for the current message, in precedence order (nulls removed). */
export function runDetectors(ctx: DetectorContext): DetectorResult[] {
  const { current } = ctx;
  const names = detectorNames(ctx);
  const results = [
    // Every earlier customer message is context for what device a swelling is about: "can I take my VoltPack 20000 on the plane?" … two messages later "now
    // it's a bit puffy and the case has split".
    detectHighStakes(current.body, current.seq, previousCustomerMessage(ctx.transcript, current.seq)?.body, customerMessages(ctx.transcript).filter((e) => e.seq < current.seq).map((e) => e.body).join('.\n'), names) ?? detectLearnedHighStakes(current.body, current.seq, ctx.highStakes),
    detectRules(ctx),
    detectExplicitRequest(current.body, current.seq, ctx.personRequest, names.shop),
    detectFrustration(ctx) ?? detectLearnedFrustration(ctx),
    detectRepeatedFailure(ctx),
    detectLanguageSwitch(ctx),
  ].filter((r): r is DetectorResult => r !== null);
  return results.sort((a, b) => PRECEDENCE.indexOf(a.trigger) - PRECEDENCE.indexOf(b.trigger));
}

/** Picks the winning trigger by precedence; null when nothing fired. */
export function pickTrigger(results: readonly DetectorResult[]): DetectorResult | null {
  let best: DetectorResult | null = null;
  for (const r of results) {
    if (best === null || PRECEDENCE.indexOf(r.trigger) < PRECEDENCE.indexOf(best.trigger)) best = r;
  }
  return best;
}

/**
 * The customer's words that say what the matter is: a sentence asking for a person ("am I chatting with a
 * program? I'd prefer someone with a pulse") names no team, and its words would pull the classifier anywhere.
 */
export function skillText(bodies: readonly string[], kept = topicalSentences(bodies)): string {
  return kept.length ? kept.join('\n') : bodies.join('\n');
}

/** The sentences that say what the matter is, with the words that ask for a person cut out; none for "agent please" (`shop`: site.json `name`). */
export function topicalSentences(bodies: readonly string[], shop = ''): string[] {
  // Only the words that ask are cut: "is there someone I can talk to about a double charge" keeps "double charge".
  // An e-mail address says nothing of the matter, and its dots would cut it into "sentences" ("com.") of their own.
  return bodies
    .flatMap((b) => sentences(b.replace(EMAIL_ADDRESS, ' ')))
    .map((s) => {
      const asked = findExplicitRequest(s, shop);
      if (!asked) return s;
      const n = normalise(s);
      if (n.includes(asked.text)) return n.replace(asked.text, ' ');
      // Read through a typo ("transfer me to somone" heard as "…someone"): cut the words that match, keep the rest
      // ("need to cancel NW-708233" was dropped with it, and the chat went to the default team).
      const said = new Set(words(asked.text));
      return words(n).filter((w) => !said.has(w)).join(' ');
    })
    .filter((s) => words(s).some((w) => w.length >= 3 && !STOP_WORDS.has(w)));
}

/**
 * The team a request for a person names ("put me through to sales", "one of your privacy people"): the customer
 * knows best who they want. Only the sentences that ask, and only when they name exactly one team.
 */
/** The usual names of the usual teams in the languages the detectors read, for skills with these ids. */
const TEAM_WORDS: Record<string, string[]> = {
  sales: ['verkauf', 'vertrieb', 'ventas', 'departamento comercial'],
  billing: ['buchhaltung', 'abrechnung', 'facturacion', 'contabilidad'],
  privacy: ['datenschutzbeauftragten', 'datenschutzbeauftragte', 'delegado de proteccion de datos', 'datenschutz', 'privacidad', 'proteccion de datos', 'data protection', 'data team', 'data department', 'gdpr', 'data stuff', 'data people', 'data'],
  technical: ['technik', 'technischen support', 'soporte tecnico', 'tech support', 'tech'],
  orders: ['bestellungen', 'pedidos'],
};

export function namedTeam(site: DetectorContext['site'], message: string): string | null {
  const asking = sentences(normalise(message)).filter((s) => findExplicitRequest(s, site.name) !== null);
  if (asking.length === 0) return null;
  const named = site.skills.filter((s) => {
    const names = [...new Set([s.id, s.name, ...(TEAM_WORDS[normalise(s.id)] ?? [])].map((n) => normalise(n).trim()).filter(Boolean))];
    // As a team, not as a word: "to sales", "someone from billing", "your privacy people", "whoever handles privacy",
    // not "group orders".
    return names.some((n) => {
      const name = escapeRegExp(n);
      return new RegExp(`\\b(?:(?:to|with|from|in|your|aus dem|aus der|vom|von der|mit dem|mit der|mit ihrem|mit ihrer|mit eurem|mit eurer|zum|zur|del|de la|de|con el|con)\\s+(?:the\\s+)?${name}\\b|${name}\\s+(?:team|department|dept|desk|people|folks|person|guy|side)\\b|\\b(?:whoever|some ?one who|the (?:person|people) who)\\s+(?:handles|deals with|looks after|is in charge of|is responsible for|takes care of|manages|does)\\s+(?:the\\s+|your\\s+)?${name}\\b)`).test(asking.join(' '));
    });
  });
  return named.length === 1 ? named[0]!.id : null;
}

export function decide(ctx: DetectorContext, classifier: SkillClassifier): EscalationDecision | null {
  const winner = pickTrigger(runDetectors(ctx));
  if (!winner) return null;
  const everything = customerMessages(ctx.transcript).map((e) => e.body);
  // After a hand-back the matter the agent dealt with is closed: a new one is routed by what came since ("How do I
  // return a lamp?" then "a person please" went to Billing, the team of the refund before: a QA pass).
  const back = ctx.transcript.findLastIndex((e) => e.meta.kind === 'handback');
  const since = back < 0 ? [] : customerMessages(ctx.transcript.slice(back + 1)).map((e) => e.body);
  const all = topicalSentences(since, ctx.site.name).length > 0 ? since : everything;
  const recent = currentTopic(all);
  const recentTopical = topicalSentences(recent, ctx.site.name);
  // "btw can I talk to a human?" starts nothing new to route by: the matter is still the one before it.
  const bodies = recentTopical.length > 0 ? recent : all;
  const topical = recentTopical.length > 0 ? recentTopical : topicalSentences(all, ctx.site.name);
  const customerText = skillText(bodies, topical);
  const named = winner.trigger === 'explicit_request' ? namedTeam(ctx.site, ctx.current.body) : null;
  const duty = winner.skillDuty ? dutySkill(ctx.site, winner.skillDuty) : null;
  // A rule's own queue, then the team the customer named, then the team whose description owns the duty, then the classifier.
  const ruleSkill = winner.skill && ctx.site.skills.some((s) => s.id === winner.skill) ? winner.skill : null;
  // Nothing said but "can I speak to someone?": no team is named, so the site's default team, not the classifier's guess.
  const saysWhat = winner.skillHint !== undefined || topical.length > 0;
  const classified = saysWhat ? classifier.classify(winner.skillHint ? `${customerText}\n${winner.skillHint}` : customerText).skill : ctx.site.defaultSkill;
  const skill = ruleSkill ?? named ?? duty ?? correctTeam(ctx.site, classified, { topical: customerText, conversation: bodies.join('\n'), current: ctx.current.body });
  const vip = ctx.site.rules.some((r) => r.when.customerTier !== undefined && r.when.customerTier.toLowerCase() === (ctx.customer.tier ?? '').toLowerCase());
  // A customer handed off at their first unsettled question (a VIP) who asks again has met that rule by now: the second
  // miss is the tier's rule, which outranks a repeated failure, whether or not the first one was taken for settled.
  const tierRule = winner.trigger === 'repeated_failure' && handsOffAtFirstMiss(ctx.site.rules, ctx.customer.tier);
  return {
    reason: tierRule ? 'rule' : winner.trigger,
    reasonDetail: tierRule ? `${ctx.customer.tier} customer asking again what the help articles can't settle (${winner.reason})` : winner.reason,
    evidence: ctx.current.body,
    evidenceSeq: winner.evidenceSeq,
    skill,
    language: conversationLanguage(ctx.transcript, ctx.site.kb.language),
    priority: Math.max(winner.priority ?? 0, vip ? 1 : 0),
    confidence: winner.confidence,
  };
}
