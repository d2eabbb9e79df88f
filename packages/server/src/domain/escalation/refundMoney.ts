/**
 * "I sent the jacket back two weeks ago, where's my €89?", "Klarna still wants the full amount although you have the
 * boots": the return is done, and what the customer is chasing is the money. Its words are the returns team's
 * (returned, order, sent back), the matter is the team that owns refunds' (timing, amount, where it went).
 * Asking how to return something, or who pays the return postage, stays with returns.
 */
import { normalise } from '../bot/text.js';

/** The refund itself, in en/de/es. */
const REFUND = String.raw`(?:\b(?:refund(?:ed)?|money back|my money|the money|reembolso|mi dinero|el dinero|erstattung|ruckerstattung|gutschrift|mein geld|das geld)\b|\b(?:my|the|die|mis|los) (?:[€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur\b|euros?\b|usd\b|dollars?\b))|\b(?:bekomme|kriege|erhalte)\b[^.!?]{0,30}\bzuruck\b)`;

/** Chasing it: not there yet, when, where, how much. */
const CHASE = String.raw`\b(?:still|yet|wheres|where is|when (?:will|do|does|can|is)|hit my|how long|not (?:arrived|appeared|there|back|received|come|showing|on)|(?:hasnt|has not|havent|have not|didnt|did not|isnt|is not) (?:arrived|appeared|come|shown|been|reached|landed|hit|got|received)|less than|short by|missing|nothing (?:on|in|back)|not on my (?:card|account)|wrong amount|only got|todavia no|aun no|cuando (?:me|llega\w*|recib\w*|vuelve|devolve\w*|voy a)|donde esta|sigo esperando|esperando|noch|wann|wie lange|wo (?:ist|bleibt)|immer noch)\b`;

/** Klarna or PayPal still asking to be paid for what went back, with reminders and fees. */
const STILL_BILLED = /\b(klarna|paypal|afterpay|affirm)\b[^.!?]{0,60}\b(still|reminders?|mahnung\w*|erinnerung\w*|recordatorio\w*|sigue|wants?|asks?|fees?)\b|\b(reminders?|mahnung\w*|recordatorio\w*)\b[^.!?]{0,40}\b(klarna|paypal)\b/;

/** Chasing a refund in one sentence ("the refund still isn't on my card"). */
const CHASES = new RegExp(String.raw`${REFUND}[^!?\n]{0,60}${CHASE}|${CHASE}[^!?\n]{0,60}${REFUND}`);

/** Where the refund should go, or a fee to have back ("refund both to my Mastercard", "getting that fee back"). */
const REFUND_TO = /\brefund (?:it|them|both|everything|all|the \w+ )?\s?(?:back )?to (?:my|the|our) (?:card|credit card|debit card|mastercard|visa|amex|paypal|bank|account)\b|\b(?:get|getting|want|have) (?:that|the|my|this)(?: \w+)? (?:fee|shipping|postage|money|amount|cost|charge) back\b/;

export function chasesRefundMoney(conversation: string): boolean {
  const all = normalise(conversation);
  return CHASES.test(all) || STILL_BILLED.test(all) || REFUND_TO.test(all);
}
