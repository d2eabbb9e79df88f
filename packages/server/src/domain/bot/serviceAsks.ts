/**
 * Requests for something a help centre describes the rules around but rarely grants or settles itself: what a store
 * has on its shelf today, two orders in one parcel, an exception to a deadline, a logo or engraving, a replacement sent
 * before the faulty one comes back, the difference after the shop's own price drop. Their words find a passage near
 * them (store hours, shipping, the returns window, jacket care, the warranty, price match) that does not answer them;
 * so do sending an order out only on a day the customer names, and a paid service done for them.
 * Each is settled only by a passage about that very thing (narrowAsks.ts lists them for answer.ts). `said` is
 * normalised (lower case, no apostrophes).
 */
import { sentences } from './text.js';
import { namedShop } from '../site/siteNames.js';
import type { NarrowAsk } from './narrowAsks.js';

// No town names: a site's stores are named by the customer beside the word ("the Berlin shop", "your Leeds store").
const STORE = String.raw`(store|shop|branch)`;
/**
 * Whether a store has an item now ("do you have at least 3 Lumen 900R in the Berlin shop today?", "is the Summit in
 * stock at the Portland store?"), not its hours, its demo table, click & collect or whether there is a store somewhere.
 */
export function asksStoreStock(said: string): boolean {
  return sentences(said).some((s) => (STORE_STOCK.some((p) => p.test(s)) && !NOT_STOCK.test(s)) || TAKE_HOME.test(s));
}
/** Session 53: "is there one in stock I could take home on the day?": the store's shelf, whatever else the sentence asks. */
const TAKE_HOME = /\b(in stock|on the shel(f|ves))\b[^.!?]{0,40}\b(take (it |one |them )?home|walk out with|buy (it |one )?(there|on the day|in person|in store))\b/;
const STORE_STOCK = [
  new RegExp(String.raw`\b(is|are|do you have|does (the|your) (\w+ )?(store|shop) have|have you got|got)\b[^.!?]{0,60}\b(in stock|available|on (the )?shel(f|ves))\b[^.!?]{0,40}\b${STORE}\b`),
  new RegExp(String.raw`\b(do|does) (you|the (\w+ )?(store|shop)|your (\w+ )?(store|shop))( \w+)? (have|stock|carry)\b[^.!?]{0,50}\b(in|at) (the |your )?(\w+ )?(store|shop|branch)\b`),
  // Asked, not told ("the site says it's in stock at the store").
  new RegExp(String.raw`\b(in stock|stocked|available)\b[^.!?]{0,30}\b(in|at) (the |your )(\w+ )?${STORE}\b[^.!?]*\?`),
  new RegExp(String.raw`\b(do|does) (the |your )?(\w+ )?(store|shop|branch)( in \w+)? (have|stock|carry)\b(?! (a|an) )`),
  // "is the Portland store open on Sundays? also do they have the Trailsense in stock there": the store named before.
  /\b(do|does) (they|you|it)( \w+)? (have|stock|carry)\b[^.!?]{0,40}\b(in stock|on the shel(f|ves)|available) (there|at (the|that) (store|shop))\b/,
  // Session 54: "is the Pace 5 in slate actually in stock at Portland right now?": a place's shelf today.
  /\b(in stock|on the shel(f|ves))\b at (?!(checkout|the moment|all|once|least|most|home)\b)[a-z]+ (right now|today|at the moment|currently|this (morning|afternoon|weekend))\b[^.!?]*\?/,
];
const NOT_STOCK = /\b(demo table|pitch area|open\w*|hours|collect\w*|click|close\w*|address|parking|toilets?|fitting rooms?|changing rooms?|wheelchair|step[- ]free|lift|elevator)\b|\b(a|any|another) (store|shop|branch) (in|near)\b/;
/** A passage that says how to see or ask a store's stock. */
const STORE_STOCK_PASSAGE = /\b(stock levels?|check (the )?stock|in-store availability|store availability|call (the|your) store)\b/i;

/** Two orders in one parcel ("ship my two open orders together in one box", "combine both orders"). */
export function asksToCombineOrders(said: string): boolean {
  return sentences(said).some((s) => COMBINE.test(s)) || (SEVERAL_ORDERS.test(said) && sentences(said).some((s) => THEM_TOGETHER.test(s)));
}
/** "placed two orders … can you ship them together in one box?": "them" after the orders named before. */
const SEVERAL_ORDERS = /\b(two|2|three|3|both|these|those|my|our) (\w+ )?orders\b|\b[a-z]{1,4}-\d{4,}\b[^.!?]*\b(and|&) [a-z]{1,4}-\d{4,}\b/;
const THEM_TOGETHER = /\b(ship|send|deliver|pack|put|combine|merge)\w* (them|both|these|those)( \w+){0,2} (together|in (one|a single|the same) (box|parcel|package|shipment|delivery))\b/;
const COMBINE =
  /\b(combine|combining|merge|merging|consolidat\w*)\b[^.!?]{0,40}\b(orders|shipments|parcels|deliveries)\b|\b(ship|send|deliver|pack|put)\w*\b[^.!?]{0,60}\b(orders|both (orders|of them)|them both)\b[^.!?]{0,40}\b(together|in (one|a single|the same) (box|parcel|package|shipment|delivery))\b|\borders\b[^.!?]{0,30}\b(shipped|sent|delivered|packed|come|arrive) (together|in (one|a single|the same) (box|parcel|package|shipment))\b/;
const COMBINES_ORDERS = /\b(combin\w*|merg\w*|consolidat\w*) (\w+ )?(orders|shipments)\b|\borders (together|in one)\b/i;

/**
 * Asking the shop to bend its own rule for them ("is there any way you'd still accept it?", "make an exception"; session 53:
 * "can they keep it longer than the 7 days?", "could you extend the return window?"; review: the shop
 * asked, not "can I leave it charging for more than 2 days?").
 */
export function asksForException(said: string): boolean {
  return EXCEPTION.test(said);
}
const EXCEPTION =
  /\b(make|making) an exception\b|\bexception (for me|for us|this once|just this once)\b|\b(any|some) (way|chance|possibility) (you|youd|you would|you could|you can|you might|that you)( \w+)? (still|make|bend|waive|stretch)\b|\b(as a|out of) (one[- ]off|goodwill|courtesy)\b|\bgoodwill (gesture|exception)\b|\b(bend|stretch|waive|relax) the (rules?|policy|deadline|limit|window)\b|\b(you|they|the (\w+ )?(store|shop|branch|staff|team))\b[^.!?]{0,15}\b(keep|hold|leave|store|extend)\b[^.!?]{0,30}\b(longer than|beyond|past|more than|over) (the |your )?(\d+|seven|ten|fourteen|thirty|two|three|four) (days?|weeks?|months?)\b|\b(extend|extension (of|to|on|for))\b[^.!?]{0,25}\b(hold|holding|window|deadline|return period|collection|pick-?up|the \d+ days?)\b/;
const EXCEPTIONS = /\b(exceptions?|goodwill)\b/i;

/** A logo, name or engraving put on a product ("12 jackets with our logo embroidered", "can you engrave the watch"). */
export function asksForPersonalisation(said: string): boolean {
  return PERSONALISE.test(said) && !/\bpersonali[sz]ed (ads|adverts|offers|recommendations|marketing|e ?mails|content)\b/.test(said);
}
const PERSONALISE =
  /\b(engrav\w*|embroider\w*|monogram\w*|personali[sz](e|ed|ing|ation))\b|\b(print|stitch|put|add|have)\w* (on )?(our|my|a|the|company|team|club|their)( \w+){0,2} (logo|crest|initials)\b|\b(logo|crest|initials) (printed|stitched|embroidered|on (it|them))\b|\b(with|without) (our|your|the|a|my|company|their)( \w+){0,2} (logo|crest|initials)\b/;
const PERSONALISES = /\b(engrav\w*|embroider\w*|monogram\w*|personali[sz]ation|custom (printing|logos?))\b/i;

/**
 * The replacement sent before the faulty or wrong item is back ("could you send the replacement out before I post mine back?";
 * session 60: "get a replacement before my trip rather than waiting for a repair").
 */
export function asksForAdvanceReplacement(said: string): boolean {
  return ADVANCE.test(said);
}
const ADVANCE =
  /\b(send|ship|get|have|post|mail)\w*\b[^.!?]{0,30}\b(replacement|new one|a new \w+|the new \w+)\b[^.!?]{0,40}\b(before (i|we) (send|post|return|ship|mail|give)|first|ahead|in advance|without waiting|(rather than|instead of) wait(ing)?)\b|\badvance (replacement|exchange|swap)\b|\bcross[- ]?ship\w*/;
const SENDS_FIRST = /\b(as soon as the carrier scans|before (we|you) (receive|get)|advance (replacement|exchange)|cross[- ]?ship\w*)\b/i;

/**
 * The difference back after the shop's own price fell ("I bought it at €299 and today it's €249 on your own website"):
 * a price match is about other retailers.
 */
export function asksOwnPriceDrop(said: string): boolean {
  // Session 56: "Does your price match cover your own prices too?" after the shop's own sale. (Review 2: not "their own
  // offer", a competitor's.)
  if (/\b(price ?match\w*|match)\b[^.!?]{0,40}\b(your|its) own (prices?|sales?|site|offers?|reductions?)\b/.test(said)) return true;
  // Session 58: the shop's own reduction named as such ("do you refund the difference when you drop the price?", "what
  // about your own sale though"), after a price match passage spoke of other retailers.
  if ((YOU_DROP.test(said) && /\b(difference|refund\w*|money back|adjust\w*|credit|match)\b/.test(said)) || OWN_SALE_ASKED.test(said)) return true;
  // ("in your own sale" only with a price that fell: "bought it in your summer sale for €89, zip broke" is no price drop.)
  // (Not a price that fell elsewhere: "if the price drops on amazon after i buy from your shop" is a price match.)
  // (Session 55: or asked before buying, "If I order it today and it goes on sale within two weeks, do you refund the difference?")
  // (Review 2 of session 55: not a retailer named after the fall, "if it gets cheaper at REI next week, would you match
  // it?", a price match; nor a refund of a fault, "when the jacket went on sale i bought it, now the zip broke, refund?".)
  if (PRICE_PROTECTION.test(said) && !/\b(amazon|ebay|another (shop|store|site|retailer|seller|dealer)|other (shops?|stores?|sites?|retailers?|sellers?|dealers?)|elsewhere|somewhere else|competitors?)\b/.test(said) && !FAULT.test(said)) return true;
  return sentences(said).some((s) => (PRICE_FELL.test(s) || AMOUNT.test(s)) && OWN_SHOP.test(s) && (PRICE_FELL.test(s) || !OWN_SALE.test(s)) && !/\b(amazon|ebay|another (shop|store|site|retailer)|other (shops?|stores?|sites?|retailers?)|elsewhere|competitors?)\b/.test(s)) && BOUGHT.test(said) && /\b(difference|refund\w*|money back|adjust\w*|credit)\b|\b(get|have|want)( the)? [€$£]?\d[\d.,]{0,24}( \w+)? back\b/.test(said);
}
// ("today it's €399 in your own sale", "if your own price drops in the month after I buy it".)
// (Review 2 of session 55: "if the tent drops in price after I buy…", "price protection if it drops after I order?".)
const PRICE_PROTECTION = /\b(if|when|should|and) (it|the price|the \w+( \w+)?|they|its price) (then )?((goes|go|went|is|are|gets|get) (on sale|cheaper|down|reduced)|(drops?|dropped|falls?|fell)( in price)?)\b(?! (at|from|with|over at) (?!(your|you|yours|northwind|the (site|website|shop|store|same|end|start|beginning|moment|time|latest)|this|that|some|any|least|most|all|once|christmas|black friday|first|last)\b))[^.!?]{0,60}\b(refund|difference|money back|credit|adjust\w*|match)\b|\bprice (protection|guarantee)\b[^.!?]{0,40}\b(after|once|if|when) (i|we|you|it|they|the price)\b/;
const YOU_DROP = /\b(when|if|after|once) (you|u|you guys) (drop|lower|cut|reduce|mark down|discount|put)\b[^.!?]{0,15}\bprices?\b(?![^.!?]{0,10}\bup\b)/;
const OWN_SALE_ASKED = /\b(what|how) about\b[^.!?]{0,30}\byour own (sales?|prices?|site|website|shop|store|reductions?|discounts?|markdowns?|price drops?)\b|\b(does|do|is|will|would) (it|that|this|the (price )?(match|promise|guarantee)|price match\w*) (also )?(cover|apply|work|count|include)\w*\b[^.!?]{0,20}\byour own\b/;
/** A fault the money is wanted back for (no price that fell). */
const FAULT = /\b(broke|broken|breaks|faulty|defect\w*|damaged|leak\w*|torn|ripped|stopped working|doesnt work|not working|dead)\b/;
// (Session 62: "it's now in your own sale for less", "currently on offer on your site": a sale said to be now, after the purchase.)
const PRICE_FELL = /\b((now|currently|today|this week)\b[^.!?]{0,25}\b(in|on) (your|the) (own )?([\w-]+ ){0,2}(sales?|offer|promotion)\b|(now|currently|today)\b[^.!?]{0,40}\bfor less\b|for less (now|today)|less than (i|we) paid|marked down|cheaper|lower (price|now)|less now|reduced|dropped|(price|it|its|cost) (drops|goes down)|went down|gone down|on sale|price (drop|cut)|now (only )?[€$£]?\d|(today|now|this week) (its|it s|it is|theyre|they re|they are) (only )?[€$£]?\s?\d)/;
// (Session 55: any sale of the shop's by its name, "your spring sale".)
const OWN_SHOP = /\b(your (own )?(site|website|web ?shop|online shop|shop|store|page|([\w-]+ ){0,2}(sale|sales)|offer|promotion)|you (now )?(sell|charge|list|have) it|on your end|(the|same) (site|website))\b/;
const OWN_SALE = /\byour (own )?(([\w-]+ ){0,2}(sale|sales)|offer|promotion)\b/;
const AMOUNT = /[€$£]\s?\d|\d\s?(€|eur|euros?|usd|dollars?)\b/;
const BOUGHT = /\b(bought|paid|ordered|purchased|got|(after|once|if|when) (i|we) (buy|order|purchase))\b/;
const OWN_PRICES = /\b(price (adjustment|protection|drop)s?|(lower|drop) (our|the) price|our own (prices?|site))\b/i;

/** Sending an order out later, on a day the customer names ("hold NW-662093 and only send it out on the 22nd"). */
export function asksToDelayDispatch(said: string): boolean {
  return DELAY_DISPATCH.test(said);
}
const LATER_DAY = String.raw`(the )?\d{1,2}(st|nd|rd|th)?\b|(next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b|i(m| am) back\b`;
const DELAY_DISPATCH = new RegExp(
  String.raw`\b(hold|delay|postpone|keep|wait)\b[^.!?]{0,50}\b(send|ship|dispatch|post|deliver)\w*( it| them| the (order|parcel))?( out| off)?( so (that )?(it|they) (arrives?|gets? (here|there)|comes?|lands?)(?<=\b(hold|delay|postpone|keep) (it|them|the order|order \S+|my order|the parcel)\b[^.!?]{0,80}))? (on|after|until|till|from|no earlier than) (${LATER_DAY})|\b(send|ship|dispatch|deliver)\w*( it| them| the (order|parcel))?( out| off)? only (on|after|from) (${LATER_DAY})`,
);
/** A passage about choosing when an order ships or arrives. */
const CHOSEN_DISPATCH = /\b(delay(ed)? (dispatch|shipping)|choose (a|the|your) (delivery|dispatch|shipping) (date|day)|delivery date of your choice|scheduled delivery|ship (it )?later)\b/i;

/**
 * A paid service done for the customer ("do you offer a service where I send it to you and you do the reproofing?",
 * "could your team repair it for a fee?", "your colleague said you might offer a re-proofing service. Do you?"): care
 * passages say how to do it yourself.
 */
export function asksForAService(said: string, shop = ''): boolean {
  return namedShop(DONE_FOR_ME, shop).test(said);
}
const DONE_FOR_ME =
  /\b(have|get) (you|u|<shop>|your (team|shop|store|staff|workshop)|the (shop|store|staff)|them|someone) (to )?(re-?proof|reproof|re-?waterproof|repair|fix|clean|service|wash|seal|resole|patch)\b(?<!\bget (them|someone) clean)(?! (it )?(myself|yourself))(?![^.!?]{0,30}\b(locally|elsewhere|nearby|near me|at home)\b)|\b(hand|drop|bring|take|leave) (it|them)( in| off)?\b[^.!?]{0,40}\b(to be |and (have|get) (you|u|them|someone|it|the \w+) )(re-?proof|reproof|re-?waterproof|repair|fix|clean|service|wash|seal|resole|patch)\w*(?![^.!?]{0,30}\b(at|by|to) (a|an|my|the local|some) (local )?(dry ?cleaners?|cobbler|tailor|laundry|launderette|repair ?shop)\b)|\b(do|does|can|could|would) (you|u|<shop>|your (team|shop|store|workshop))( guys)?( \w+)? (offer|provide|run|have|do)( \w+){0,3} (service|repair service|reproofing|re-proofing|servicing)\b|\b(you|u|<shop>|your (team|shop|store|workshop))( guys)? (might|may) (offer|provide|run|have|do)( \w+){0,3} (service|repair service|reproofing|re-proofing|servicing)\b(?=[^.!?]*[.!]?\s*[^.!?]*\?)|\b(send|bring|post|drop)( it| them)?( off| in)? to you\b[^.!?]{0,40}\byou (do|fix|repair|reproof|re-?proof|clean|service|replace)\b|\b(for a fee|i would pay|i d pay|happy to pay|willing to pay|pay you)\b[^.!?]{0,40}\b(repair|fix|reproof|re-?proof|clean|service|replace)\w*|\b(do|does|can|could|would) (you|u|<shop>|your (team|shop|store|workshop)) (offer|do|provide|sell)( a| any)? paid (\w+ )?(repairs?|replacements?|services?|servicing|fix(es)?)\b|\b(do|does|can|could|would) (you|u|<shop>|your (team|shop|store|workshop))( guys)? (offer|provide|do|sell)( a| an| any)? (battery|strap|zip|zipper|screen|glass|lens|seam tape) (replacements?|swaps?|changes?|repairs?)\b|\b(repair|fix|reproof|re-?proof|clean|service|replace)\w*\b[^.!?]{0,40}\b(for a fee|i would pay|i d pay|happy to pay|willing to pay|pay you)\b/;
/**
 * Session 54: a part bought on its own ("Can I order just a new magnetic cable from you?", "could I buy a spare pole
 * section?"): care passages name the part, rarely whether the shop sells it.
 */
export function asksToBuyAPart(said: string): boolean {
  // (Bought in so many words, a broken part is still bought: "…cracked when my youngest stepped on it. Can I buy just that one section?")
  return (PART_SOLD.test(said) || sentences(said).some((s) => PART_TO_BUY.test(s))) && (!PART_FAILED.test(said) || PAYS_ANYWAY.test(said) || /\b(buy|purchase)\b/.test(said));
}
/** "…cracked after 3 years, happy to pay": a part worn out that the customer means to buy. */
const PAYS_ANYWAY = /\b(happy to pay|willing to pay|ill pay|i will pay|dont mind paying|out of warranty|no longer under warranty|after (two|three|four|five|six|\d+) years|(two|three|four|five|six|\d+) years? old)\b/;
/**
 * (Review 2 of session 54: "get" only with a spare, new or extra part, or one on its own: not "Can I get a case number?",
 * "can I get a cover letter with the invoice", "can I get the cable in a longer length".)
 */
const PART_TO_BUY = /\b((can|could|may) (i|we)|(i|we) (want|need|would like|d like|wanna|am looking|m looking|are looking|re looking|was hoping|were hoping) to) ((order|buy|purchase) (just |only )?(a |an |one |that |this |the )?(one )?(new |spare |replacement |extra |second |separate )?(\w+ )?|get (just |only )?(a |an |one )?(new |spare |replacement |extra |second |separate )(\w+ )?|get (just |only )?(a |an |one )?(\w+ )?(?=(cable|charging cable|charger|strap|band|pole|pole section|battery pack|battery|case|cover|footprint|stakes?|pegs?|clip|buckle|lens)( section)? ((from|off) (you|u)|separately|on its own|by itself)\b))(cable|charging cable|charger|strap|band|pole|pole section|section|battery pack|battery|case|cover|footprint|stakes?|pegs?|clip|buckle|lens)( section)?( (from|off) (you|u)| separately| on its own| by itself)?\b(?! (for free|under (the )?warranty|as a replacement for (a|my) (faulty|broken)|numbers?|letters?|opened|open|ids?|references?|files?))/;
/**
 * Session 57: "do you sell replacement batteries for the Pace 5?", "do you stock spare poles?": the shop asked whether it
 * sells a part (a spare or replacement one: not "do you sell the Pace 5?", which the product pages answer).
 */
const PART_SOLD = /\b(do|does|can|could|would) (you|u|ya|your (shop|store)|the (shop|store))( guys| also| still| even)? (sell|stock|carry|offer|have) (any )?(spare|replacement|extra|separate) (\w+ )?(cable|charging cable|charger|strap|band|pole|pole section|section|battery pack|battery|batteries|case|cover|footprint|stakes?|pegs?|clip|buckle|lens|parts?)s?\b/;
/**
 * The part missing, broken or worn out in the same message is a claim, not a purchase ("Can I get a new charger? The one
 * in the box is broken.", "can we get a replacement pole section sent out? ours snapped on day one").
 */
const PART_FAILED = /\b(came|arrived|was|were|is|are|its|got) (missing|broken|damaged|not in|faulty|defective|cracked|bent)\b|\bmissing from\b|\b(snapped|broke|cracked|frayed|split|bent|stopped (working|charging)|died|fell apart|came apart|came off|doesnt (work|charge|fit)|wont (charge|work|fit))\b/;
/** A passage that says a part is sold on its own. */
const SELLS_PARTS = /\b(sold separately|available separately|spare (parts?|\w+) (are|is) (available|sold)|(an |the )?optional \w+|buy (a |an )?(spare|replacement|extra|new) \w+)\b/i;
/**
 * Session 54: an exchange for something dearer, the difference paid ("exchange my Stormshell in navy for the limited red…
 * The red is €20 more — can I just pay the extra?"): the exchange passage offers the same price only.
 */
export function asksToPayDifference(said: string): boolean {
  return /\b(exchang\w*|swap\w*|switch\w*|trade)\b/.test(said) && sentences(said).some((s) => PAY_MORE.test(s));
}
const PAY_MORE = /\b(pay|paying|cover|top up) (just )?(the |for the )?(extra|difference|price difference|rest|more|remainder)\b|\b(pay|top up) (the )?([€$£]\s?\d[\d.,]*|\d[\d.,]*\s?(€|eur|euros?|dollars?)) (more|extra|on top|difference)\b/;
/** A passage about paying a price difference. */
const PAYS_DIFFERENCE = /\b(pay (the )?difference|price difference|difference in price|top[- ]up payment|(costs?|priced) more\b[^.!?]{0,40}\bpay)/i;
/** A passage about a service the shop itself does. */
const SHOP_SERVICE = /\b(we (offer|provide|run|do)|our) (\w+ )?(repair|reproofing|re-proofing|cleaning) service\b|\bsend (it|your \w+) (in )?to us (for|and we)\b/i;

/**
 * One order paid with two cards or methods ("can I pay half with my Amex and half with my Visa?", "split the payment
 * between two cards"): the payment passage lists the methods, and gift cards are the only mix it describes.
 */
export function asksToSplitPayment(said: string): boolean {
  return sentences(said).some((s) => SPLIT_PAYMENT.test(s)) && !/\bgift ?cards?\b|\bvouchers?\b|\bstore credit\b/.test(said);
}
const CARD = String.raw`(cards?|amex|visa|mastercard|paypal|klarna|debit card|credit card|apple pay|google pay)`;
const SPLIT_PAYMENT = new RegExp(
  String.raw`\b(split|splitting|divide|dividing|share|sharing)\w*\s+(the\s+|my\s+|our\s+|this\s+|a\s+)?(payment|bill|cost|total|amount|order|purchase)\b[^.!?]{0,40}\b(between|across|over|on(to)?|with)\s+(two|2|three|3|several|multiple|different|my|both)\b` +
    String.raw`|\bpay\w*\b[^.!?]{0,30}\b(half|part|some|50 ?%)( of it)?\s+(with|by|on|using)\s+(my\s+|the\s+|a\s+|one\s+)?\w+[^.!?]{0,30}\b(and|the other|rest|remainder)\b[^.!?]{0,30}\b(with|by|on|using)\s+(my\s+|the\s+|a\s+|another\s+|the other\s+)?\w+` +
    String.raw`|\b(pay|paying|use|using|charge|charging)\b[^.!?]{0,20}\b(two|2|three|3|several|multiple|different|both)\s+(different\s+|separate\s+)?(credit\s+|debit\s+|bank\s+)?${CARD}\b[^.!?]{0,20}\b(for|on)\s+(one|the same|a single|this|my)\s+(order|purchase|payment)\b` +
    String.raw`|\b(pay|paying)\b[^.!?]{0,20}\b(with|using|on)\s+(two|2|several|multiple|both)\s+(different\s+|separate\s+)?(credit\s+|debit\s+)?${CARD}\b`,
);
/** A passage about paying one order with more than one card or method (not only gift cards). */
const SPLITS_PAYMENT = /\b(split (the |your )?payments?|(two|several|multiple|more than one) (credit |debit |payment )?(cards|methods)\b|pay (part|half) (with|by))/i;

/**
 * One order sent to two places ("ship one jacket to Oslo and the other to Copenhagen", "deliver it to two different
 * addresses"): the shipping passages speak of one delivery address.
 */
export function asksToSplitDelivery(said: string): boolean {
  return sentences(said).some((s) => SPLIT_DELIVERY.test(s) && !/\b(billing|invoice) address\b/.test(s));
}
const SPLIT_DELIVERY = new RegExp(
  String.raw`\b(ship|send|deliver|post|mail)\w*\b[^.!?]{0,40}\b(one|half|some|part)\b[^.!?]{0,30}\bto [a-z]+\b[^.!?]{0,30}\b(the other|the rest|others)( \w+)? to [a-z]+` +
    String.raw`|\b(ship|send|deliver|post|mail|split)\w*\b[^.!?]{0,40}\b(to|between|across) (two|2|three|3|several|multiple|different|separate) (different |separate )?(delivery )?addresses\b` +
    String.raw`|\b(one|a single|the same) order\b[^.!?]{0,40}\b(two|2|several|multiple|different|separate) (different |separate )?(delivery )?addresses\b`,
);
/** A passage about sending one order to more than one address. */
const SPLITS_DELIVERY = /\b(multiple|several|more than one|two|different) (delivery )?addresses\b/i;

/**
 * Session 55: keeping a faulty or damaged item for part of its price back ("I'd happily keep it for a small partial
 * refund. Would €30 back be possible?", "can I keep it with a discount instead of returning it?"): returns and
 * damaged-item passages say how to send it back or get a replacement, not what a partial refund would be.
 */
export function asksToKeepForPartialRefund(said: string): boolean {
  const had = /\b(got|received|had|was given|already)\b[^.!?]{0,20}\bpartial\b/;
  // (Review 2 of session 55: or across two sentences, "would a partial refund be possible? … I want to keep the lamp".)
  return sentences(said).some((s) => KEEP_FOR_PART.test(s) && !had.test(s)) || (/\bpartial (refund|credit)\b/.test(said) && KEEPS.test(said) && !had.test(said));
}
/**
 * (Review 2 of session 55: a discount on this item, not one of the customer's or on something else, "If I keep the jacket,
 * do I still get the student discount?", "…but can I get a discount on a footprint?"; "and" only before keeping it, not
 * "the student discount and returning customer discount"; the item kept, not "keep the receipt for a partial refund claim";
 * and the money in any words, "keep the tent and get €30 back", "if you knock 20% off", "with some compensation".)
 */
const KEEPS = /\b(keep|keeping) (it|them|the (?!(receipt|box|packaging|labels?|invoice|code|tags?|paperwork|e ?mail)\b)\w+|the item)\b/;
const PART_BACK = String.raw`(partial (refund|credit)|(small |little |bit of a )?((?<!\b(student|welcome|newsletter|loyalty|customer|member|members|birthday|military|staff|vip|my|your|our) )discount|price reduction|reduction)(?! (code|on (a|an|my|the|your) (next|other|another|new|\w+ order)|on (a|an|another) \w+))|refund of (some|part)|some money back|part of the (money|price|cost) back|(some |a bit of |small |a small |a little )?compensation|(get|have|receive) [€$£]?\d[\d.,]{0,24}( ?(€|eur|euros?|usd|dollars?))? back|(knock|take) (\S+ ){1,3}off)`;
const KEEP_FOR_PART = new RegExp(
  String.raw`${KEEPS.source}[^.!?]{0,40}\b${PART_BACK}|\b(partial (refund|credit)|discount|price reduction|some money back)\b[^.!?]{0,40}\b((instead of|rather than) (returning|sending (it|them) back|a (replacement|return|full refund))|and keep (it|them))\b`,
);
const PARTIAL_REFUNDS = /\b(partial (refund|credit)s?|keep (the|your) item (and|with))\b/i;

/**
 * Session 55: whether the shop has an item in stock now ("do you have the orange silicone strap in stock?", "is the
 * Ridgeline 3P available right now?"), asked beside other questions: a help centre says what happens when a size is out
 * of stock, not what is on the shelf today. Not what happens if it is ("…if the size I want is out of stock").
 */
export function asksStockNow(said: string): boolean {
  return sentences(said.replace(STOCK_SHOWN, ' ').replace(SERVICE_AVAILABLE, ' ')).some(
    (s) => (STOCK_NOW.test(s) && s.includes('?') && !/\b(if|when|whether|what happens)\b[^.!?]{0,40}\b(out of stock|in stock|on stock|available)\b/.test(s)) || (STOCK_ASKED.test(s) && (s.includes('?') || /\b(can|could|please|pls)\b/.test(s))),
  );
}
// (Review 2 of session 55: "is the pace 5 in black currently available?", "do you have any Lumen 900R left?", "¿tenéis la
// Ridgeline 3P en stock?", "habt ihr die Stormshell in M auf Lager?"; something else available now is no stock, "Is express
// shipping available right now to Austria?", "is klarna available at the moment?", "is the exchange option available now…".)
const STOCK_NOW = /\b(do you (have|still have|stock|carry)|have you got|is|are|got)\b[^.!?]{0,60}\b(in stock|on stock|available (now|right now|at the moment|currently|to order)|(currently|still) (in stock|available)|back in stock yet)\b|\b(do you have|have you got|are there|is there) (any|some)\b(?! (way|ways|chance|option|options|point|hope|reason|time|room|space|money|credit|points|balance|budget|discount|code)\b)[^.!?]{0,40}\b(left|remaining)\b|\b(teneis|tienen|tienes|tiene|hay)\b[^.!?]{0,60}\b(en stock|en existencias?|disponibles? (ahora|ya|hoy))\b|\b(hay|queda|quedan) (stock|existencias|unidades)\b|\b(habt ihr|haben sie|hast du|ist|sind)\b[^.!?]{0,60}\b(auf lager|vorratig)\b/;
/** A service available, not an item: "express shipping available right now", "the student discount still available". */
const SERVICE_AVAILABLE = /\b(shipping|delivery|express|klarna|paypal|afterpay|affirm|apple pay|google pay|payments?|instal+ments?|options?|discounts?|codes?|vouchers?|coupons?|exchanges?|returns?|refunds?|price match\w*|collect|pick ?up|services?|support|chat|phone|line|agents?|sales?|offers?|deals?|promotions?|points|wrapping|engraving|repairs?)\b[^.!?,]{0,40}?\b(available|in stock|on stock)( (now|right now|at the moment|currently|to order))?\b/g;
/** Asked on the customer's behalf: "can you check if the Lumen 900R is in stock?", "tell me whether the XL is in stock". */
const STOCK_ASKED = /\b(check|tell me|let me know|see|confirm|find out|look up)( for me)? (if|whether) [^.!?]{0,60}\b(in stock|on stock|available (now|right now|at the moment|currently)|(currently|still) (in stock|available))\b/;
/** The stock the site shows, said of an item ("is the XL that is listed as in stock the new 2024 version?"). */
const STOCK_SHOWN = /\b(listed|shown|showing|marked|says?|said|shows?|labell?ed|displayed) (as )?(in|on) stock\b/g;
const STOCK_LEVELS = /\b(stock levels?|check (the )?stock|live (stock|availability)|availability (is )?shown on the product page)\b/i;

/**
 * Session 55: something put on an invoice the shop issues, or the invoice made out to someone else ("our PO number
 * PO-88214 printed on the invoice", "the invoice has to be addressed to our accounts department in Hamburg"): the invoice
 * passage says how to download one, not whether it can carry that.
 */
export function asksInvoiceChange(said: string): boolean {
  // (Review 2 of session 55: a billing address only of an invoice, not at checkout or in a payment error, "can I use a
  // different billing address from my delivery address?", "…PAY-310, do I need a different billing address?".)
  const asked = INVOICE_CHANGE.test(said) || (/\b(different|separate|other) billing address\b/.test(said) && /\binvoices?\b/.test(said));
  return asked && /\b(can|could|would|will|is it possible|possible|please|need|needs|has to|have to|must|konnen|konnten|kann|bitte|muss|mussen|puede|pueden|podeis|podrian|por favor|necesito|necesitamos)\b/.test(said);
}
const INVOICE_CHANGE =
  /\b(po|purchase order|order reference|our reference|cost cent(re|er)|internal reference)( number| no| code)?\b[^.!?]{0,50}\b(on|onto|to|in) (the|my|our|that|each) invoices?\b|\binvoices?\b[^.!?]{0,30}\b((addressed|made out|issued|written) to|in the name of) (our|my|the|a|another|a different) (\w+ )?(accounts?|finance|purchasing|head office|office|department|address|name|employer|client)\b|\b(different|separate|other) (invoice|invoicing) address\b|\b(bestellnummer|referenz(nummer)?|kostenstelle|auftragsnummer)\b[^.!?]{0,50}\bauf (die|der|unsere|meine|jede) rechnung|\b(numero de (pedido|referencia|orden de compra)|referencia|centro de coste)\b[^.!?]{0,50}\ben (la|mi|nuestra|cada) factura/;
// (Review 2 of session 55: not the invoice made out to the customer's company, which the invoice passage settles: "Add your
// company name and VAT ID at checkout"; in German and Spanish too, "unsere Bestellnummer auf die Rechnung".)
const INVOICE_OPTIONS = /\b(purchase order|po numbers?|billing address|invoice address|reference numbers?|cost cent(re|er))\b/i;

/**
 * Session 56: taking back what is done ("I clicked the link to delete my account… can the deletion be reversed?", "is
 * there a way to restore my deleted account?", "can I undo the cancellation?"): the help centre says how to do it, rarely
 * how to undo it. (Not a login or a password got back, nor points restored after a return.)
 */
export function asksToUndo(said: string): boolean {
  return sentences(said).some((s) => UNDO.test(s) && !/\b(password|log ?in|sign ?in|points|trailpoints|voucher|code|charges?|payments?|money|refund\w*|authori[sz]\w*|holds?|card)\b/.test(s));
}
const UNDO = /\b(deletion|deleted|delete|account(?! (settings|page|details|number|balance|overview|dashboard|menu|section|tab|screen|name)\b)|cancell?ation|cancell?ed|closure|closed|unsubscri\w*)\b[^.!?]{0,40}\b(be |get |been )?(undone|reversed|restored|recovered|reactivated|revived|un-?deleted|brought back)\b|\b(undo|reverse|revert|restore|recover|reactivate|un-?delete|bring back|get back|cancel)\b( my| the| that| this| it)?( \w+)? (deletion|deleted account|closed account|account deletion|account closure|cancell?ation|closure)\b/;
/** A passage that says how a deletion or closure is undone or withdrawn. */
const UNDOES = /\b(undo|undone|reverse|reversed|restore|restored|reactivat\w*|withdraw|cancel the deletion|changed your mind)\b/i;

/**
 * Session 56: another fitness platform by name ("does it at least sync workouts to Apple Health?", "can I export to
 * Komoot?"): settled only by a passage that names one besides the shop's own (the watch article names Strava alone).
 */
const PLATFORM = String.raw`(apple health|health ?kit|google fit|garmin( connect)?|komoot|outdooractive|alltrails|suunto|polar flow|wahoo|zwift|fitbit|samsung health|runkeeper|map ?my ?(run|ride|walk)|trainingpeaks|coros|peloton|relive|gaia ?gps|caltopo)`;
// (Review of session 56: the platform, not the brand's hardware: not "compatible with Garmin chargers", "a Coros bike mount".)
const SYNCS_WITH = new RegExp(String.raw`\b(sync\w*|connect\w*|link\w*|export\w*|upload\w*|send\w*|shar\w*|push\w*|integrat\w*|compatible|work\w*|talk\w*|import\w*)\b[^.!?]{0,30}\b(with|to|into|in|on|from) (an? |the |my )?${PLATFORM}\b(?! (chargers?|charging|cables?|straps?|bands?|mounts?|bike|bars?|handlebars?|watch(es)?|devices?|sensors?|chest straps?|heart rate|hrm|bike computers?|computers?|adapters?|clips?|cases?|batter(y|ies))\b)`);
export function asksOtherPlatform(said: string): boolean {
  return sentences(said).some((s) => SYNCS_WITH.test(s));
}
const NAMES_PLATFORM = new RegExp(String.raw`\b${PLATFORM}\b`, 'i');

export const SERVICE_ASKS: readonly NarrowAsk[] = [
  { asks: asksInvoiceChange, settles: INVOICE_OPTIONS, another: true, besideOthers: true },
  { asks: asksStockNow, settles: STOCK_LEVELS, another: true, besideOthers: true },
  { asks: asksToKeepForPartialRefund, settles: PARTIAL_REFUNDS, another: true, besideOthers: true },
  { asks: asksStoreStock, settles: STORE_STOCK_PASSAGE, another: true, besideOthers: true },
  { asks: asksToCombineOrders, settles: COMBINES_ORDERS, another: true, besideOthers: true },
  { asks: asksForException, settles: EXCEPTIONS, another: true, besideOthers: true },
  { asks: asksForPersonalisation, settles: PERSONALISES, another: true, besideOthers: true },
  { asks: asksForAdvanceReplacement, settles: SENDS_FIRST, another: true, besideOthers: true },
  { asks: asksToDelayDispatch, settles: CHOSEN_DISPATCH, another: true, besideOthers: true },
  { asks: asksForAService, settles: SHOP_SERVICE, another: true, besideOthers: true },
  { asks: asksToBuyAPart, settles: SELLS_PARTS, another: true, besideOthers: true },
  { asks: asksToPayDifference, settles: PAYS_DIFFERENCE, another: true, besideOthers: true },
  { asks: asksToSplitPayment, settles: SPLITS_PAYMENT, another: true, besideOthers: true },
  { asks: asksToSplitDelivery, settles: SPLITS_DELIVERY, another: true, besideOthers: true },
  // Not besideOthers: "Can you refund me the difference?" is this same request, and finds the price-match passage alone.
  { asks: asksOwnPriceDrop, settles: OWN_PRICES, another: false },
  { asks: asksToUndo, settles: UNDOES, another: true, besideOthers: true },
  { asks: asksOtherPlatform, settles: NAMES_PLATFORM, another: true, besideOthers: true },
];
