/**
 * The handoff package: what the agent reads before accepting. The summary is built
 * from parts in priority order (who + why, what they asked in their own words, key
 * facts, what the bot tried) and each part is shortened to keep the whole ≤ 400
 * characters.
 */
import type { CustomerAttributes, EscalationReason } from '@baton/protocol';
import { teamWrites } from '../conversation/handoffMessage.js';
import { phrasesFor } from '../conversation/customerPhrases.js';
import { detectSmallTalk } from '../bot/smallTalk.js';
import { typedRating } from '../conversation/csat.js';
import { clip, normalise } from '../bot/text.js';
import type { SkillClassifier } from '../escalation/skill.js';
import { findExplicitRequest } from '../escalation/explicitRequest.js';
import type { HandoffPackage, PackageInput, SiteContent, TranscriptEntry } from '../pipelineTypes.js';
import { extractFacts, type Fact } from './entities.js';
import { findAskedFor } from './askedFor.js';
import { kbGapNounPhrases, kbGapPhrases } from './kbGaps.js';
import type { Tagger } from './nounPhrases.js';
import { messageSentiment, sentimentLabel } from './sentiment.js';

export const MAX_SUMMARY_CHARS = 400;
const MAX_TOPIC_FACTS = 3;
/** Room beyond those for what the KB lacks in questions an article was sent for. */
const MAX_ANSWERED_TOPIC_FACTS = 2;
/** Facts listed for the agent but not in the summary's "Key facts": the customer's quoted words say them better. */
const LISTED_ONLY: ReadonlySet<Fact['kind']> = new Set(['topic', 'problem', 'request']);

/** Language names as agents read them (the console is English). */
const LANGUAGE_NAMES = phrasesFor('en').languageNames;

function reasonPhrase(reason: EscalationReason, detail: string, language: string): string {
  switch (reason) {
    case 'explicit_request':
      return 'asked to talk to a person';
    case 'frustration':
      return 'is frustrated with the answers so far';
    case 'repeated_failure':
      return 'asked more than once about something the help articles do not cover';
    case 'high_stakes':
      return `needs urgent attention: ${detail.replace(/^High stakes:\s*/, '').replace(/\s*\(".*"\)$/, '')}`;
    case 'rule':
      return `matched a handoff rule (${detail.replace(/^Rule\s+/, '')})`;
    case 'language':
      return `writes in ${LANGUAGE_NAMES[language] ?? language}`;
  }
}

function who(customer: CustomerAttributes): string {
  const name = customer.name?.trim() || 'The customer';
  return customer.tier && customer.tier.toLowerCase() !== 'standard' ? `${name} (${customer.tier.toUpperCase()})` : name;
}

/** The customer's messages that say something (not "thanks", not a bare "agent"). */
function substantive(messages: readonly TranscriptEntry[], shop: string): TranscriptEntry[] {
  return messages.filter((m) => {
    if (detectSmallTalk(m.body)) return false;
    const req = findExplicitRequest(m.body, shop);
    return !(req && m.body.trim().split(/\s+/).length <= 3);
  });
}

/**
 * The messages since the last hand-back to the bot: a customer who comes back about an invoice after their damaged
 * lamp was resolved starts a new case (a newcomer saw the old intent, facts and quotes in the new package).
 */
export function currentEpisode(transcript: readonly TranscriptEntry[]): TranscriptEntry[] {
  const at = transcript.findLastIndex((e) => e.authorType === 'bot' && e.meta.kind === 'handback');
  return transcript.slice(at + 1);
}

/**
 * "5" typed right after the bot asked for a rating is the rating, not part of the case; "1, the lamp still flickers"
 * carries a complaint, which is.
 */
export function isTypedRating(m: TranscriptEntry, transcript: readonly TranscriptEntry[]): boolean {
  const before = transcript.findLast((e) => e.seq < m.seq && e.authorType !== 'visitor');
  const rating = before?.meta.kind === 'csat_request' ? typedRating(m.body) : null;
  return rating !== null && !rating.comment;
}

/** Each time the bot answered or said it could not, with the customer message it replied to. */
function repliesToQuestions(transcript: readonly TranscriptEntry[]): { question: TranscriptEntry; reply: TranscriptEntry }[] {
  const out: { question: TranscriptEntry; reply: TranscriptEntry }[] = [];
  let question: TranscriptEntry | null = null;
  for (const e of transcript) {
    if (e.authorType === 'visitor') question = e;
    else if (e.authorType === 'bot' && question && (e.meta.kind === 'answer' || e.meta.kind === 'unknown')) out.push({ question, reply: e });
  }
  return out;
}

function botTried(replies: ReturnType<typeof repliesToQuestions>): HandoffPackage['botTried'] {
  return replies.map(({ question, reply }) => ({
    question: clip(question.body, 160),
    articleId: reply.meta.articleId ?? null,
    articleTitle: reply.meta.articleTitle ?? null,
    answered: reply.meta.kind === 'answer',
  }));
}

/** What the bot tried; the misses go unsaid when the lead already says the articles had no answer (repeated failure). */
function triedSentence(tried: HandoffPackage['botTried'], missesSaid = false): string {
  if (tried.length === 0) return 'The bot had not answered yet.';
  const titles = [...new Set(tried.filter((t) => t.answered && t.articleTitle).map((t) => `"${t.articleTitle}"`))];
  const misses = missesSaid ? 0 : tried.filter((t) => !t.answered).length;
  if (titles.length === 0 && misses === 0) return '';
  const parts: string[] = [];
  if (titles.length > 0) parts.push(`sent ${titles.join(', ')}`);
  if (misses > 0) parts.push(`found no article ${misses === 1 ? 'once' : `${misses} times`}`);
  return `Bot ${parts.join(' and ')}.`;
}

/**
 * Back after a hand-back with nothing asked of the bot since: "the bot had not answered yet" read as a new customer
 * (a newcomer's re-escalation after a 1/5 rating). Says a person settled an earlier case here, and the typed rating.
 */
function cameBackSentence(episode: readonly TranscriptEntry[]): string {
  const typed = episode.filter((e) => e.authorType === 'visitor' && isTypedRating(e, episode)).map((e) => typedRating(e.body)?.rating).at(-1);
  return `A person resolved an earlier case in this chat${typed ? ` (rated ${typed}/5)` : ''}; the bot had not answered since.`;
}

/**
 * The facts the summary names: not those listed only, and not one another one holds ("Berlin" beside "our Berlin
 * office", "€250" beside "a €250 order"): the room goes to the customer's quoted words.
 */
function keyFacts(facts: readonly Fact[]): string[] {
  const listed = facts.filter((f) => !LISTED_ONLY.has(f.kind)).map((f) => f.value);
  const lower = listed.map((v) => v.toLowerCase());
  return listed.filter((v, i) => !lower.some((o, j) => j !== i && o !== lower[i] && o.includes(lower[i]!)));
}

/** Assembles the summary, shortening the quote first, then the facts, to fit the limit. */
export function composeSummary(parts: { lead: string; quotes: string[]; facts: string[]; tried: string }): string {
  const build = (quoteMax: number, factCount: number, withTried: boolean) => {
    const quotes = parts.quotes.map((q) => `"${clip(q.replace(/\s+/g, ' ').trim(), quoteMax).replace(/\.$/, '')}"`);
    const s = [
      `${parts.lead}.`,
      quotes.length > 0 ? `They wrote: ${quotes.join(' … ')}.` : '',
      factCount > 0 && parts.facts.length > 0 ? `Key facts: ${parts.facts.slice(0, factCount).join(', ')}.` : '',
      withTried ? parts.tried : '',
    ];
    return s.filter(Boolean).join(' ');
  };
  for (const withTried of [true, false]) {
    for (const quoteMax of [220, 170, 130, 100, 70]) {
      for (let n = parts.facts.length; n >= 0; n--) {
        const s = build(quoteMax, n, withTried);
        if (s.length <= MAX_SUMMARY_CHARS) return s;
        if (n <= 2) break;
      }
    }
  }
  return clip(build(60, 2, false), MAX_SUMMARY_CHARS);
}

/**
 * `classifier` is accepted so the signature stays stable if intent detection moves
 * to it; today the intent is the customer's opening request in their own words.
 */
export function buildHandoffPackage(site: SiteContent, input: PackageInput, _classifier: SkillClassifier, tag?: Tagger): HandoffPackage {
  const { customer, decision } = input;
  const transcript = currentEpisode(input.transcript);
  const customerMsgs = transcript.filter((e) => e.authorType === 'visitor' && !isTypedRating(e, transcript));
  const facts: Fact[] = [];
  const seen = new Set<string>();
  for (const m of customerMsgs) {
    for (const f of extractFacts(m.body, site)) {
      const key = f.value.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        facts.push(f);
      }
    }
  }
  // What the KB lacks, from the questions the bot could not answer and the one that triggered the handoff.
  const replies = repliesToQuestions(transcript);
  const unanswered = new Set(replies.filter((r) => r.reply.meta.kind === 'unknown').map((r) => r.question.seq));
  // The customer's own name is no gap in the KB ("Hi, it's Sarah Kowalczyk here…").
  // Nor is the shop's ("Dear Northwind team").
  const notTopics = new Set(normalise(`${customer.name ?? ''} ${site.config.name}`).split(/\s+/).filter(Boolean));
  // The message that asked for a person is no question the KB failed ("Can I talk to a person?" gave "Topic: talk").
  const leftOpen = customerMsgs.filter((m) => unanswered.has(m.seq) || (m.seq === decision.evidenceSeq && decision.reason !== 'explicit_request'));
  // In a repeated failure, the questions the bot answered with an article are read after those: the article missed
  // what was asked ("Can I buy just the one replacement pole section?" got the tent-care passage, and the customer
  // asked again in other words), and the part of the question the KB lacks is what the agent must settle. Only what a
  // question sentence asks, one phrase a message: the story around it was answered or is no topic.
  const answered =
    decision.reason === 'repeated_failure' ? customerMsgs.filter((m) => !leftOpen.includes(m) && replies.some((r) => r.question.seq === m.seq && r.reply.meta.kind === 'answer')) : [];
  const topics: Fact[] = [];
  for (const m of [...leftOpen, ...answered]) {
    const open = leftOpen.includes(m);
    const cap = open ? MAX_TOPIC_FACTS : MAX_TOPIC_FACTS + MAX_ANSWERED_TOPIC_FACTS;
    // With a tagger, the noun phrases the KB lacks; without one, the words around words the KB never uses.
    const gaps = tag ? kbGapNounPhrases(m.body, site.articles, tag, open ? 2 : 1, notTopics, !open) : kbGapPhrases(m.body, site.articles, open ? 2 : 1, notTopics);
    for (const phrase of gaps) {
      const key = phrase.toLowerCase();
      // Known already, or a fact with a word around it ("order NW-529036").
      if ([...seen].some((k) => k.includes(key) || (/\d/.test(k) && key.includes(k)))) continue;
      // A longer phrase for the same gap replaces the shorter one ("re-proofing" → "re-proofing service").
      const shorter = topics.find((t) => key.includes(t.value.toLowerCase()));
      if (shorter) shorter.value = phrase;
      else if (topics.length < cap) topics.push({ kind: 'topic', value: phrase });
      seen.add(key);
    }
  }
  facts.push(...topics);
  // What they asked the shop to offer or do, where the bot could not say ("professional re-proofing service").
  for (const m of leftOpen) {
    for (const a of findAskedFor(m.body, site.config.name)) {
      const key = a.value.toLowerCase();
      // Against the facts listed (a gap phrase past the cap is "seen" but not listed).
      if (facts.some((f) => f.value.toLowerCase().includes(key))) continue;
      facts.push({ kind: 'request', value: a.value });
    }
  }
  // The words that made it urgent, as typed ("Verbraucherzentrale", "chargeback"), when the detector quoted them.
  const quoted = /\("([^"]{3,60})"\)$/.exec(decision.reasonDetail)?.[1];
  const evidence = customerMsgs.find((m) => m.seq === decision.evidenceSeq)?.body;
  if (decision.reason === 'high_stakes' && quoted && evidence) {
    const at = evidence.toLowerCase().indexOf(quoted.toLowerCase());
    // A detector's match can stop at the currency sign ("charge of €"): the amount after it belongs to it.
    const amount = at >= 0 && /[€$£]$/.test(quoted) ? (/^\s?\d[\d.,]{0,24}\d|^\s?\d/.exec(evidence.slice(at + quoted.length))?.[0] ?? '') : '';
    const typed = at >= 0 ? evidence.slice(at, at + quoted.length) + amount : null;
    if (typed && ![...seen].some((k) => k.includes(typed.toLowerCase()))) facts.push({ kind: 'topic', value: typed });
  }
  const said = substantive(customerMsgs, site.config.name);
  const trigger = customerMsgs.find((m) => m.seq === decision.evidenceSeq);
  const onlyAsks = (m: TranscriptEntry) => findExplicitRequest(m.body, site.config.name) !== null && m.body.trim().split(/\s+/).length <= 8;
  // What it is about: the first thing the bot could not settle (an answered opening question is in "Bot sent …"),
  // else the message that triggered the handoff, else the opening. A newcomer saw "Do you ship to the US?" as the
  // intent and no word of the cracked lamp that was the reason for the handoff.
  // Frustration and a request for a person are about what came before them ("yes i know the article… this is a
  // joke" is about the refund asked first), so their trigger is no problem of its own.
  const triggerIsProblem = decision.reason !== 'frustration' && decision.reason !== 'explicit_request';
  const problem = said.find((m) => unanswered.has(m.seq) || (m === trigger && triggerIsProblem && !onlyAsks(m))) ?? said[0];
  // Quoted: the opening (it carries the story and the identifiers), that problem, and the message that triggered the
  // handoff or failing that the latest one, each once, in the order written.
  const last = trigger && said.includes(trigger) && !onlyAsks(trigger) ? trigger : said.findLast((m) => !onlyAsks(m));
  // After a transfer, the latest thing the customer told a person: the next agent picks up from there.
  const handedOffAt = transcript.find((e) => e.meta.kind === 'handoff')?.seq ?? Infinity;
  const toPerson = input.transfers?.length ? said.findLast((m) => m.seq > handedOffAt && !onlyAsks(m)) : undefined;
  // After a transfer the problem and that latest word are what the next agent needs: the 400 characters go to them
  // rather than to the opening and the trigger as well (four quotes cut each other down to nothing).
  const picked = toPerson ? [problem, toPerson] : [said[0], problem, last];
  const inOrder = [...new Set(picked.filter((m): m is TranscriptEntry => m !== undefined))].sort((a, b) => a.seq - b.seq);
  const quotes = inOrder.map((m) => m.body);

  const tried = botTried(replies);
  // The attempt that made it a repeated failure was unanswered too (the hand-off was the reply): listed, so "What the
  // bot tried" and "found no article N times" agree with the reason ("had no answer 2 times").
  if (decision.reason === 'repeated_failure' && trigger && !replies.some((r) => r.question.seq === trigger.seq)) {
    tried.push({ question: clip(trigger.body, 160), articleId: null, articleTitle: null, answered: false });
  }
  const skillName = site.config.skills.find((s) => s.id === decision.skill)?.name ?? decision.skill;
  const moved = input.transfers?.at(-1);
  const summary = composeSummary({
    lead: `${who(customer)} ${reasonPhrase(decision.reason, decision.reasonDetail, decision.language)}; ${moved ? `${moved.from} transferred it to ${moved.toSkill ? `the ${skillName} team` : moved.to}` : `routed to ${skillName}`}`,
    quotes,
    facts: keyFacts(facts),
    tried: tried.length === 0 && transcript.length < input.transcript.length ? cameBackSentence(transcript) : triedSentence(tried, decision.reason === 'repeated_failure'),
  });
  const trend = customerMsgs.map((m) => messageSentiment(m.body, site.config.name));
  const intentSource = problem?.body ?? customerMsgs[0]?.body ?? '';
  return {
    summary,
    reason: decision.reason,
    reasonDetail: decision.reasonDetail,
    evidence: decision.evidence || null,
    intent: intentSource ? clip(intentSource.replace(/\s+/g, ' '), 120) : null,
    skill: decision.skill,
    skillName,
    language: decision.language,
    teamWritesLanguage: teamWrites(site.config.languages, decision.language),
    sentiment: sentimentLabel(trend),
    sentimentTrend: trend,
    facts,
    botTried: tried,
    customer,
    priority: decision.priority,
    updatedAt: input.nowIso,
  };
}

/**
 * The package with the facts the customer typed since it was built (to the agent, say: an order number given
 * after accepting), appended as typed so they travel with a transfer; null when nothing is new.
 */
export function withNewFacts(site: SiteContent, pkg: HandoffPackage, transcript: readonly TranscriptEntry[]): HandoffPackage | null {
  // The same test as buildHandoffPackage's (exact, any case): "€12" is new beside "€120".
  const known = new Set(pkg.facts.map((f) => f.value.toLowerCase()));
  const added: Fact[] = [];
  for (const m of currentEpisode(transcript)) {
    if (m.authorType !== 'visitor') continue;
    for (const f of extractFacts(m.body, site)) {
      const key = f.value.toLowerCase();
      if (known.has(key)) continue;
      known.add(key);
      added.push(f);
    }
  }
  return added.length ? { ...pkg, facts: [...pkg.facts, ...added] } : null;
}

/**
 * The package built again from the whole transcript, for the same hand-off: while the customer writes in the queue, and
 * at a transfer (the next agent reads who sent it on and what the customer told them). Keeps the escalation's own
 * evidence and reason (the package explains why it was handed off) and the transfers with their notes (who sent it
 * away is also who must not get it back: offerAgain.ts).
 */
export function rebuildHandoffPackage(
  site: SiteContent,
  pkg: HandoffPackage,
  input: Omit<PackageInput, 'decision' | 'transfers'>,
  classifier: SkillClassifier,
  tag?: Tagger,
): HandoffPackage {
  // The message that triggered the hand-off is the last one with the evidence's words before the hand-off line: what
  // the customer writes while waiting must not take its place in the summary.
  const handoffAt = input.transcript.findLast((m) => m.meta.kind === 'handoff')?.seq ?? Infinity;
  const evidenceSeq = input.transcript.findLast((m) => m.authorType === 'visitor' && m.seq < handoffAt && m.body === pkg.evidence)?.seq ?? 0;
  const decision = {
    reason: pkg.reason,
    reasonDetail: pkg.reasonDetail,
    evidence: pkg.evidence ?? '',
    evidenceSeq,
    skill: pkg.skill,
    language: pkg.language,
    priority: pkg.priority,
    confidence: 1,
  };
  const next = buildHandoffPackage(site, { ...input, decision, ...(pkg.transfers ? { transfers: pkg.transfers } : {}) }, classifier, tag);
  return { ...next, evidence: pkg.evidence, reasonDetail: pkg.reasonDetail, ...(pkg.transfers ? { transfers: pkg.transfers } : {}) };
}
