/**
 * Requests a help centre rarely settles, though a passage near them matches their words: when stock returns, holding an
 * item, what goes into a present's parcel, splitting an invoice. Each is settled only by a passage about that very
 * thing (answer.ts applies them in this order).
 */
import { asksAboutPacking, PACKING } from './packing.js';
import { sentences } from './text.js';
import { SERVICE_ASKS } from './serviceAsks.js';
import { DETAIL_ASKS } from './detailAsks.js';
import { RETROACTIVE_ASKS } from './retroactiveAsks.js';
import { UNLISTED_ASKS } from './unlistedAsks.js';
import { UNSETTLED_OFFERS } from './unsettledOffers.js';
import { GONE_ASKS } from './goneAsks.js';
import { ANSWER_THRESHOLD, searchKnowledgeBase, type KbHit, type KnowledgeBase } from './knowledgeBase.js';

/** A sentence asking when something sold out comes back ("when is it back in stock?", "wann ist sie wieder lieferbar?"); `said` normalised. */
// (Session 51: "is it going to be back in stock in olive green before mid-December?" asks by when, too; review: not a
// date told of the past, "it was out of stock before christmas and now it is back in stock", "I ordered before the 15th";
// session 61 V3: or within a week named, "will the store get the Trailsense back in stock this week?".)
const BY_DATE = /\b(before|by|in time for) (mid-?|the end of |end of |early |late )?(january|february|march|april|may|june|july|august|september|october|november|december|christmas|xmas|easter|summer|winter|spring|autumn|fall|next (week|month)|the \d+(st|nd|rd|th)?)\b|\b(this|next|coming) (week|weekend|month)\b/;
export function asksRestockDate(said: string): boolean {
  // (Session 54: "I've just seen it's only available in black… Is olive in S coming back, and roughly when?")
  const soldOut = /\b(sold out|out of stock|unavailable|not available|only (available|in stock|left) in|ausverkauft|agotad[oa]s?)\b/.test(said);
  // (Session 56: not "is there a way to be told when it's back in stock?", the back-in-stock e-mail itself; review 2: unless
  // a date is asked besides, "I was told when I ordered it'd be back in May, when exactly?".)
  return sentences(said).some((s) => !/\b(told|notified|notify me|emailed|email me|informed|alerted|alert me|a notification|an alert|an e-?mail|sign up|signing up)\b[^.!?]{0,20}\bwhen\b(?![^.!?]{0,80}\b(when|whens|how soon|eta|roughly)\b)/.test(s) && (/\b(when|whens|how soon|how long (until|till|before)|any idea|roughly|eta|wann|cuando|(any ?time|any ?day) soon)\b/.test(s) || WHETHER_BACK.test(s) || (BY_DATE.test(s) && (/\b(will|going to|gonna|be)\b/.test(s) || !/\b(was|were|ordered|bought|paid|said|told|had)\b/.test(s)))) && !/\b(refund\w*|money|card|account|paypal|credit|points|notif\w*|alerts?|sign up|let me know|e-?mail me)\b|\bhow (do|can|will|would) (i|we) (know|hear|find out|get (told|notified|an? (e-?mail|alert|message)))\b/.test(s) && (/\b(back in stock|in stock again|available again|available to (order|buy) again|(new|fresh) stock|be in stock|restock\w*|back on (the )?(site|shelves)|wieder (lieferbar|verfugbar|da|auf lager)|vuelve a (haber|estar)|volvera a (haber|estar)|de nuevo (en stock|disponible))\b/.test(s) || (soldOut && (/\b(back|again|next (batch|shipment|lot|drop|run))\b/.test(s) || MORE_STOCK.test(s))) || (/\b(coming|come|comes|be) back\b/.test(s) && SIZE_OR_COLOUR.test(s) && !COMES_BACK_OTHERWISE.test(said))));
}
/**
 * Session 60: whether it comes back at all ("Does the Stormshell come back in stock in size S?", "will the olive one be
 * restocked?"), asked as a yes/no question: a help centre no more says whether than when. (Not "is it back in stock?",
 * what the product page shows today.)
 */
const WHETHER_BACK = /^\W*(?:(?:and|so|also|but|ok|okay)\W+)?(?:does|do|will|would|(?:is|are)\b[^.!?]{0,40}?\bgoing to|any chance)\b[^.!?]{0,60}\b(?:come|comes|coming|be|get|gets) (?:back|restocked)\b[^.!?]*\?/;
/** "is olive in S coming back?": a size or colour of a product, which comes back in stock (not a courier or a refund). */
// (Review 2 of session 54: not a time, "when is the courier coming back, in 2 days?", nor "the black friday prices".)
const SIZE_OR_COLOUR = /\b(in|the) (size )?(xxs|xs|s|m|l|xl|xxl|olive|black(?! friday)|red|blue|green|grey|gray|navy|orange|white|yellow|purple|pink|\d{1,2}(?! ?(days?|weeks?|hours?|hrs?|mins?|minutes|months?|working|business|am|pm|h)\b))\b|\b(colou?r|size)\b/;
/**
 * What else comes back than stock: a courier, an item from repair or exchange, the customer's own things ("when does the
 * watch come back from repair, in 10 days?", "When will my jacket come back in the right size? I sent it for exchange.", "when do
 * you come back to me about the colour?"); session 60: a colour back after a wash, "will the colour come back after washing?").
 */
const COMES_BACK_OTHERWISE = /\b(wash\w*|dries|drying|dried|fad(e|es|ed|ing)|re-?proof\w*|courier|driver|postman|dhl|ups|dpd|gls|fedex|usps|hermes|repair\w*|servic\w*|exchang\w*|swap\w*|replacement|my (order|parcel|package|return|jacket|watch|tent|lamp|headlamp|item|items)|(come|comes|coming) back to (me|us|you))\b/;
/**
 * "When do you expect more?" after "sold out": more stock, not more info or options, nor the customer's own order
 * ("When can I expect more of it to ship?", "more tracking updates").
 */
const MORE_STOCK = /^(?!.*\b(my order|ordered|ship|shipping|tracking|deliver\w*)\b).*\b((expect|get|getting|have|having) (some )?more|more (coming|arriving|due))\b(?! (info|information|details|options|codes|updates|tracking|news|offers|emails?)\b)/;
/**
 * Asking the shop to hold an item for the customer ("keep one aside for me", "hold a Lumen 900R for me till Friday", "keep
 * a Summit Pro 2 behind the counter with my name on it"), not
 * how long a click & collect order is kept; `said` normalised.
 */
export function asksToHold(said: string): boolean {
  return ASKS_TO_HOLD.test(said) && !/\bhow long\b[^.!?]{0,40}\b(hold|keep|reserve)\b/.test(said);
}
const ASKS_TO_HOLD = /\b(hold|reserve|keep|put|set)( \w+){0,5} (aside|to one side|by for me)\b|\b(hold|reserve) (a|an|one|the|it|them|two|three|\d+)\b(?! (\w+ )?(button|key|switch)s?\b)[^.!?]{0,50}\b(for me|for us|until|till|til|in (the|your) (\w+ )?(store|shop))\b|\b(keep|save) (a|an|one|the|it|them|two|three|\d+)\b(?! (receipts?|invoices?|orders?|money|change|e ?mails?|details|numbers?|account|box|packaging|labels?|parcels?|packages?)\b)[^.!?]{0,40}\bfor (me|us)\b(?=[^.!?]{0,40}\b(until|till|til|in (the|your)|at (the|your)|store|shop)\b)|\b(zurucklegen|zurucklegt|reservieren|apartar|apartarme|reservar|reservarme)\b|\b(keep|hold|put|set|save|stash)\b[^.!?]{0,40}\b(behind the (counter|desk|till)|with my name on (it|them)|under my name|in my name)\b|\bput (it|one|them|a \w+( \w+)?) on hold\b/;
/** A passage about holding or reserving items for a customer. */
const HOLDS_ITEMS = /\b(reserve|hold|put aside|set aside|keep aside)\b[^.!?]{0,30}\b(items?|products?|for (up to|\d)|for you until)\b/i;
/**
 * Asking for one invoice or receipt to be divided ("split the invoice in two", "could you issue two separate invoices",
 * "invoice in 2 pls", "a separate invoice for the tent"); `said` normalised. A help centre says how invoices are made,
 * rarely whether the team will split one. Not "is the VAT split out on the invoice?", "my order came split in two
 * parcels… the invoice", or two invoices for two orders.
 */
export function asksToSplit(said: string): boolean {
  return sentences(said).some((s) => SPLITS_ONE.test(s) || (SEVERAL_INVOICES.test(s) && !SEVERAL_ORDERS.test(s) && !GOT_SEVERAL.test(s)));
}
const SPLIT_OBJECT = String.raw`(invoic\w*|receipts?)`;
const SPLITS_ONE = new RegExp(
  [
    String.raw`\b(split|splitting|divide|dividing|break|breaking)\s+(up\s+|down\s+)?((the|my|our|this|that|an?|its?)\s+)?${SPLIT_OBJECT}\b`,
    String.raw`\b${SPLIT_OBJECT}\b[^.!?]{0,30}?\b(split|splitted|divided|broken down|broken up|shared)\s+(in|into|to|between|across|among|\d+|fifty|half)\b`,
    String.raw`\b${SPLIT_OBJECT}\s+(in|into)\s+(two|2|three|3|halves|parts)\b`,
    String.raw`\b(separate|seperate)\s+(invoice|receipt)\s+(for|per)\b|\bone (invoice|receipt) (per|for each|for the \w+ and)\b|\binvoice (each|every) \w+ separately\b`,
  ].join('|'),
);
const SEVERAL_INVOICES = /\b(two|2|three|3|several|multiple|different)\s+((separate|seperate|different)\s+)?invoices?\b|\b(zwei|2|drei|3|mehrere) (getrennte|separate|einzelne)?\s?rechnungen\b|\b(dos|2|tres|3) facturas\b|\brechnung (auf)?(teilen|splitten)\b|\bdividir (la|mi) factura\b/;
/** Review 2 of session 52: several invoices received, not asked for ("I got two invoices for one order, was I charged twice?"). */
const GOT_SEVERAL = /\b(got|received|(have|has|ive) (got|received)|sent me|bekommen|erhalten|zugeschickt|me (llegaron|han llegado|enviasteis|mandasteis)|recibi|he recibido)\b/;
/** "2 invoices for my 2 orders": one invoice per order, nothing divided. */
const SEVERAL_ORDERS = /\borders\b|\b[a-z]{1,4}-?\d{4,}\b[^.!?]*\b[a-z]{1,4}-?\d{4,}\b/;
/** A passage about dividing an invoice or issuing several for one order. */
const SPLITS_INVOICES = /\b(split|divide)\w*\b[^.!?]{0,40}\binvoices?\b|\binvoices?\b[^.!?]{0,40}\b(split|divided)\b|\b(two|several|multiple|separate) invoices\b/i;
/**
 * Asking for it (a question or a request, not "I have the gift receipt in the box"): a gift note, gift wrap, no price
 * in the parcel of a present; `said` normalised.
 */
export function asksForPresentPacking(said: string): boolean {
  return asksAboutPacking(said) && sentences(said).some((s) => PACKING.test(s) && (s.includes('?') || /\b(can|could|would|will|please|pls|want|like|need)\b/.test(s)) && !HAD_IN_PARCEL.test(s) && !WITH_WHAT_CAME.test(s));
}
/** What was in the parcel already ("the gift receipt that was in the parcel", "there was no invoice in the package"). */
const HAD_IN_PARCEL = /\b(was|wasnt|were|werent)( not)? (in|inside) the (box|parcel|package)\b|\bthere (was|were) no\b|\b(that|which) (was|came) (in|with)\b|\bin the (box|parcel|package) (has|had|shows|showed|says|said)\b/;
/** Doing something with it ("can I return it using the gift receipt in the box?", "where do I download it?"). */
const WITH_WHAT_CAME = /\b(return\w*|swap\w*|exchang\w*|download\w*|copy|resend|refund\w*|store credit)\b/;
/** A passage about wrapping a present or a note or prices in the parcel. */
const PACKS_GIFTS = /\b(gift[- ]?wrap\w*|wrapping|gift (note|message)s?|(note|message|card)s? in (the|your) (parcel|box|package)|packing slip|price[- ]free|without prices)\b/i;
/** A passage that says when stock returns, not only how to hear of it. */
const RESTOCK_DATES = /\b(restock(ed|s)? (on|every|weekly|monthly|within|in \d)|restock(ing)? dates?|expected (back|date|in stock)|back in stock (on|by|within|in \d)|usually (back|restocked) (in|within))\b/i;

export interface NarrowAsk {
  /** `said` normalised; `shop`: site.json `name`, which the customer may call the shop by. */
  asks(said: string, shop: string): boolean;
  /** A passage that settles it. */
  settles: RegExp;
  /** Settled only when the passage says what the message asked of it (a holiday by name); replaces `settles`. */
  settlesFor?(said: string, passage: string): boolean;
  /** Another of the passages found may settle it instead of the best one. */
  another: boolean;
  /** Asked beside another question the passage found answers, it leaves that answer be (serviceAsks.ts). */
  besideOthers?: boolean;
}

/**
 * Where the data physically is ("in which country are your databases hosted?", "are my details stored in the EU?"):
 * privacy passages say what is kept and why, rarely where.
 */
export function asksDataLocation(said: string): boolean {
  return sentences(said).some((s) => DATA_WHERE.test(s));
}
/** Review: a parcel's whereabouts ("the tracking details say it's held in the US customs") are no data location. */
const NOT_PARCEL = String.raw`(?<!\b(tracking|parcel|package|order|delivery|shipping|shipment) )`;
const DATA_WHERE = new RegExp(
  String.raw`\b(where|which country|what country|in which country|what region)\b[^.!?]{0,40}${NOT_PARCEL}\b(data|details|information|databases?|servers?|account)\b[^.!?]{0,30}\b(stored|hosted|kept|held|located|based|saved|live|processed)\b` +
    String.raw`|${NOT_PARCEL}\b(data|details|information|databases?|servers?)\b[^.!?]{0,30}\b(stored|hosted|kept|held|located|based|saved|processed)\b[^.!?]{0,20}\b(in|inside|within|outside) (the )?(eu|europe|us|usa|united states|germany|uk|cloud)\b` +
    String.raw`|\bphysically (hosted|stored|located|kept)\b` +
    // Session 53: "are your servers in the EU or the US?"
    String.raw`|\b(are|is) (your|the|my|our) (servers?|databases?|data cent(er|re)s?|data)( \w+)? (in|inside|outside) (the )?(eu|europe|us|usa|united states|germany)\b(?! (down|offline|slow|working|having|not)\b)` +
    // "Where are your servers?", "EU or US servers?", "is my order history kept in the EU or sent to the US?"
    String.raw`|\bwhere (are|is) (your|the) (servers?|databases?|data cent(er|re)s?)\b|\b(which|what) (country|countries|region) (are|is) (your|the|those|these|its|their) (servers?|databases?|data cent(er|re)s?)\b|\b(eu|us|european|american) or (eu|us|european|american|\w+) servers?\b` +
    String.raw`|\b(history|records|personal data)\b[^.!?]{0,20}\b(stored|hosted|kept|held|saved|sent|transferred|processed)\b[^.!?]{0,10}\b(in|to|inside|outside) (the )?(eu|europe|us|usa|united states)\b(?! (as|by|via|in|at|on|please)\b)`,
);
/** A passage that says where data is stored or hosted. */
const DATA_LOCATIONS = /\b(stored|hosted|kept|processed) (in|within|inside) (the )?(eu|european union|germany|us|usa|united states)\b|\bdata cent(re|er)s?\b|\bservers? (in|are in|located)\b/i;

/**
 * Session 59: who the customer's data goes to ("Which third parties do you share it with?", "who do you pass my address
 * on to?"): privacy passages say what is kept and that it is never sold, rarely with whom it is shared.
 */
export function asksWhoGetsData(said: string): boolean {
  return sentences(said).some((s) => (WHO_GETS.test(s) && DATA_WORDS.test(s)) || SHARES_WITH_OTHERS.test(s));
}
const WHO_GETS = /\b(which|what|who|whom)\b[^.!?]{0,40}\b(share|sharing|shared|pass|passing|passed|give|giving|disclose|disclosing|hand|transfer|transferring|send|sending)\b[^.!?]{0,40}\b(with|to)\b/;
const DATA_WORDS = /\b(data|details|information|info|address|e-?mail|phone( number)?|third[- ]part(y|ies)|personal)\b/;
/** "do you share my data with third parties / other companies?" (not "do you sell…": "we never sell personal data" settles that). */
const SHARES_WITH_OTHERS = /\b(share|pass|give|disclose|hand|transfer)\w*\b[^.!?]{0,30}\b(data|details|information|info)\b[^.!?]{0,20}\b(with|to)\b[^.!?]{0,20}\b(third[- ]part(y|ies)|(other|outside|external) (companies|firms|businesses|partners|parties)|partners|advertisers|anyone( else)?)\b/;
/** A passage that says with whom data is shared or who processes it. */
const NAMES_RECIPIENTS = /\b(share[sd]?|sharing|pass(ed)? on|disclosed?|third[- ]part(y|ies)|processors?)\b[^.!?]{0,60}\b(data|details|information)\b|\b(data|details|information)\b[^.!?]{0,60}\b(share[sd]?|sharing|pass(ed)? on|disclosed?|third[- ]part(y|ies)|processors?)\b/i;

export const NARROW_ASKS: readonly NarrowAsk[] = [
  // "Any idea when the olive one will be back in stock?": a help centre says how to hear of a restock (a back-in-stock
  // e-mail), rarely when.
  { asks: asksRestockDate, settles: RESTOCK_DATES, another: true },
  // "Could the Portland store keep a Trailsense aside for me until Saturday?": not store hours, the demo table, or
  // click & collect.
  { asks: asksToHold, settles: HOLDS_ITEMS, another: false },
  // "Can you put a handwritten note in the parcel? It's for my wife's birthday": not the returns or invoice passage.
  { asks: asksForPresentPacking, settles: PACKS_GIFTS, another: true },
  // "I need the invoice for NW-661203 split in two": the invoice passage says how to download one, which they know.
  { asks: asksToSplit, settles: SPLITS_INVOICES, another: false },
  // "in which country are your databases physically hosted?": not the privacy passage on what is kept.
  { asks: asksDataLocation, settles: DATA_LOCATIONS, another: true },
  // "Which third parties do you share it with?": not the price match's "third-party sellers", nor "we never sell personal data".
  { asks: asksWhoGetsData, settles: NAMES_RECIPIENTS, another: true },
  // Store stock today, two orders in one parcel, an exception, a logo, a replacement sent first, the shop's own price drop.
  ...SERVICE_ASKS,
  ...DETAIL_ASKS,
  // Points missed at the till, asked to be added afterwards.
  ...RETROACTIVE_ASKS,
  // Plans for a store where there is none, a version of a product the KB never names.
  ...UNLISTED_ASKS,
  // A sale to come, loyalty status moved to another account, one part of a product swapped.
  ...UNSETTLED_OFFERS,
  // A product no longer sold asked again.
  ...GONE_ASKS,
];

/**
 * The asks applied in order to the passage found (`said` normalised; `own`: the passages the search found): the one
 * left standing, or the last one with `unsettled` when an ask it does not settle has no other passage that does.
 * `firstMissHandsOff`: a customer whose first unsettled question hands them to a person (a VIP rule), for whom a request
 * beside an answered question is still unsettled.
 */
export function applyNarrowAsks(kb: KnowledgeBase, said: string, found: KbHit, own: readonly KbHit[], firstMissHandsOff: boolean): { hit: KbHit; unsettled: boolean } {
  let hit = found;
  for (const ask of NARROW_ASKS) {
    const asks = (s: string) => ask.asks(s, kb.names.shop);
    const settles = (id: number) => (ask.settlesFor ? ask.settlesFor(said, kb.passages[id]!.text) : ask.settles.test(kb.passages[id]!.text));
    if (!asks(said) || settles(hit.passage.id)) continue;
    if (ask.besideOthers && !firstMissHandsOff && answersAnotherQuestion(kb, said, hit, asks)) continue;
    const other = ask.another ? own.find((h) => h.confidence >= ANSWER_THRESHOLD && settles(h.passage.id)) : undefined;
    if (!other) return { hit, unsettled: true };
    hit = other;
  }
  return { hit, unsettled: false };
}

/**
 * "How long does a refund take? And do you engrave the lamps?": the passage found answers the other question of the
 * message (alone, that question finds it too), so the request beside it does not make it no answer.
 */
function answersAnotherQuestion(kb: KnowledgeBase, said: string, hit: KbHit, asks: (s: string) => boolean): boolean {
  return sentences(said).some((s) => s.includes('?') && !asks(s) && searchKnowledgeBase(kb, s, 1).some((h) => h.passage.id === hit.passage.id && h.confidence >= ANSWER_THRESHOLD));
}
