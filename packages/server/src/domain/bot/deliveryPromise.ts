/**
 * A promise asked that a parcel is there on or by a day, which delivery times (what is usual) never settle; only a
 * passage that speaks of promised dates does.
 */
import { namedShop } from '../site/siteNames.js';

const DAY = String.raw`(this |next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b|tomorrow|tonight`;
const WHEN = String.raw`(the )?\d{1,2}(st|nd|rd|th)\b|${DAY}|then\b|christmas( eve)?|xmas|easter|(his|her|my|our|their|the) (\w+ )?(birthday|wedding|trip|party|anniversary|flight)`;
/**
 * Asked to promise that a parcel is there on or by a day: "can you guarantee it arrives by Thursday?", "can u guarantee
 * it comes friday", "will it for sure be here by Saturday?" (not the warranty, "I want to make sure it arrives in time",
 * or "before the 30 days are up"). Session 60: or to confirm it, "could you confirm it will be delivered before the 14th?"
 * (not what happened, "can you confirm it was delivered on Monday?").
 */
const DELIVERY_PROMISE = new RegExp(
  String.raw`\b((can|could|will|would|do|does) (you|u|ya|they|<shop>)( \w+){0,2} (promise|guarantee|make sure|ensure|commit to|confirm(?![^.!?]{0,30}\b(was|were|has been|had been|got|came|arrived)\b))|(promise|guarantee) (me|us)( that)?|(way|possible|able) to (guarantee|promise|make sure|ensure))\b[^.!?]{0,60}\b(arriv\w*|deliver\w*|comes?|(be|is|its|it s|they re|theyre|are) (there|here|with (me|us|him|her)|in [a-z]+)|gets? (here|there|to (me|us|him|her))|turns? up|land\w*)\b[^.!?]{0,40}(\b(by|on|before|for|in time for) (${WHEN})|\b(${DAY}))|\b((can|could|do|does) (you|u|<shop>)( \w+)? (guarantee|promise)|(way|possible|able) to (guarantee|promise)) (next[- ]day|same[- ]day|(a )?(specific|set|certain|fixed) (delivery )?(day|date)) delivery\b|\b(will|would) (it|they|the \w+|my \w+|(order )?[a-z]{1,4}-\d{4,}) (for sure|definitely|100%|100 ?percent|surely|certainly|be guaranteed to) (be (here|there|with (me|us))|arrive|get (here|there)|come)\b[^.!?]{0,30}\b(by|on|before|for|in time for) (${WHEN})`,
);
/**
 * The same promise with the day in another sentence of the message ("I need it in Sevilla before the 14th… If I order
 * today, can you guarantee that it arrives?"), or the exact day asked for ("can you tell me the exact day NW-902174
 * will be delivered?").
 */
const PROMISE_ANY_DAY = new RegExp(String.raw`\b((can|could|will|would|do|does) (you|u|ya|they|<shop>)( \w+){0,2} (promise|guarantee)|(promise|guarantee) (me|us)( that)?)\b[^.!?]{0,40}\b(arriv\w*|deliver\w*|comes?|gets? (here|there))\b`);
const SAYS_A_DAY = new RegExp(String.raw`\b(by|before|on|for|in time for) (${WHEN})`);
/** Money or a reply that arrives, not a parcel ("what day will my refund arrive?"). */
// (Review 1 of session 62: nor a return that must get back, a code, the warranty's start: "what day does my return need
// to arrive by?", "which day will the gift card arrive?", "exactly which date does the warranty start, the day it arrives?".)
const NOT_PARCEL = String.raw`(?![^.!?]{0,80}\b(refund\w*|money|credit|points|voucher|reply|answer|e-?mail|returns?|returned|gift ?cards?|codes?|warranty|guarantee|window|labels?|(need|needs|has|have|must) to)\b)`;
// (Session 62: the adverb first, "tell me exactly what day NW-128890 will arrive", "precisely which date it gets delivered".)
const EXACT_DAY = new RegExp(String.raw`\b(exact|precise|specific|definite) (day|date)\b[^.!?]{0,50}\b(deliver\w*|arriv\w*|turn up|get here)\b|\b(what|which) (day|date) exactly\b[^.!?]{0,40}\b(deliver\w*|arriv\w*)\b|\b(exactly|precisely) (on )?(what|which) (day|date)\b${NOT_PARCEL}[^.!?]{0,40}\b(will|would|does|do|should|is|are|can)\b[^.!?]{0,40}\b(deliver\w*|arriv\w*|turn up|get here|be here|come)\b`);
/**
 * Session 62: the day a placed order comes, asked outright ("what day will my order arrive?", "which day does NW-553201 get
 * delivered?"): tracking gives the carrier's estimate, not the day. (With PLACED_ORDER, not ORDERING_YET.)
 */
const WHAT_DAY = new RegExp(String.raw`\b(what|which) (day|date)\b${NOT_PARCEL}[^.!?]{0,40}\b(will|would|does|do|is|are|should|can)\b[^.!?]{0,40}\b(arrive|be delivered|get delivered|get here|be here|turn up|reach (me|us))\b`);
/**
 * An order already placed, asked to be there on or by a day ("NW-338105 - can it arrive fri specifically?", "will it
 * arrive before Friday the 14th? It's for a trip"): delivery times say what is usual, not when that parcel comes. Not
 * asked before ordering ("If I order with express on Friday, will it arrive on Saturday?").
 */
const ORDER_BY_DAY = new RegExp(String.raw`\b(will|would|can|could|does|is) (it|they|this|that|my (order|parcel|package)|the (order|parcel|package)|order [a-z]{1,4}-?\d{4,}|[a-z]{1,4}-\d{4,})( \w+){0,2} (arrive|get here|get there|be here|be there|be delivered|come(?! back)|reach (me|us))\b[^.!?]{0,30}(\b(before|by|on|in time for) ((the |this |next )?(weekend|week)\b|${WHEN})|\b(${DAY})[^.!?]{0,3}\b(specifically|exactly|precisely)\b)`);
/**
 * Session 58: the same asked as a wish ("would it be possible to have it arrive by then?", "can I get the order delivered
 * before the 14th?") or the date of a placed order's delivery ("or at least find out the delivery date?"): no passage
 * gives one parcel's day.
 */
const HAVE_IT_BY_DAY = new RegExp(String.raw`\b(have|get|got) (it|them|this|that|my (order|parcel|package)|the (order|parcel|package)|order [a-z]{1,4}-?\d{4,}|[a-z]{1,4}-\d{4,}) (to )?(arrive|arriving|delivered|here|there|to (me|us|him|her))\b[^.!?]{0,20}\b(before|by|on|in time for) ((the |this |next )?(weekend|week)\b|${WHEN})`);
// (Review 1 of session 58: not where to look it up, "where can I see the expected delivery date for my order?": tracking.)
const ORDER_DATE = /(?<!\b(where|how) (can|do|could|would|should|will) (i|we) (\w+ )?)\b(find out|know|tell me|tell us|give me|confirm|check|get|see|what is|whats|what s) (the|its|my|our|an?|their) (exact |expected |estimated |likely |probable |planned )?(delivery|arrival) (date|day)\b/;
const PLACED_ORDER = /\b[a-z]{1,4}-\d{4,}\b|\b(my|our|the|this) (order|parcel|package)\b|\b(ordered|placed|shipped|dispatched)\b/;
const ORDERING_YET = /\b(can|could|may) (i|we) (buy|order|purchase)\b|\b(if|when|once) (i|we|you) (order|ordered|place|placed|buy|bought|pay|paid|check ?out|went|go|choose|chose|pick|picked)\b|\bif ordered\b|\b(thinking of|thinking about|planning on|planning to|about to|going to) (order|ordering|buy|buying)\b|^\W*ordering (now|today|tonight)\b|\b(before|haven ?t|have not|havent|not yet) (i |we )?(order|ordered|placed|bought)\b/;
/**
 * Session 60: when a placed order arrives, asked to the day ("When will order NW-193370 arrive exactly?") or with a day it
 * is needed by ("when will it get here? I need it before Thursday"): tracking and delivery times say what is usual.
 */
const WHEN_ARRIVES = String.raw`\bwhen (exactly |precisely )?(will|would|does|do|is|are|can|should) (it|they|this|that|my (order|parcel|package)|the (order|parcel|package)|order [a-z]{1,4}-?\d{4,}|[a-z]{1,4}-\d{4,})( \w+){0,2} (arrive|get here|get there|be here|be there|be delivered|come|reach (me|us))\b`;
const WHEN_EXACTLY = new RegExp(String.raw`${WHEN_ARRIVES}[^.!?]{0,20}\b(exactly|precisely|for sure|specifically)\b|\bwhen exactly\b[^.!?]{0,40}\b(arrive|be delivered|get here|be here)\b`);
const WHEN_ARRIVES_RE = new RegExp(WHEN_ARRIVES);
const NEEDS_BY = new RegExp(String.raw`\b(need|needs|needed|must have|have to have)\b[^.!?]{0,25}\b(by|before|in time for) (${WHEN})`);
const PROMISED_DATES = /\b(guarantee\w*|promise\w*|exact (delivery )?date|specific (delivery )?date|delivery date of your choice|choose (a|the|your) delivery (date|day)|scheduled delivery)\b/i;

/** Session 51: the same promise asked in Spanish or German ("¿me podéis garantizar que llega a Granada antes del viernes?"). */
const PROMISE_ES_DE = /\b(garantizar|garantizais|garantizas|garantiza|garantizan|asegurar|asegurarme|prometer) que (\w+ ){0,4}(llega|llegue|llegara|llegaria|este|estara|entregue|entregara|entregado)\b|\b(garantieren|zusichern|versprechen),? dass\b[^.!?]{0,60}\b(ankommt|ankommen|da ist|geliefert wird|eintrifft|zugestellt)\b/;

/**
 * Session 61 (V): a delivery booked for a day of the customer's choosing ("can I schedule the delivery for her birthday,
 * 12 June?", "could you book the parcel for the 3rd?"): delivery times say what is usual, not that a day can be chosen.
 * Not picking the parcel up ("pick the parcel up on Saturday"), nor a delivery already scheduled ("it was scheduled for Monday").
 */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}`;
const A_DATE = String.raw`(?:${WHEN}|\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH}\b|${MONTH} \d{1,2}(?:st|nd|rd|th)?\b|an? (?:specific|particular|certain|set|chosen|fixed) (?:day|date))`;
const SCHEDULED_DAY = new RegExp(
  String.raw`\b(?:schedule|book|pick|choose|select|set|arrange|time|plan)\s+(?:the |my |a |its |her |his |our |their )?(?:delivery|shipment|parcel|package|order)(?! up\b)\b[^.!?]{0,12}\b(?:for|on) ${A_DATE}` +
    String.raw`|\b(?:choose|pick|select|set) (?:a |the |my |our )?(?:delivery|arrival) (?:date|day)\b`,
);

/**
 * Session 61 (V3): the team asked to send something so it is there by a day ("could you ship the replacement by express so
 * it arrives before Thursday?"), or to send it when the customer needs it on a day ("could you send the medium out first?
 * I need it for a trip on Saturday"): delivery times say what is usual, not that this parcel makes it. Not a question
 * before ordering ("if I order today, will it arrive by Friday?"), nor the customer's own sending ("I need to post it by Friday").
 */
const SEND_ASKED = /\b(?:can|could|would|will) (?:you|u|ya)(?: please)? (?:\w+ )?(?:send|ship|post|dispatch|express|rush|get)\b/;
const SO_IT_ARRIVES = new RegExp(String.raw`\bso (?:that )?(?:it|they|the \w+|i|we) (?:arrives?|gets? (?:here|there|to (?:me|us))|(?:is|are) (?:here|there)|(?:can )?(?:have|get) (?:it|them)|lands?)\b[^.!?]{0,20}\b(?:before|by|on|in time for) (?:${WHEN})`);
const NEED_IT_ON = new RegExp(String.raw`\b(?:need|needs|needed|must have)\s(?:it|them|one|the \w+)\b[^.!?]{0,30}\b(?:by|before|on|in time for) (?:${WHEN})`);
function asksSentByDay(said: string): boolean {
  return SEND_ASKED.test(said) && (SO_IT_ARRIVES.test(said) || NEED_IT_ON.test(said)) && !ORDERING_YET.test(said);
}

/** `said` normalised; `shop`: site.json `name` ("can Northwind guarantee…"). */
export function asksDeliveryPromise(said: string, shop: string): boolean {
  return namedShop(DELIVERY_PROMISE, shop).test(said) || SCHEDULED_DAY.test(said) || asksSentByDay(said) || PROMISE_ES_DE.test(said) || (namedShop(PROMISE_ANY_DAY, shop).test(said) && SAYS_A_DAY.test(said)) || EXACT_DAY.test(said) || ((ORDER_BY_DAY.test(said) || HAVE_IT_BY_DAY.test(said) || ((ORDER_DATE.test(said) || WHAT_DAY.test(said)) && PLACED_ORDER.test(said)) || WHEN_EXACTLY.test(said) || (WHEN_ARRIVES_RE.test(said) && NEEDS_BY.test(said))) && !ORDERING_YET.test(said));
}

/** A passage that speaks of guaranteed or chosen delivery dates. */
export function promisesDates(passageText: string): boolean {
  return PROMISED_DATES.test(passageText);
}
