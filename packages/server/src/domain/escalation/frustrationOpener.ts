/**
 * Session 60 (F3), kept apart from frustration.ts (near its size limit): an opener already hostile that carries the
 * facts (the README's frustration at turn 1), a one-word shout closing a reply ("3rd time. SERIOUSLY??"), and a calm
 * second attempt that only says the answer was read before asking again in other words (repeated failure, not anger).
 */

/** What an agent needs from the opener: an order or claim number, or an amount. */
const CARRIES_FACTS = /\b[A-Za-z]{2,4}-\d{4,}\b|[€$£]\s?\d|\b\d+(?:[.,]\d{1,2})?\s?(?:€|eur|euros?|usd|dollars?)\b/i;
/** The insult aimed at the shop, its bot or its goods ("your chat bot is a joke", "this is absolute garbage", "you sell junk"). */
const AT_SHOP = /\b(you|your|youre|u|ur|this is|thats|its|what a)\b/;
const INSULT_LABELS = new Set(['insult', 'aimed insult', 'insults']);
/** A demand shouted ("FIX THIS", "fix this NOW") or a shouted "HELLO??" to open. Case-sensitive: the capitals are the shout. */
const SHOUTED_DEMAND = /\b(?:FIX|SORT|REFUND|CANCEL|ANSWER) (?:THIS|IT|ME)\b|\b(?:[Ff]ix|[Ss]ort|[Rr]efund|[Cc]ancel|[Aa]nswer|[Dd]eal with) (?:this|it|that|me)(?: out)? NOW\b|^\W*(?:HELLO+|HEY+|ANYONE THERE)\s*\?{2,}/;
/** Something gone wrong told with the demand ("charged twice", "for 2 weeks"). */
const GRIEVANCE = /\b(twice|again|double|still|never|weeks?|days?|months?|cracked|broke|broken|charged|missing|lost|wrong)\b/;

/**
 * "your chat bot is a joke. NW-118873 has been 'in transit' for 3 weeks", "FIX THIS. Charged €54.90 twice for
 * NW-663018.": hostile and already carrying what an agent needs. A question ("is this a joke? where is NW-…?") still
 * waits for the bot's chance; an insult with nothing to act on too.
 */
export function hostileOpenerWithFacts(message: string, text: string, labels: readonly string[]): boolean {
  if (!CARRIES_FACTS.test(message)) return false;
  const insulted = labels.some((l) => INSULT_LABELS.has(l)) && AT_SHOP.test(text) && !message.includes('?');
  return insulted || (SHOUTED_DEMAND.test(message) && GRIEVANCE.test(text));
}

/** "bank says card is fine. 3rd time. SERIOUSLY??": a shouted word of disbelief closing the message. */
export const SHOUTED_CLOSE = /[.!?]\s+[A-Z]{5,}\s?[?!]{2,}\W{0,3}$/;

/** "I read that", "I already saw that", "that doesn't answer my question": the answer turned down plainly. */
const PLAIN_NO = /\b(?:(?:i|ive|i have) (?:already )?(?:read|saw|seen) (?:that|this|it|the article|that article|all that)(?: already)?|(?:that|this|it|the|your)(?: [a-z]+){0,2} (?:doesnt|does not|didnt|did not) (?:really )?answer (?:my|the) question)\b/g;

/**
 * "I read that. But there must be some route, a credit note or reissue?", "The unsubscribe link doesn't answer my
 * question. I'm asking where the consent record is.": turned down plainly, then the matter asked again with no other
 * sign of anger — a second attempt. ("I read that." alone is curt; "I read that. are you even reading?" is anger.)
 */
export function calmSecondAttempt(text: string, message: string, scoreRest: (rest: string) => number): boolean {
  PLAIN_NO.lastIndex = 0;
  if (!PLAIN_NO.test(text) || /!!|\?\?|\?!|!\?/.test(message)) return false;
  const rest = text.replace(PLAIN_NO, ' ');
  if ((rest.match(/[a-z0-9]+/g) ?? []).length < 4) return false;
  return scoreRest(rest) === 0;
}

/**
 * Session 61 (F): "only DE, AT, NL, SE and FI", "sizes S, M, L/XL": a list of short codes in capitals (countries, sizes)
 * is read from the answer, not shouted. Words a shout is made of ("NO, NO AND NO", "WHY, HOW") keep their capitals.
 */
const CODE_LIST = /(?<![\p{L}\d])[A-Z]{1,3}(?:(?:\s*[,/&]\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)[A-Z]{1,3}){2,}(?![\p{L}\d])/gu;
const SHOUT_WORDS = /\b(?:NO|NOT|AND|OR|YOU|THE|WAS|IS|IT|ME|MY|DID|WHY|HOW|NOW|YES|WTF|OMG|ARE|CAN|PAY)\b/;
export function withoutCodeLists(message: string): string {
  return message.replace(CODE_LIST, (list) => (SHOUT_WORDS.test(list) || new Set(list.match(/[A-Z]+/g)).size < 3 ? list : ' '));
}

/**
 * Session 62: "unbelievable", "come on", "you must be kidding me" as the whole reply to an answer: the verdict on it, as
 * aimed as a dismissive "whatever" (not "unbelievable, it arrived already!" or a word of surprise in other languages).
 */
// (Review 1 of session 62: not met with a laughing or delighted emoji, "unreal 😍", "unbelievable 😂".)
export const LONE_EXASPERATION = /^(?!.*(?:😍|😂|🤣|🥰|😀|😃|😄|😁|😆|😊|🙌|🎉|❤|👍|🥳|🤩|😮|💚|💙))\W*(?:(?:just |simply |absolutely |truly |honestly )?(?:unbelievable|unreal|un-?f\w*-?believable)|come on(?: now)?|give me a break|(?:are|r) (?:you|u) (?:kidding|joking|serious)(?: me)?|you (?:must|have got to|gotta) be (?:kidding|joking)(?: me)?|das (?:ist (?:doch )?nicht zu fassen|darf (?:doch )?nicht wahr sein))\W*$/i;
