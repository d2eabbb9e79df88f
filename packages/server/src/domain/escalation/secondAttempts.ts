/**
 * Session 61 (R): second attempts at a need the KB does not cover, where the bot gave the same or a near passage
 * twice, read from the shape of the follow-up (repeatedFailure.ts applies them). `said` is normalised.
 */
import { contentWords, normalise } from '../bot/text.js';
import { triedTheAdvice } from '../bot/triedAdvice.js';
import type { BotReply } from '../pipelineTypes.js';
import { lastBotReply, previousCustomerMessage, type DetectorContext } from './types.js';
import { keyWords, passageOnly, setsReplyAside } from './passageWords.js';

const ERROR_BACK = /\b[a-z]{2,5}-\d{2,5} again\b|\bsame (?:error|code|message|decline) (?:again|every time)\b/;
/** "so if i plug it in halfway, does it keep going?": the answered question narrowed to a case. */
const SO_IF = /^so (?:if|when|what (?:happens|if)|say)\b[^?]{0,300}\?/;
/**
 * "I understand the 30 days after delivery. It was delivered on 2 March.": the rule the passage gave, taken, and the
 * customer's case set against it (not "I understand, thanks"; not "I know it takes 5 days…", which older labels read
 * as not yet a second attempt).
 */
const GRANTS_RULE = /^(?:(?:yes|yeah|ok(?:ay)?|sure)\W+)?i (?:understand|realise|realize|am aware of|understood) (?:that |about )?([^.!?]{3,80})[.!;:]+\s+(\S.*)$/;
/** "…the pole though, it cracked": the rule granted, then another matter of the chat, not a case set against the rule. */
// (Review 61: or a new how-to, "…How do I print a return label?".)
const OTHER_MATTER = /^(?:(?:and|but|now|also|as for|regarding|separately|how|where|what|which|who)\b|(?:the|my) \w+(?: \w+)? though\b)|\b(?:though|however|separately|on another note|other (?:question|thing|issue|matter))\b/;
const ONLY_THANKS = /\b(?:thanks|thank you|thx|cheers|great|perfect|got it|fair enough|makes sense|no worries)\b|^(?:and|also|btw|by the way|different|another|other)\b/;

/**
 * After an answer (`last`), the KB has no more to give (`answer` not an answer) and the customer tries again: the
 * advice done and the same error back, a case narrowed under the same article, or the rule granted and their case set
 * against it.
 */
export function triesAgainAfterAnswer(said: string, last: { body: string; meta: { articleId?: string } }, answer: BotReply, body = ''): boolean {
  if (asksAgainWhateverFound(said, last, answer, body)) return true;
  if (answer.kind === 'answer') return false;
  // Only the same error code or message back: "tried it, still nothing" once is not yet a second attempt (older labels).
  if (triedTheAdvice(said) && ERROR_BACK.test(said)) return true;
  if (SO_IF.test(said) && answer.articleId !== undefined && answer.articleId === last.meta.articleId) return true;
  const m = GRANTS_RULE.exec(said);
  if (!m || ONLY_THANKS.test(m[2]!) || OTHER_MATTER.test(m[2]!)) return false;
  const passage = new Set(contentWords(last.body));
  return contentWords(m[1]!).some((w) => passage.has(w));
}

/** "just an extra week or two", "only a few more days": less of what was asked, after the bot could not give it. */
const ASKS_LESS = /^(?:(?:but|ok(?:ay)?|please|well)\W+)*(?:just|only|even|maybe) (?:an? |one |two |a few |a couple(?: of)? )?(?:extra|more|additional|little|bit|short)\b(?! (?:thing|question|q)\b)[^.!?]{0,30}\b(?:days?|weeks?|months?|hours?|time|while|euros?|dollars?|percent)\b/;
const MORE_SAID = /\b(info\w*|details?|context|background|questions?|ordered|bought|placed)\b/;
/** "can they be added afterwards somehow?": the thing that could not be done, asked again by pronoun. */
// (Review 61: can or could, not "will it be shipped today?", a new question about the same article.)
const BY_PRONOUN = /(?:^|[.!]\s+)(?:so\s+)?(?:can|could)\s+(?:they|it|them|those|these)\s+(?:still\s+|not\s+|maybe\s+)?be\s+[a-z]+ed\b[^.!?]{0,40}\?/;

/**
 * Session 62 (RF): right after a miss, the need asked again by pronoun and "then" ("how do I get it fixed then?", "who
 * can change that then?"), or someone asked to say it ("so can anyone tell me where the points went?"): the same
 * question pressed, whatever passage its new words now find.
 */
const BY_PRONOUN_THEN = /(?:^|[.!?,;:]\s*)(?:(?:so|ok(?:ay)?|well|right)\W+)*(?:how|who|where|what)\b[^.!?]{0,40}\b(?:it|this|that|them)\b[^.!?]{0,25}\bthen\s*\?/;
const ANYONE_SAY = /(?:^|[.!?,;:]\s*)(?:(?:so|ok(?:ay)?|well|hmm+|right)\W+)*(?:can|could|will|would) (?:anyone|anybody|someone|somebody) (?:there |here |at all )?(?:tell|explain to|show) me\b[^?]{0,80}\?/;
/** Session 62 (RF2): "where though?", "how exactly?", "which one then?": a bare question word that only the failed question completes
 * (its own sentence: "…and if she loses the email, what then?" asks something new, an older label). */
const ELLIPTIC_WH = /(?:^|[.!?]\s*)(?:(?:ok(?:ay)?|so|but|and|right|hmm+|um+|erm+)\W+)*(?:where|how|when|which(?: one)?|who|what|why) (?:though|tho|exactly|then|precisely)\s*\?/;
export function pressesAfterMiss(said: string): boolean {
  return BY_PRONOUN_THEN.test(said) || ANYONE_SAY.test(said) || ELLIPTIC_WH.test(said);
}

/**
 * Session 62 (RF2): after an answer, the customer sums up that there is none ("so no idea at all whether…, got it", "so
 * nobody knows then, ok", "so you can't tell me. great"): the answer missed, whatever words of taking it follow.
 */
const SUMS_UP_NO_ANSWER = /^(?:(?:ok(?:ay)?|right|hmm+|ah+|oh+|well|wow|lol|great)\W+)*so (?:basically |really |literally |just )?(?:(?:you have |you(?:ve| have) got |there(?:s| is) )?(?:no idea|no clue|no info\w*|no answer)|(?:nobody|no one) (?:there |here )?(?:knows|can (?:say|tell))|you (?:dont|do not|cant|cannot|can not) (?:know|say|tell)|(?:you )?(?:dont|do not) know)\b/;
/** …unless let go graciously ("so nobody knows, no worries", "figured"): a bare "got it" after it is no such thing. */
const LETS_IT_GO = /\b(?:no worries|fair enough|no problem|figured|never ?mind|oh well|ah well|(?:thats|that is|its) (?:fine|ok(?:ay)?|alright)|all good|worth a (?:shot|try|go|ask))\b/;
export function sumsUpNoAnswer(said: string): boolean {
  return SUMS_UP_NO_ANSWER.test(said) && !LETS_IT_GO.test(said);
}

/** Right after a miss, the same need again although a passage of the missed article now answers (repeatedFailure.ts). */
export function sameNeedAfterMiss(said: string, sameArticle: boolean): boolean {
  const less = ASKS_LESS.exec(said);
  // (Review 61: not "just a bit more info: it was ordered 3 days ago", more said, not less asked.)
  return (less !== null && !MORE_SAID.test(less[0])) || (sameArticle && BY_PRONOUN.test(said)) || NARROWS_TO_PART.test(said);
}

/**
 * Session 61 (RF): the answer set aside ("it's not locked, it's just red") came from the article on the customer's
 * trouble, only not on its detail; its words tell the team ("get back to white" alone read as a colour, sales).
 */
export function asideHint(ctx: DetectorContext): { skillHint?: string } {
  const last = lastBotReply(ctx.transcript, ctx.current.seq);
  const question = last ? previousCustomerMessage(ctx.transcript, ctx.current.seq)?.body : undefined;
  return last && question !== undefined && setsReplyAside(ctx.current.body, last.body, question) ? { skillHint: last.body } : {};
}

/** "the page says nothing about a sale", "the product page doesn't mention any promotion": what some page is silent on. */
const SILENT_ON = /\b(?:says|said|shows|showed|mentions|mentioned) nothing (?:about|on|regarding) (?:(?:a|an|the|any|it being|being) )*([^,.;:!?]{1,30})|\b(?:doesnt|does not|didnt|did not) (?:say|show|mention) (?:anything )?(?:(?:about|on|regarding|a|an|the|any|it being|being) )*([^,.;:!?]{1,30})/;

/**
 * Session 61 (RF): "theres a lumen 900r in there, the page says nothing about a sale" after a passage on codes not
 * applying to sale items: the customer sets their case against what the answer covered (a confused follow-up on a
 * covered topic), not a help page silent on their question. `said` is normalised.
 */
export function silentOnWhatAnswerSaid(said: string, reply: string): boolean {
  const m = SILENT_ON.exec(said);
  const silentOn = m ? keyWords(m[1] ?? m[2] ?? '') : [];
  const answered = new Set(keyWords(passageOnly(reply)));
  return silentOn.length > 0 && silentOn.every((w) => answered.has(w));
}

/** Session 61 (R3): "I have asked three times", "this is the third time I'm asking": the customer says it is asked again. */
const ASKED_BEFORE = /\b(?:i|ive|i have|weve|we have) (?:already )?asked (?:(?:you|this|that|it) )?(?:twice|(?:two|three|four|several|multiple|many|\d) times|(?:this|that|it) (?:already|before))\b|\b(?:this is|thats|that is|its|it is) (?:the|my) (?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time (?:(?:that )?(?:i(?:m| am)? asking|i (?:have )?asked|ive asked|asking))\b/;
/**
 * Session 61 (R3): what the answer said to get done, done, and someone else says it is not it ("I downloaded the invoice
 * but DHL says it's not the right document. what else do they need?"): the need is still open.
 */
const NOT_IT_WHAT_ELSE = /\b(?:not (?:the )?(?:right|correct|proper)|(?:the )?wrong|not (?:enough|accepted|valid)|(?:wont|will not|didnt|did not|doesnt|does not) accept)\b[^?]{0,80}\bwhat (?:else|other|other \w+|more) (?:do|does|should|can|could|would|will) (?:i|we|they|you|he|she|it)\b/;
/**
 * Session 61 (R3): a new purchase set aside for what was meant ("I don't want a whole new lamp, just the elastic band",
 * "not buy a new one, put €50 more on the one I already have"): the reply assumed the wrong thing.
 */
const NOT_A_NEW_ONE = /^(?:(?:no|nope|sorry)\W+)?not (?:to )?(?:buy(?:ing)?|get(?:ting)?|order(?:ing)?|purchas\w+)? ?(?:a|an) (?:whole |brand |complete |entire )?new\b[^.,;:!?]{0,30}[.,;:!-]\s*\S|\b(?:i|we) (?:dont|do not) (?:want|need) (?:to (?:buy|get|order) )?(?:a|an) (?:whole |brand |complete |entire )?new\b[^.,;:!?]{0,30}[.,;:!-]\s*(?:(?:i|we) (?:just|only) (?:want|need)(?: to)?|just|only)\b(?! (?:curious|wondering|asking|checking|browsing|looking)\b)/;
/** An error code as written in a passage: "E20", "PAY-204". */
const CODE = /\b[a-z]{1,5}-?\d{1,5}\b/g;
/** "charged to 80% and it STILL shows E20": the step done and the same code still there. */
const STILL_SHOWS = /\bstill (?:shows?|showing|says|saying|gives?|giving|displays?|displaying|reads|flashes|flashing|getting|get|throws|on)\b[^.!?]{0,20}$|(?:^|[.!,;]\s*)still\W*$/;

/**
 * After an answer, a second attempt whatever the KB finds now (the same passage again is no help): asked again in so
 * many words, the need still open after the step was done, a new purchase set aside, or the passage's error code back,
 * insisted on, after its advice was followed (`body` as written, for the emphasis).
 */
function asksAgainWhateverFound(said: string, last: { body: string; meta: { articleId?: string } }, answer: BotReply, body: string): boolean {
  if (ASKED_BEFORE.test(said) || NOT_IT_WHAT_ELSE.test(said) || NOT_A_NEW_ONE.test(said)) return true;
  if (answer.kind === 'answer' && answer.articleId !== last.meta.articleId) return false;
  const passageCodes = new Set([...last.body.toLowerCase().matchAll(CODE)].map((m) => m[0]).filter((c) => /[a-z]/.test(c)));
  // Only insisted on ("it STILL shows E20", "…E20!!"): said plainly once, older labels wait for the customer to press again.
  return INSISTED.test(body) && TRIED_STEP.test(said) && [...said.matchAll(CODE)].some((m) => passageCodes.has(m[0]) && STILL_SHOWS.test(said.slice(0, m.index)));
}
const INSISTED = /\b(?:STILL|AGAIN|SAME|NOTHING|NEVER|NOT)\b|!{2,}|\?!/;
/** Having done something: "charged it to 100", "tried again", "did that" (not "still E20?" alone). */
const TRIED_STEP = /\b(?:tried|followed|did (?:that|this|it|all|everything)|done (?:that|this|it|all)|already)\b|(?:^|[.!,]\s*)(?:(?:i|we|ive|weve|i have|we have) )?[a-z]{3,}ed\b/;

/**
 * Session 61 (R3): right after a miss, the question narrowed to a part ("just the middle section, the one on the shock
 * cord. can i buy one on its own?", "only the lid? could I order that?"), not "just a quick question: …".
 */
const NARROWS_TO_PART = /^(?:(?:no|ok(?:ay)?|sorry|well|i mean|hmm)\W+)*(?:just|only) (?:the|a|an|one|that|this)\b(?! (?:more|other|last|quick)\b)(?! (?:quick|other|last|small|general|different|separate|side) (?:question|thing|q)\b)(?! (?:question|thing|q)\b)[^?]{0,120}\?/;

/**
 * Session 61 (R3): "i sent the form. but … do i need to go to the police?" after a hedged passage on that form: the
 * step it gave, done, so the passage answered; what follows is a new question (not "sent the form, still no reply").
 */
const DID_STEP = /^(?:(?:ok(?:ay)?|right|yes|yeah|yep|done)\W+)?(?:i|we|ive|weve|i have|we have)(?: already| just)? (?:sent|filled (?:in|out)|submitted|completed|returned|posted|raised|did) (?:the|that|your|a|an) ([a-z]+)\b/;
const NOTHING_CAME = /\b(?:still|no (?:reply|answer|response|luck|word)|nothing (?:back|happened|came)|never heard|not heard|didnt (?:work|help|go through)|did not (?:work|help|go through)|no one|nobody|error|again)\b/;
export function didPassageStep(said: string, passage: string): boolean {
  const m = DID_STEP.exec(said);
  if (!m || NOTHING_CAME.test(said)) return false;
  const step = keyWords(m[1]!);
  const words = new Set(keyWords(passageOnly(passage)));
  return step.length > 0 && step.every((w) => words.has(w));
}

/**
 * Session 61 (R3): "Right, so it can't be changed after shipping. Is there really no way?": the no the answer gave,
 * said back and pleaded with; the KB settled it (a person asked for next is the trigger, not a miss).
 */
const ECHOES_NO = /^(?:(?:right|ok(?:ay)?|hmm+|ah|oh|i see|yeah|alright)\W+)*so (?:it|you|i|we|they|that|this|the \w+|my \w+) (?:cant|cannot|can not|wont|isnt|is not|arent|are not|doesnt|does not|dont|do not)(?: be)? ([^.!?]{1,60})[.!?,]/;
const REPLY_SAYS_NO = /\b(?:cant|cannot|can not|wont|not possible|unable|no longer|do not|dont|isnt|is not)\b/;
export function pleadsOverNo(said: string, reply: string): boolean {
  const m = ECHOES_NO.exec(said);
  const body = normalise(passageOnly(reply));
  if (!m || !REPLY_SAYS_NO.test(body)) return false;
  const replied = new Set(keyWords(body));
  // Two of its words: one is often the topic shared by chance ("ship" in "so you don't ship to Canada?").
  return keyWords(m[1]!).filter((w) => replied.has(w)).length >= 2;
}
