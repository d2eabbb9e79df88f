/**
 * The bot for one site: KB answering, escalation decisions and handoff packages.
 * Built once per site (index + classifier), then each turn is a pure function of
 * the transcript, customer and control state.
 */
import { correctedQuestion } from './bot/correction.js';
import { answerQuestion, type AnswerContext, type AnswerJudge } from './bot/answer.js';
import type { TreeEnsemble, TreeModel } from './bot/answerability.js';
import type { MessageModel } from './escalation/messageModel.js';
import { ANSWER_THRESHOLD, buildKnowledgeBase, searchKnowledgeBase, type KnowledgeBase } from './bot/knowledgeBase.js';
import type { IsWord } from './bot/spelling.js';
import type { Tagger } from './summary/nounPhrases.js';
import { decide } from './escalation/decide.js';
import { buildSkillClassifier, type SkillClassifier } from './escalation/skill.js';
import { lastBotReply, previousCustomerMessage } from './escalation/types.js';
import type { BotReply, HandoffPackage, PackageInput, SiteContent, TranscriptEntry, TurnInput, TurnOutput } from './pipelineTypes.js';
import { handsOffAtFirstMiss } from './escalation/rules.js';
import { buildHandoffPackage, rebuildHandoffPackage, withNewFacts } from './summary/handoffPackage.js';
import { connectingText } from './conversation/handoffMessage.js';
import { skillNameIn } from './site/siteSkill.js';
import { customerLanguage, phrasesFor } from './conversation/customerPhrases.js';
import { conversationLanguage, detectLanguage } from './escalation/language.js';
import { findExplicitRequest, withoutRequest } from './escalation/explicitRequest.js';
import { buildsOnPassage } from './escalation/repeatedFailure.js';
import { setsReplyAside } from './escalation/passageWords.js';
import { normalise, sentences } from './bot/text.js';
import { detectSmallTalk } from './bot/smallTalk.js';
import { asksNothingYet, trailsOff } from './bot/notYetAsked.js';

/** A sentence that asks without a question mark ("is there a fee for that", "I'd like to know if…"). */
const ASKS = /^\W*(and |also |so |but )?(do|does|did|is|are|can|could|will|would|how|what|when|where|which|why|who)\b|\b(id like to know|i wonder(ed)?|wondering) (if|whether|how|what|when)\b/;

export interface BotPipeline {
  kb: KnowledgeBase;
  classifier: SkillClassifier;
  handleTurn(input: TurnInput): TurnOutput;
  /**
   * The reply when a loop guard held an escalation back: a confident KB answer, else "not sure" (in the customer's
   * language). Nobody was notified, so never the queued customer's "you're still in the queue".
   */
  heldBack(input: TurnInput): BotReply;
  buildPackage(input: PackageInput): HandoffPackage;
  /** The same hand-off's package built again from the whole transcript (queue messages, a transfer). */
  rebuildPackage(pkg: HandoffPackage, input: Omit<PackageInput, 'decision' | 'transfers'>): HandoffPackage;
  /** The package plus facts typed since it was built; null when there are none. */
  withNewFacts(pkg: HandoffPackage, transcript: readonly TranscriptEntry[]): HandoffPackage | null;
}


/** Asking after the wait: "hello?", "anyone there?", "how long until someone answers?", "still waiting". */
const WAITING_NUDGE =
  /^\W*(hello+|helo|hallo|hola|hey|anyone|anybody|well|so)\W*$|\b(any ?one|any ?body|some ?one|some ?body)\s+(there|here|around|coming|reading this)\b|\b(how (much )?long(er)?|when)\b[^.?!]{0,30}\b(someone|somebody|anyone|agent|person|human|team|wait|join|reply|respond|answer)\b|\bstill waiting\b|^\W*any (?:update|news)\b/;

/**
 * Words that only nudge about the wait: "still waiting??", "hello? anyone there?", "hey, is anybody there", "still
 * waiting for a person to reply", "any update? still waiting on the team" (those two got the refunds article's "Still
 * waiting?" section: a QA pass). A message with anything else in it ("still waiting for my refund", "when does the
 * showroom team open?") goes to the KB.
 */
const NUDGE_ONLY = /^(?:\W*(?:still|waiting|wait|hello+|helo|hallo|hola|hi|hey|yo|anyone|anybody|someone|somebody|any one|any body|some one|some body|is|are|there|here|around|please|pls|plz|hurry|up|lol|ok|okay|so|well|um+|hm+|[?!.]+|for|on|to|a|an|the|of|from|with|you|your|guys|any|update|updates|news|reply|replies|respond|answer|response|person|people|human|agent|agents|staff|team|rep|colleague|real|actual|me|us)\b\W*)+$/;
function nudgesOnly(body: string): boolean {
  const said = normalise(body).trim();
  return WAITING_NUDGE.test(said) && NUDGE_ONLY.test(said);
}

/** The models trained offline that the pipeline reads with, each optional (site/botModels.ts loads the shipped ones). */
export interface BotModels {
  ranker?: TreeEnsemble;
  answerability?: TreeModel;
  highStakes?: MessageModel;
  personRequest?: MessageModel;
  frustration?: MessageModel;
}

/**
 * `isWord`: an English dictionary (site/englishWords.ts), so the KB can read typing slips; without it, none are.
 * `tag`: an English part-of-speech tagger (site/englishTagger.ts), so the package names what the KB lacks as noun
 * phrases; without it, as the words around words the KB never uses.
 * `models` (site/botModels.ts), each optional: `ranker`: orders the passages found (passageRank.ts), without it a fixed
 * mix of confidence and BM25 does; `answerability`, with `tag`: whether a passage answers is also the
 * answerability model's call (answerability.ts), without it the confidence threshold alone decides; `highStakes` and
 * `personRequest`: the learned readings beside the patterns (escalation/messageModel.ts). `onFeatures` sees each
 * question's answerability features (the model's training data).
 */
export function createBotPipeline(site: SiteContent, isWord?: IsWord, tag?: Tagger, models: BotModels = {}, onFeatures?: AnswerJudge['onFeatures']): BotPipeline {
  const { ranker, answerability, highStakes, personRequest, frustration } = models;
  const kb = buildKnowledgeBase(site.articles, isWord, ranker, site.config.name);
  const judge: AnswerJudge | undefined = tag && (answerability || onFeatures) ? { tag, model: answerability, onFeatures } : undefined;
  const classifier = buildSkillClassifier(site.config, site.articles);

  function handleTurn(turn: TurnInput): TurnOutput {
    const last = turn.transcript[turn.transcript.length - 1];
    if (!last || last.authorType !== 'visitor') return { reply: null, escalation: null };
    // The rest of a message that trailed off, read as one message with it.
    const input = { ...turn, transcript: withFragments(turn.transcript) };
    const current = input.transcript[input.transcript.length - 1]!;
    if (input.state !== 'bot') {
      const queued = stillQueuedLine(input.transcript, current.body);
      if (queued !== undefined) return { reply: queued, escalation: null };
      // "still waiting", "hello? anyone?": about the wait, not a question for the KB (the demo's refunds article,
      // whose section "Still waiting?" is about refunds, answered "still waiting" and was then listed to the agent as
      // what the bot had tried).
      if (nudgesOnly(current.body)) return { reply: waitingNudged(input.transcript, current.body), escalation: null };
    }
    const answer = answerTurn(input.transcript, current, firstMissHandsOff(input));

    if (input.state !== 'bot') {
      // While waiting for a person the bot only helps when it is confident, and says it is the bot; asked for a person
      // again or nudged ("hello? anyone?"), it says they are still in the queue rather than nothing.
      if (answer.kind !== 'answer') return { reply: waitingNudged(input.transcript, current.body), escalation: null };
      return { reply: { ...answer, text: `While you wait for the team, this help article may answer it:\n\n${answer.text}` }, escalation: null };
    }

    const decision = decide({ site: site.config, customer: input.customer, transcript: input.transcript, current, answer, openQuestion: answer.kind === 'answer' ? undefined : openQuestion(input.transcript, current), highStakes, personRequest, frustration, names: kb.names }, classifier);
    if (decision) {
      // The team as the customer reads it in their language (site.json `skills[].names`), as the stored hand-off says it.
      const reply: BotReply = { kind: 'handoff', text: connectingText(skillNameIn(site.config.skills, decision.skill, decision.language), decision.language) };
      return { reply, escalation: decision };
    }
    // "hey can u put me thru to": the rest is on its way; an answer to half a sentence would be a guess (it got the
    // battery-safety article), and a "not sure" would count as a failed attempt.
    if (trailsOff(current.body)) return { reply: null, escalation: null };
    return { reply: inTheirLanguage(answer, spokenLanguage(input), current.body), escalation: null };
  }

  /**
   * "hey can u put me thru to" … "someone in billing, my bill for NW-227781 is 40 euro more": customer messages that
   * trailed off, with no reply between them, joined to the message that finishes them (as the latest entry, so the
   * evidence is the message that completed the thought).
   */
  function withFragments(transcript: TranscriptEntry[]): TranscriptEntry[] {
    let end = transcript.length - 1;
    let body = transcript[end]!.body;
    while (end > 0 && transcript[end - 1]!.authorType === 'visitor' && trailsOff(transcript[end - 1]!.body)) {
      body = `${transcript[end - 1]!.body} ${body}`;
      end--;
    }
    if (end === transcript.length - 1) return transcript;
    return [...transcript.slice(0, end), { ...transcript[transcript.length - 1]!, body }];
  }

  /**
   * After a hand-off in Spanish or German, the bot's small talk and its "not sure" follow the conversation's language
   * while the customer writes in it (a customer back from the Spanish-speaking team got "You're welcome!"); before
   * any hand-off, the browser's language (`customer.locale`) stands in for it (a Spanish browser's "Hola" and
   * "gracias" were answered in English under the widget's Spanish "Asistente"). KB answers
   * stay as they are: the articles are in one language, and the "not sure" says so rather than showing an English
   * passage as a suggestion.
   */
  function inTheirLanguage(reply: BotReply, language: string | null | undefined, body: string): BotReply {
    const theirs = writtenIn(language, body);
    if (theirs === site.config.kb.language || reply.kind === 'answer' || reply.kind === 'handoff') return reply;
    const phrases = phrasesFor(theirs);
    if (reply.kind === 'unknown') return { kind: 'unknown', text: phrases.notSure, ...(reply.confidence === undefined ? {} : { confidence: reply.confidence }) };
    if (reply.smallTalk) return { ...reply, text: reply.smallTalk === 'greeting' ? phrases.hello : reply.smallTalk === 'thanks' ? phrases.welcome : phrases.glad };
    return reply;
  }

  /**
   * "Do you have a trade-in program…? And is the Trailsense covered by the same 2-year warranty?": the bot answers a
   * message with one passage, so when the message asked two things and the KB has nothing on one of them, that one is
   * still open after the answer (a second attempt at it is a repeated failure). Only with exactly one question open.
   */
  function openQuestion(transcript: readonly TranscriptEntry[], current: TranscriptEntry): string | undefined {
    const lastBot = lastBotReply(transcript, current.seq);
    const previous = previousCustomerMessage(transcript, current.seq)?.body;
    if (lastBot?.meta.kind !== 'answer' || previous === undefined) return undefined;
    const asked = sentences(previous).filter((s) => s.includes('?') || ASKS.test(normalise(s)));
    if (asked.length < 2) return undefined;
    const open = asked.filter((s) => {
      const hit = searchKnowledgeBase(kb, s, 1)[0];
      return !hit || (hit.confidence < ANSWER_THRESHOLD && hit.articleId !== lastBot.meta.articleId);
    });
    return open.length === 1 && open.length < asked.length ? open[0] : undefined;
  }

  /** Whether the bot's "not sure" would hand this customer to a person now (a VIP tier rule, while the bot has them). */
  function firstMissHandsOff(input: TurnInput): boolean {
    return input.state === 'bot' && handsOffAtFirstMiss(site.config.rules, input.customer.tier);
  }

  /**
   * The KB's answer to the customer's message `current`, read with the previous exchange where it carries on.
   * `handsOff`: a miss would hand the customer off at once, so a passage the model rates likely enough answers, hedged.
   */
  function answerTurn(transcript: readonly TranscriptEntry[], current: TranscriptEntry, handsOff: boolean): BotReply {
    const lastBot = lastBotReply(transcript, current.seq);
    // A follow-up borrows the previous question as context only if that question was answered:
    // an unanswerable question plus a rephrasing is still unanswerable.
    const previousQuestion = previousCustomerMessage(transcript, current.seq)?.body;
    let context: AnswerContext | undefined;
    if (previousQuestion !== undefined && lastBot?.meta.kind === 'answer') context = { question: previousQuestion, articleId: lastBot.meta.articleId, setsReplyAside: setsReplyAside(current.body, lastBot.body, previousQuestion) };
    if (previousQuestion !== undefined && lastBot?.meta.kind === 'unknown') {
      // A hedged passage the customer builds on answered after all: read what follows on its article.
      context = lastBot.meta.articleId && buildsOnPassage(previousQuestion, lastBot.body, current.body) ? { question: previousQuestion, articleId: lastBot.meta.articleId } : { question: previousQuestion, unanswered: true };
    }
    // "Put me through to someone about returning my tent": the question is what is left once the request is taken
    // out (the request itself is no question the KB fails on, and the VIP rule asks whether the KB can settle it).
    const asked = withoutRequest(current.body, site.config.name) ?? current.body;
    // "Oh sorry, I meant Austria!": the question before, put right.
    const question = correctedQuestion(asked, previousQuestion) ?? asked;
    const said = detectLanguage(question, site.config.kb.language);
    const foreign = said.language !== site.config.kb.language && said.confidence >= 0.75;
    // "hey" … "we're getting married in june 💍": after a greeting the scene is still being set.
    const earlier = transcript.filter((e) => e.authorType === 'visitor' && e.seq < current.seq);
    const sceneOpen = earlier.every((m) => detectSmallTalk(m.body) === 'greeting' || asksNothingYet(m.body));
    const judged = judge && handsOff ? { ...judge, firstMissHandsOff: true } : judge;
    return answerQuestion(kb, question, context, previousQuestion === undefined, foreign, judged, sceneOpen);
  }

  /**
   * Written while queued in a language the bot does not answer in ("¿Hola? ¿Hay alguien?"): no English article picked
   * by a stray word, but once per wait, in their language, that the team reads on (a newcomer got silence). Only in
   * the conversation's own language (an English customer's "Danke!" is no switch), and only one the team speaks,
   * since the line promises their reply in it. Undefined when the message is not such a case.
   */
  function stillQueuedLine(transcript: readonly TranscriptEntry[], body: string): BotReply | null | undefined {
    const kbLanguage = site.config.kb.language;
    const said = detectLanguage(body, kbLanguage);
    const foreign = said.language !== kbLanguage && said.confidence >= 0.75 && site.config.languages.includes(said.language);
    if (!foreign || !(said.substantive || conversationLanguage(transcript, kbLanguage) === said.language)) return undefined;
    const text = phrasesFor(said.language).stillQueued;
    const sinceHandoff = transcript.slice(transcript.findLastIndex((e) => e.meta.kind === 'handoff') + 1);
    return sinceHandoff.some((e) => e.authorType === 'bot' && e.body === text) ? null : { kind: 'info', text };
  }

  /** "Can I talk to a person?" or "hello?? anyone?" while queued: once, until the bot has said something else. */
  function waitingNudged(transcript: readonly TranscriptEntry[], body: string): BotReply | null {
    if (!findExplicitRequest(body, site.config.name) && !WAITING_NUDGE.test(normalise(body).trim())) return null;
    const kbLanguage = site.config.kb.language;
    const language = conversationLanguage(transcript, kbLanguage);
    // The line promises the team reads on; in a language they do not speak it would promise replies in it too.
    const text = phrasesFor(site.config.languages.includes(language) ? language : kbLanguage).stillQueued;
    return transcript.findLast((e) => e.authorType === 'bot')?.body === text ? null : { kind: 'info', text };
  }

  function heldBack(input: TurnInput): BotReply {
    const current = input.transcript[input.transcript.length - 1];
    const reply = current ? answerTurn(input.transcript, current, firstMissHandsOff(input)) : null;
    if (reply?.kind === 'answer') return reply;
    return { kind: 'unknown', text: phrasesFor(writtenIn(spokenLanguage(input), current?.body ?? '')).notSure };
  }

  /** The conversation's language, set at hand-off; before that the browser's (`customer.locale`). */
  function spokenLanguage(input: TurnInput): string | null | undefined {
    return input.language ?? input.customer.locale;
  }

  /** The conversation's (or else the browser's) language when this message is written in it, else the KB's. */
  function writtenIn(language: string | null | undefined, body: string): string {
    const theirs = customerLanguage(language);
    return detectLanguage(body, theirs).language === theirs ? theirs : site.config.kb.language;
  }

  return {
    kb,
    classifier,
    handleTurn,
    heldBack,
    buildPackage: (input) => buildHandoffPackage(site, input, classifier, tag),
    rebuildPackage: (pkg, input) => rebuildHandoffPackage(site, pkg, input, classifier, tag),
    withNewFacts: (pkg, transcript) => withNewFacts(site, pkg, transcript),
  };
}

/** The bot's reply as the next entry of a replayed transcript (replay, bench bot, answerability-features). */
export function botEntry(seq: number, reply: BotReply): TranscriptEntry {
  return { seq, authorType: 'bot', body: reply.text, meta: { kind: reply.kind, articleId: reply.articleId, articleTitle: reply.articleTitle, confidence: reply.confidence } };
}
