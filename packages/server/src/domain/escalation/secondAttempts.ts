/**
 * Session 61 (R): second attempts at a need the KB does not cover, where the bot gave the same or a near passage
 * twice, read from the shape of the follow-up (repeatedFailure.ts applies them). `said` is normalised.
 */
import { contentWords } from '../bot/text.js';
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
export function triesAgainAfterAnswer(said: string, last: { body: string; meta: { articleId?: string } }, answer: BotReply): boolean {
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

/** Right after a miss, the same need again although a passage of the missed article now answers (repeatedFailure.ts). */
export function sameNeedAfterMiss(said: string, sameArticle: boolean): boolean {
  const less = ASKS_LESS.exec(said);
  // (Review 61: not "just a bit more info: it was ordered 3 days ago", more said, not less asked.)
  return (less !== null && !MORE_SAID.test(less[0])) || (sameArticle && BY_PRONOUN.test(said));
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
