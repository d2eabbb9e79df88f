/**
 * Messages that ask nothing yet, which "I'm not sure I can answer that" would get wrong (and the repeated-failure
 * detector would count as a failed attempt): only the details asked for or about to matter ("NW-604417", "order is
 * NW-604417"), or the scene set before the question ("bought a Stormshell as a present for my husband", "my physio
 * wants me swimming laps 3x a week now").
 */
import { normalise, words } from './text.js';
import { EMAIL_ADDRESS } from '../common/text.js';

/** Order and reference numbers (five digits or more: "PAY-310" and "E12" are error codes, questions in themselves), e-mails, phones. */
const DETAIL = new RegExp(String.raw`\b[a-z]{1,4}-?\d{5,}\b|${EMAIL_ADDRESS.source}|\+?\d[\d ().-]{6,}\d`, 'g');
/** Words that only introduce a detail: "my order number is", "el pedido es", "Bestellnummer". */
const INTRODUCES = /\b(?:my|the|its|it|is|was|here|this|that|one|order|orders|number|no|nr|num|ref|reference|email|e-mail|mail|address|phone|tel|mobile|on|for|of|and|pedido|numero|es|el|mi|correo|bestellung|bestellnummer|nummer|ist|die|meine?|ok|okay|sorry|oops|sure|yes|yeah|yep|thanks|thx|ty|hi|hey|hello)\b/g;

export function onlyDetails(message: string): boolean {
  const text = normalise(message);
  if (!text.match(DETAIL)) return false;
  return text.replace(DETAIL, ' ').replace(INTRODUCES, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim() === '';
}

/** Anything that asks, wants, reports a problem or names a support topic: then the message is the question. */
const NEEDS = /\b[a-z]{1,4}-?\d{2,4}\b|\b(not|no|never|nothing|dont|doesnt|didnt|wont|cant|cannot|couldnt|hasnt|havent|isnt|wasnt|arent|still|but|problem|issue|error|wrong|broken?|broke|cracked|cracks?|holes?|dents?|dented|scratch(es|ed)?|stains?|stained|torn|ripped|damaged?|defective|faulty|died|dead|stopped|leak\w*|wet|soaked|hot|warm|overheat\w*|smok\w*|swell\w*|swollen|puff\w*|burn\w*|melt\w*|injur\w*|hurt|stain\w*|dirty|smell\w*|mou?ld\w*|scratch\w*|dent\w*|tear|hole|rust\w*|fog\w*|flicker\w*|drain\w*|crash\w*|freez\w*|slow|nois\w*|battery|missing|lost|late|snap\w*|collaps\w*|dim|dimmer|dims|bent|shr[ua]nk|fad(ed|ing)|peel\w*|split|worn|wore out|keeps|weird|strange|odd|reboot\w*|restart\w*|fell off|fell out|blew|blown|fell apart|falling apart|came apart|came off|without|stolen|rejected|frozen|froze|blocked|disappeared|wobbl\w*|loose|shaky|want it|want them|delay\w*|stuck|refund\w*|return\w*|exchange\w*|swap|cancel\w*|change|charged?|twice|paid|pay|payment|declined|failed|account|password|log ?in|sign ?in|delete|data|unsubscrib\w*|invoice|vat|warranty|guarantee|repair|fix|help|please|pls|plz|need|want to|wanted to|would like|id like|looking for|interested|price|cost|costs|discount|code|voucher|ship\w*|deliver\w*|track\w*|arriv\w*|stock|available|size|fit|fits|urgent|asap|human|person|agent|someone|anyone|how|what|when|where|why|which|who|can|could|would|should|does|do|is there|are there|wonder\w*|curious)\b/;
/** A narrative opening: "bought…", "my physio…", "we're heading…", "just got…". */
const NARRATIVE = /^(?:(?:hi|hey|hello|hiya|so|ok|okay|well|right)\W+)*(?:i|im|ive|id|we|were|weve|my|our|me and|bought|got|ordered|going|planning|heading|off|just|last|next|this|found|saw|spotted|noticed|heard|visiting|moving|travell?ing|flying|driving|staying|hiking|camping|ordering|buying|getting|thinking|considering|comparing|looking at|placed|picked|booked|signed up|(?:the|a|your) (?:guy|lady|woman|man|person|staff|girl|bloke|colleague|friend)|a friend|someone|somebody)\b/;

export function setsTheScene(message: string): boolean {
  const text = normalise(message);
  if (text.includes('?')) return false;
  const n = words(text).length;
  return n >= 3 && n <= 20 && NARRATIVE.test(text.trim()) && !NEEDS.test(text);
}

/** Announcing a question or exclaiming, nothing more: "omg", "hey quick q", "ugh", "um so". */
const EXCLAIMS_ONLY = /^(?:(?:omg+|oh my (?:god|gosh)|oh no+|ugh+|argh+|um+|uh+|hm+|oops|whoops|yikes|welp|so+|ok(?:ay)?|hi+|hey+|hello+|hiya|yo|well|right|quick|real quick|q|qq|qs|question|questions|a|one|got|have|i|ive|im|there)\s*)+$/;
const EXCLAIMS = /\b(?:omg+|oh my (?:god|gosh)|oh no+|ugh+|argh+|um+|uh+|hm+|oops|whoops|yikes|welp|q|qq|qs|question|questions)\b/;
/** Greetings and fillers before a message gets to its point. */
const OPENERS = String.raw`hi+|hey+|hello+|so|ok(?:ay)?|um+|hm+`;
/** A thing named and nothing said of it: "my trailsense", "about my order", "hey so my pace 5". */
const THING_ONLY = new RegExp(String.raw`^(?:(?:${OPENERS})\s+)*(?:(?:about|re|regarding)\s+)?(?:my|our)\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?$`, 'u');
/** Session 52: "Hola! quick question about returns": the topic named, the question still to come. */
const QUESTION_ABOUT = new RegExp(String.raw`^(?:(?:${OPENERS}|hola|hallo)\s+)*(?:(?:a|one)\s+)?(?:(?:quick|small|little)\s+)?(?:q|question|questions|query)\s+(?:about|re|regarding|on)\s+(?:the\s+|my\s+|your\s+|a\s+)?[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?$`, 'u');

function bareText(message: string): string | null {
  const text = normalise(message);
  if (text.includes('?')) return null;
  const bare = text.replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
  return bare === '' ? null : bare;
}

/**
 * Nothing asked yet (the question is in the next message): "omg", "hey quick q". Answering "I'm not sure" to these
 * counted as a failed attempt, and the real question then as the second.
 */
export function exclaimsOnly(message: string): boolean {
  const bare = bareText(message);
  return bare !== null && EXCLAIMS_ONLY.test(bare) && EXCLAIMS.test(bare);
}

/** A thing named and nothing said of it ("my trailsense"): when the KB has nothing on it, the question is still to come. */
export function namesOnlyAThing(message: string): boolean {
  const bare = bareText(message);
  return bare !== null && ((THING_ONLY.test(bare) && !NEEDS.test(bare)) || (QUESTION_ABOUT.test(bare) && !NEEDS.test(bare.replace(/\b(returns?|refunds?|exchanges?|orders?)\b/g, ' '))));
}

/** Nothing asked yet: an exclamation, or a thing named and nothing said of it. */
export function asksNothingYet(message: string): boolean {
  return exclaimsOnly(message) || namesOnlyAThing(message);
}

/**
 * A message cut off mid-sentence, the rest still being typed ("hey can u put me thru to", "the strap on my", "it
 * arrived and"): it ends on "the", a possessive, "and"/"but"/"whether", or on the "to" of a request to be put through
 * or to talk ("put me through to", "can i speak to"), with no punctuation after it. Phone typists send half a thought
 * and then the other half. Other endings close whole messages too often to count: prepositions and auxiliaries ("the
 * cable it came with", "a shop in Leeds I could go to", "like you told me to", "where my parcel IS"), "a" ("usb c to
 * usb a"), "if"/"because" ("as if", "just because", "a lost cause"), "her" ("I'll ask her"), "or" closing a question
 * ("do i have to send it back or"), "oh my", German's separable "an" ("zeigt E20 an").
 */
const TRAILING_WORD = /\b(?:the|my|your|our|their|and|but|whether)$|\b(?:wondering|wonder|know|asking|ask|check|checking) if$|\b(?:(?:put|patch|transfer|connect|pass|forward)\s+(?:me|us)\s+(?:(?:through|thru|over|on|straight)\s+)?|(?:can|could|may|let|pls|please)\s+(?:i|me|we|u|us)\s+(?:please\s+)?(?:talk|speak|chat)\s+)to$/;
const STRANDS = /\b(?:who|whom|what|which|where|whoever|whatever)\b/;

export function trailsOff(message: string): boolean {
  const raw = message.trim();
  // Ends in a letter: no full stop, question mark, emoji or bracket closes it.
  if (!/\p{L}$/u.test(raw)) return false;
  const text = normalise(raw).trim();
  const n = words(text).length;
  if (n < 2 || n > 40 || /^(?:yes|yeah|yep|yup|no|nope|nah|sure|of course)\b/.test(text) || /\boh my$/.test(text)) return false;
  if (/\bto$/.test(text) && STRANDS.test(text)) return false;
  return TRAILING_WORD.test(text);
}

export const DETAILS_TEXT = "Thanks. I can't look orders up myself, but a person from the team can: just ask for one. Anything else I can tell you?";
export const SCENE_TEXT = 'Okay! What would you like to know?';
