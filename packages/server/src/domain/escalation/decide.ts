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
import { escapeRegExp } from '../common/text.js';
import { detectFrustration } from './frustration.js';
import { detectHighStakes } from './highStakes.js';
import { conversationLanguage, detectLanguageSwitch } from './language.js';
import { detectRepeatedFailure } from './repeatedFailure.js';
import { detectRules } from './rules.js';
import { asksAboutProduct, asksAboutRestock, asksBeforeBuying, asksForDeal, asksToBuyPart } from './preSales.js';
import { chasesRefundMoney } from './refundMoney.js';
import { aboutOwnedItem, mentionsReturnOrClaim } from './ownedItem.js';
import type { SkillClassifier } from './skill.js';
import { customerMessages, previousCustomerMessage, type DetectorContext, type DetectorResult } from './types.js';

export const PRECEDENCE: readonly EscalationReason[] = ['high_stakes', 'rule', 'explicit_request', 'frustration', 'repeated_failure', 'language'];

/** Every detector's verdict for the current message, in precedence order (nulls removed). */
export function runDetectors(ctx: DetectorContext): DetectorResult[] {
  const { current } = ctx;
  const results = [
    detectHighStakes(current.body, current.seq, previousCustomerMessage(ctx.transcript, current.seq)?.body),
    detectRules(ctx),
    detectExplicitRequest(current.body, current.seq),
    detectFrustration(ctx),
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

/** The sentences that say what the matter is, with the words that ask for a person cut out; none for "agent please". */
export function topicalSentences(bodies: readonly string[]): string[] {
  // Only the words that ask are cut: "is there someone I can talk to about a double charge" keeps "double charge".
  return bodies
    .flatMap((b) => sentences(b))
    .map((s) => {
      const asked = findExplicitRequest(s);
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
  privacy: ['datenschutz', 'privacidad', 'proteccion de datos', 'data protection'],
  technical: ['technik', 'technischen support', 'soporte tecnico', 'tech support', 'tech'],
  orders: ['bestellungen', 'pedidos'],
};

export function namedTeam(site: DetectorContext['site'], message: string): string | null {
  const asking = sentences(normalise(message)).filter((s) => findExplicitRequest(s) !== null);
  if (asking.length === 0) return null;
  const named = site.skills.filter((s) => {
    const names = [...new Set([s.id, s.name, ...(TEAM_WORDS[normalise(s.id)] ?? [])].map((n) => normalise(n).trim()).filter(Boolean))];
    // As a team, not as a word: "to sales", "someone from billing", "your privacy people", not "group orders".
    return names.some((n) => {
      const name = escapeRegExp(n);
      return new RegExp(`\\b(?:(?:to|with|from|in|your|aus dem|aus der|vom|von der|mit dem|mit der|zum|zur|del|de la|de|con el|con)\\s+(?:the\\s+)?${name}\\b|${name}\\s+(?:team|department|dept|desk|people|folks|person|guy|side)\\b)`).test(asking.join(' '));
    });
  });
  return named.length === 1 ? named[0]!.id : null;
}

/** The one skill whose description names this duty ("Product troubleshooting and product safety"), if exactly one does. */
export function dutySkill(site: DetectorContext['site'], duty: string): string | null {
  const re = new RegExp(`\\b(?:${duty})\\b`, 'i');
  const owners = site.skills.filter((s) => re.test(s.description));
  return owners.length === 1 ? owners[0]!.id : null;
}

const TROUBLESHOOTING_DUTY = String.raw`troubleshooting|(?:that )?(?:don'?t|do not) work|not working`;
const PRE_SALES_DUTY = String.raw`pre-?sales|before buying`;

/**
 * The troubleshooting team's pick for a question asked before buying goes to the pre-sales team (preSales.ts), and so
 * does an accessory or spare part to buy, whoever the words would go to ("I'd add it to my next order").
 */
function beforeBuying(site: DetectorContext['site'], classified: string, customerText: string, current: string): string {
  const preSales =
    asksToBuyPart(current) ||
    (classified === dutySkill(site, TROUBLESHOOTING_DUTY) && (asksBeforeBuying(customerText) || asksForDeal(customerText) || asksAboutRestock(customerText))) ||
    // The returns team keeps what a customer with the item asks ("no exchange button, so I wait for a restock?").
    (classified === dutySkill(site, 'returns') && (asksAboutProduct(customerText) || asksForDeal(customerText) || (asksAboutRestock(customerText) && !mentionsReturnOrClaim(customerText)))) ||
    (classified === dutySkill(site, 'refunds') && asksForDeal(customerText));
  return preSales ? (dutySkill(site, PRE_SALES_DUTY) ?? classified) : classified;
}

/** Corrections for a customer who already bought: the money of a return, an item to return or claim on. */
function afterBuying(site: DetectorContext['site'], classified: string, conversation: string): string {
  return moneyBack(site, ownedItem(site, classified, conversation), conversation);
}

/** The returns team's pick for a customer chasing the money of a return goes to the team that owns refunds (refundMoney.ts). */
function moneyBack(site: DetectorContext['site'], classified: string, conversation: string): string {
  if (classified !== dutySkill(site, 'returns') || !chasesRefundMoney(conversation)) return classified;
  return dutySkill(site, 'refunds') ?? classified;
}

/** The pre-sales team's pick for a customer returning, exchanging or claiming on an item they have goes to the team that owns warranty claims (ownedItem.ts). */
function ownedItem(site: DetectorContext['site'], classified: string, conversation: string): string {
  const preSales = classified === dutySkill(site, PRE_SALES_DUTY);
  if (!preSales && classified !== dutySkill(site, TROUBLESHOOTING_DUTY)) return classified;
  return aboutOwnedItem(conversation, preSales) ? (dutySkill(site, 'warranty') ?? classified) : classified;
}

export function decide(ctx: DetectorContext, classifier: SkillClassifier): EscalationDecision | null {
  const winner = pickTrigger(runDetectors(ctx));
  if (!winner) return null;
  const bodies = customerMessages(ctx.transcript).map((e) => e.body);
  const topical = topicalSentences(bodies);
  const customerText = skillText(bodies, topical);
  const named = winner.trigger === 'explicit_request' ? namedTeam(ctx.site, ctx.current.body) : null;
  const duty = winner.skillDuty ? dutySkill(ctx.site, winner.skillDuty) : null;
  // A rule's own queue, then the team the customer named, then the team whose description owns the duty, then the classifier.
  const ruleSkill = winner.skill && ctx.site.skills.some((s) => s.id === winner.skill) ? winner.skill : null;
  // Nothing said but "can I speak to someone?": no team is named, so the site's default team, not the classifier's guess.
  const saysWhat = winner.skillHint !== undefined || topical.length > 0;
  const classified = saysWhat ? classifier.classify(winner.skillHint ? `${customerText}\n${winner.skillHint}` : customerText).skill : ctx.site.defaultSkill;
  const skill = ruleSkill ?? named ?? duty ?? afterBuying(ctx.site, beforeBuying(ctx.site, classified, customerText, ctx.current.body), bodies.join('\n'));
  const vip = ctx.site.rules.some((r) => r.when.customerTier !== undefined && r.when.customerTier.toLowerCase() === (ctx.customer.tier ?? '').toLowerCase());
  return {
    reason: winner.trigger,
    reasonDetail: winner.reason,
    evidence: ctx.current.body,
    evidenceSeq: winner.evidenceSeq,
    skill,
    language: conversationLanguage(ctx.transcript, ctx.site.kb.language),
    priority: Math.max(winner.priority ?? 0, vip ? 1 : 0),
    confidence: winner.confidence,
  };
}
