/** The words of a hedged reply's passage, and what a customer says the trouble is not (repeatedFailure.ts). */
import { normalise, stem, STOP_WORDS, words } from '../bot/text.js';

/** The passage a hedged reply showed, without the bot's own opening line and its "(From: …)" source. */
export function passageOnly(reply: string): string {
  const paragraphs = reply.split(/\n\s*\n/);
  const body = paragraphs.length > 1 && /:\s*$/.test(paragraphs[0]!) ? paragraphs.slice(1) : paragraphs;
  return body.filter((p) => !/^\(From: [^)]*\)\s*$/.test(p.trim())).join('\n\n');
}

/** Words worth matching between messages and passages, digits included ("15 minutes"). */
export function keyWords(text: string): string[] {
  return words(text)
    .filter((w) => (w.length >= 3 || /^\d+$/.test(w)) && !STOP_WORDS.has(w))
    .map(stem);
}

/** "it's not flickering. it blinks RED three times": what the customer says the trouble is not. */
const IT_IS_NOT = /(?:^|[.!?,;]\s*)(?:no,?\s+)?(?:its|it is|thats|that is|this is|the (?:problem|issue|trouble) is|im|i am)\s+not\s+(?:a |an |the |about |about the |asking about |asking about the )?([^,.;:!?]{1,30})/g;

/** The passage given is on what the customer had just said the trouble is not. */
export function answersWhatWasDenied(question: string, reply: string): boolean {
  const denied = new Set([...normalise(question).matchAll(IT_IS_NOT)].flatMap((m) => keyWords(m[1]!)));
  if (denied.size === 0) return false;
  return keyWords(headingOf(reply)).some((w) => denied.has(w));
}

/** The first line of the passage a reply quotes: the heading it answered under. */
function headingOf(reply: string): string {
  return passageOnly(reply).trim().split('\n')[0] ?? '';
}

/**
 * "it's not locked, it switches on fine, it's just red": the message opens by saying the trouble is not what the last
 * answer's heading named. Anchored at the start: mid-message, "it's not X" more often adds a detail.
 */
const OPENS_DENIAL = /^\W*(?:(?:no|nope|nah|sorry|but|hmm+|well|ok(?:ay)?)\W+){0,2}(?:it(?:s| is| was) not|it (?:isnt|wasnt)|that(?:s| is) not|that isnt|the (?:problem|issue|trouble) (?:is not|isnt))\s+(?:(?:in|on|about|a|an|the|really|even)\s+)*([^,.;:!?]{1,30})/;

/**
 * Session 61 (RF): the customer sets the last answer aside by denying what its heading named, a word of their own
 * question it was not, and says their need again (a key word of that question in the rest): the answer missed, and
 * whatever passage the restatement finds on other words is no answer either (pipeline.ts, repeatedFailure.ts).
 */
export function setsReplyAside(message: string, reply: string, question: string): boolean {
  const said = normalise(message);
  const m = OPENS_DENIAL.exec(said);
  if (!m) return false;
  const asked = new Set(keyWords(question));
  const heading = new Set(keyWords(headingOf(reply)));
  // "it's not charging at all" after the charging passage is the trouble said again, not the passage set aside.
  if (!keyWords(m[1]!).some((w) => heading.has(w) && !asked.has(w))) return false;
  return keyWords(said.slice(m[0].length)).some((w) => asked.has(w));
}
