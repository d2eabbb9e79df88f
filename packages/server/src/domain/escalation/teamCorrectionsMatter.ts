/**
 * Session 60 (S3)'s corrections on top of the classifier's pick of team, run last (same shape as teamCorrections.ts: the
 * teams are named by the duties their descriptions state, so a site cut differently is simply not corrected). Each reads
 * what the matter is now, where earlier words of the chat, or one word, pull the classifier elsewhere:
 * - a service the shop may not offer (engraving, rental) asked now, after a code question was answered: pre-sales;
 * - a gift wrap or gift note asked now of an order, after a product question: the team that ships;
 * - a warranty claim already made, its progress asked ("Garantiefall GA-2291, wie ist der Stand?"): the claims team;
 * - "my refund" in Spanish or German with no return, exchange or parcel said ("sobre mi reembolso del pedido"): refunds;
 * - a refund asked for an item past the return window ("it's been 45 days but it's unused"): returns, which own the window;
 * - a discount a store employee promised, asked to be honoured: pre-sales (not a shop code that fails);
 * - session 61: a trade-in of an old item for credit asked of the shop, a service it does not offer: pre-sales.
 * - (session 61) an ordered item failing young, the care or fix advice refused as not owed for an item that new: a claim.
 */
import { normalise } from '../bot/text.js';
import { asksAboutPacking } from '../bot/packing.js';
import { CODES_DUTY, PRE_SALES_DUTY, PRIVACY_DUTY, REFUNDS_DUTY, RETURNS_DUTY, SHIPPING_DUTY, TROUBLESHOOTING_DUTY, WARRANTY_DUTY, type Correction } from './teamDuties.js';

/** A service the shop may not offer, asked of a product (teamCorrections.ts's NOT_OFFERED, its commonest words). */
const NOT_OFFERED = /\b(engrav\w*|embroider\w*|monogram\w*|personali[sz](e|ed|ing|ation)|(rent|hire|borrow) (a|one|the|your|some) (\w+ )?(tents?|gear|kit|jackets?|watch(es)?|headlamps?)|(rent|hire) (out )?(tents?|gear|kit|jackets?|watch(es)?|headlamps?|equipment)|rentals?)\b/;
/** A code named in the message itself: then the code may still be the matter. */
const CODE_NOW = /\b(codes?|vouchers?|coupons?|gift ?cards?|promo\w*|discount\w*)\b/;
/** …or an order gone wrong (the service itself missing from an order is the orders team's). */
const GONE_WRONG = /\b(broken|faulty|damaged|arrived|missing|came|blank|misspel\w*|wrong|supposed to|meant to|refund\w*|return\w*|cancel\w*)\b/;

/** A product's fit or spec asked in the same message: then it is a question before buying, not the parcel's packing. */
const PRODUCT_ASKED = /\b(waterproof|weigh\w*|size|fit|fits|spec\w*|battery|lumens?|warm|rated|compatible|in stock)\b/;

/** …asked of the shop to do ("could you gift-wrap it"), not how the customer does it ("how can I add a gift note?"). */
const ASKED_OF_SHOP = /\b(could|can|would|will) you\b|\bplease\b|\b(id|i would|wed|we would) like\b|\b(i|we) (want|need)\b/;

/** A warranty claim the customer already has: a claim number, "my claim", "Garantiefall", "mi reclamación" (en/de/es). */
const CLAIM_MADE = /\b(my|the|our|this|that) (warranty )?(claim|appeal)\b|\bclaim (number |no |nr )?[a-z]{1,4}-\d{3,}\b|\b(garantiefall|garantieantrag|reklamation|gewahrleistungsfall|garantiefalls)\b|\b(mi|la) (reclamacion|solicitud de garantia|garantia)\b/;
/** …and its progress asked: the status, an update, whether anyone has looked at it. */
const PROGRESS_ASKED = /\b(status|update|any news|progress|heard back|looked at|reviewed|decided|stand|stand der dinge|neuigkeiten|estado|novedades|how (is|far)|where (is|are) (we|it|my|the))\b/;

/** "my refund" in Spanish or German. */
const REFUND_ES_DE = /\b(mi|el|del|al|sobre) reembolso\b|\b(meine|meiner|die|der|zur) (ruck)?erstattung\b/;
/** …with a return, an exchange, a parcel or a fault said: the orders team's matter may be the one meant. */
const RETURN_SAID = /\b(devol\w*|cambi\w*|envio|paquete|etiqueta|plazo|roto|danad\w*|ruckgabe|rucksend\w*|umtausch\w*|paket|etikett|frist|kaputt|defekt|zuruck\w*|return\w*|exchang\w*|label)\b/;

/** The return window passed or named ("it's been 45 days", "over the 30", "outside the return window"). */
const WINDOW_PASSED = /\b(its|it has) been (\d{2,3}|over a|more than a) (days?|month)\b|\b(over|past|outside|beyond|after) (the )?(30|thirty|return)( day)?( window| days| period| limit)?\b|\breturn (window|period)\b|\btoo late to return\b/;
/** …not a refund being waited for ("it's been 35 days and still no refund"). */
const AWAITED = /\b(still (no|not|nothing|waiting|havent|hasnt|have not|has not)|not yet|yet to|waiting|wait|since (i|we) (returned|sent)|returned|sent (it |them )?back|arrived back|received (it|them|my return))\b/;
const REFUND_ASKED = /\b(refund\w*|money back)\b/;

/** A discount promised by someone in a store ("a store employee promised me 20%… can you honour it?"). */
const STAFF_PROMISED = /\b(employee|staff|colleague|assistant|salesman|saleswoman|sales ?person|someone|guy|man|woman|lady|manager)\b[^.!?]{0,60}\b(promised|offered|told me|said (i|we) (would|could|get)|gave me)\b|\b(promised|offered) (me|us)\b[^.!?]{0,60}\b(in (the|your) (store|shop)|at (the|your) (store|shop))\b/;
const HONOUR = /\b(honou?r\w*|apply it|give (me|us) (it|that|the discount)|stand by)\b/;

/**
 * Session 61: a trade-in ("can I trade my Pace 5 in for some credit?", "part exchange", "Inzahlungnahme"): the classifier
 * read "credit" or "my watch" as another team's. Asked of the shop (a question or a wish in the same sentence), not
 * one done elsewhere, nor the data left on the old device.
 */
const TRADE_IN = /\b(trade[- ]?ins?|trad(e|ing) (it|them|(my|our|the|this|that|an?) (\w+ ){0,3}?\w+) in\b|part[- ]?ex(change)?|(take|accept|give (me|us) credit for) (my|our) (old|current|previous|used) (\w+ ){0,2}?\w+ (back |in )?(as|for|in exchange for) (part[- ]payment|credit|store credit|a discount|money off)|(credit|money off|a discount) (for|on) (handing in |returning |giving you )?(my|our) (old|used|previous) (?!(order|purchase|booking|delivery|parcel|payment|invoice|balance|code|card|gift card|voucher)\b)\w+|inzahlungnahme|in zahlung (nehmen|geben|genommen)|(nehmt|nimmt|nehmen sie|nehmen) (ihr |sie )?(meine|meinen|unsere|unseren) (alte|alten|gebrauchte|gebrauchten) \w+ in zahlung|(entregar|dar|cambiar) (mi|nuestro|nuestra) \w+ (viejo|vieja|antiguo|antigua|usado|usada) (como parte|a cambio|por credito)|plan renove)\b/;
const ASKED_OF_SHOP_NOW = /\?|\b(can|could|do|does|would|will|may|possible|any chance|offer|id like|i would like|i want|we want|nimmt|nehmt|nehmen sie|puedo|podeis|puedes|aceptais|aceptan)\b/;
// (Review 61: nor a size swapped, "trade it in for the bigger size": an exchange.)
const TRADE_IN_NOT_OURS = /\b((bigger|smaller|larger|different|other|next) size|too (small|big|large|tight|loose|short|long)|data|delet\w*|wip\w*|eras\w*|unpair\w*|factory reset|gdpr|privacy|broken|faulty|damaged|arrived|refund\w*|cancel\w*|(another|other|a different) (shop|store|retailer)|elsewhere|somewhere else)\b/;
function asksTradeIn(current: string): boolean {
  const parts = clausesOf(current);
  return parts.some((p) => TRADE_IN.test(p) && ASKED_OF_SHOP_NOW.test(p)) && !TRADE_IN_NOT_OURS.test(normalise(current));
}

/** Session 61: an item that failed young ("after only 3 months", "a six-week-old lamp", "barely a month old"). */
const FAILED_YOUNG = /\b(after (only|just|barely) (\d+|a|one|two|three|four|five|six|a few|few|a couple of) (days?|weeks?|months?)|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ](day|week|month)[- ]old|(only|just|barely|not even) (\d+|a|one|two|three|four|five|six|a few) (days?|weeks?|months?) old|(is|its|was) (brand|almost|nearly|practically) new)\b/;
/** …and the remedy turned down as not owed for it: "so the solution is to buy spray", "for a three-month-old jacket". */
const REMEDY_REFUSED = /\b(so (the|your) (solution|answer|fix|advice|suggestion) is|(shouldnt|should not|why should) (i|we) (have|need) to|for (a|an|my) ((\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ](day|week|month)[- ]old|brand new|new) [a-z]+)\b/;
/** What an agent claims against: the order. A paid repair or re-proofing asked is still the troubleshooters' service. */
const ORDER_NUMBER = /\b[a-z]{1,4}-\d{4,}\b/;
/** Review 61: the advice taken after all ("so the solution is to reset it? ok, will do"). */
const TAKES_ADVICE = /\b(ok(ay)?|will do|will try|ill try|ill do that|got it|thanks|thank you|fair enough)\b[^?]*$/;
const SERVICE_WANTED = /\b(repair\w*|re-?proof\w* service|happy to pay|willing to pay|out of warranty|can you (re-?proof|fix|repair))\b/;
function refusesRemedyForYoungItem(c: { conversation: string; current: string }): boolean {
  const all = normalise(c.conversation);
  return ORDER_NUMBER.test(all) && FAILED_YOUNG.test(all) && REMEDY_REFUSED.test(normalise(c.current)) && !TAKES_ADVICE.test(normalise(c.current)) && !SERVICE_WANTED.test(all);
}

/** The message's sentences, normalised, so a word asked in one is not read against another's. */
function clausesOf(current: string): string[] {
  return normalise(current.replace(/([.!?])\s+/g, '$1\n')).split('\n');
}

/** The service asked now, and no code asked in the same message ("Good to know about the gift card. Engraving though?"). */
function asksServiceNow(current: string): boolean {
  const parts = clausesOf(current);
  return parts.some((p) => NOT_OFFERED.test(p)) && !GONE_WRONG.test(normalise(current)) && !parts.some((p) => CODE_NOW.test(p) && (p.includes('?') || NOT_OFFERED.test(p)));
}

export const MATTER_CORRECTIONS: Correction[] = [
  { from: [CODES_DUTY], to: PRE_SALES_DUTY, when: (c) => asksServiceNow(c.current) },
  { from: [PRE_SALES_DUTY], to: SHIPPING_DUTY, when: (c) => asksAboutPacking(normalise(c.current)) && ASKED_OF_SHOP.test(normalise(c.current)) && !PRODUCT_ASKED.test(normalise(c.current)) },
  { from: [TROUBLESHOOTING_DUTY, PRE_SALES_DUTY], to: WARRANTY_DUTY, when: (c) => CLAIM_MADE.test(normalise(c.topical)) && PROGRESS_ASKED.test(normalise(c.topical)) },
  { from: [RETURNS_DUTY], to: REFUNDS_DUTY, when: (c) => REFUND_ES_DE.test(normalise(c.topical)) && !RETURN_SAID.test(normalise(c.conversation)) },
  { from: [REFUNDS_DUTY], to: RETURNS_DUTY, when: (c) => REFUND_ASKED.test(normalise(c.conversation)) && WINDOW_PASSED.test(normalise(c.conversation)) && !AWAITED.test(normalise(c.conversation)) },
  { from: [CODES_DUTY], to: PRE_SALES_DUTY, when: (c) => STAFF_PROMISED.test(normalise(c.conversation)) && HONOUR.test(normalise(c.conversation)) },
  { from: [PRIVACY_DUTY, RETURNS_DUTY, WARRANTY_DUTY, TROUBLESHOOTING_DUTY, REFUNDS_DUTY, CODES_DUTY], to: PRE_SALES_DUTY, when: (c) => asksTradeIn(c.current) },
  { from: [TROUBLESHOOTING_DUTY], to: WARRANTY_DUTY, when: (c) => refusesRemedyForYoungItem(c) },
];
