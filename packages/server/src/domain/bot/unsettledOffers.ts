/**
 * Session 61 (V3): VIP questions a passage near them leaves open (narrowAsks.ts applies them; `said` normalised): a
 * discount at a sale to come ("will the Lumen 900R be discounted for Black Friday?" finds the price match, which leaves
 * Black Friday out, not whether the shop joins it), loyalty status moved to another account (the programme says only
 * that points cannot be), one part of a product swapped (exchanges are of a whole item's size or colour), and a placed
 * order's change asked of the team because it has not shipped (the change passage says what the customer can still do
 * themselves, not what the team will for an order that has not left).
 */
import { sentences } from './text.js';
import type { NarrowAsk } from './narrowAsks.js';

/** A sale named as an event, not "on sale items" (what the discount codes exclude). */
const EVENT = String.raw`(?:black friday|cyber monday|boxing day|prime day|singles day|(?:the )?(?:summer|winter|christmas|xmas|january|holiday|spring|autumn|end of season|mid-?season|next|upcoming|seasonal) sales?)`;
const FUTURE_DISCOUNT = new RegExp(
  String.raw`\b(?:will|would|is|are|going to|gonna|any chance|do you (?:plan|expect|think))\b[^.!?]{0,40}\b(?:discount\w*|on sale|reduced|cheaper|marked down|price drops?|in the sales?|deals?|promotions?|\d+ ?% off|money off)\b[^.!?]{0,30}\b(?:for|on|during|in|at|over|around|before|this|next|come) ${EVENT}\b` +
    String.raw`|\b(?:will|are|is) (?:you|there|northwind)\b[^.!?]{0,20}\b(?:doing|having|running|holding|be|do|have|run|join\w*|take part in)\b[^.!?]{0,15}\b${EVENT}\b` +
    String.raw`|\b(?:buy (?:it )?now or wait|wait (?:for|until|till) ${EVENT})\b`,
);
/** Bought at such a sale already (a return or a price match of what was paid), which passages settle. */
const BOUGHT_THEN = /\b(bought|ordered|paid|purchased|got it|returned?|refund\w*)\b/;
export function asksFutureDiscount(said: string): boolean {
  return sentences(said).some((s) => FUTURE_DISCOUNT.test(s) && !BOUGHT_THEN.test(s));
}
/** A passage that says when or whether the shop's own sales come. */
const SPEAKS_SALES = /\b(upcoming|next|annual|yearly|seasonal) sales?\b|\bsales? (dates?|calendar|start|starts|run|runs)\b|\bblack friday (sale|deals|discounts?)\b/i;

const STATUS = String.raw`(?:status|tier|level|membership|perks|benefits)`;
/** "move my Summit status over to my husband's account", "transfer our membership to my wife". */
const MOVES_STATUS = new RegExp(
  String.raw`\b(?:move|moving|transfer\w*|switch\w*|pass|passing|give|giving|share|sharing|port|merge|merging|carry|carrying)\b[^.!?]{0,10}\b(?:my|our|the|his|her) (?:\w+ )?${STATUS}\b[^.!?]{0,15}\b(?:to|onto|into|with)\b[^.!?]{0,20}\b(?:account|husband|wife|partner|spouse|son|daughter|mum|mom|dad|friend|someone|another|family)\b`,
);
export function asksStatusTransfer(said: string): boolean {
  return sentences(said).some((s) => MOVES_STATUS.test(s));
}
const MOVES_STATUS_PASSAGE = new RegExp(String.raw`\b${STATUS}\b[^.!?]{0,40}\b(transferr?\w*|moved|shared|passed on)\b|\btransferr?\w*\b[^.!?]{0,40}\b${STATUS}\b`, 'i');

const PART = String.raw`(?:fly|rainfly|rain fly|flysheet|fly sheet|poles?|pole section|inner(?: tent)?|footprint|pegs|stakes|strap|band|hood|lid|lens|charger|cable|buckle|zip|zipper|insoles?|liner|bezel)`;
/** "can you swap just the fly?", "exchange only the poles", "replace the strap on its own". */
const SWAPS_PART = new RegExp(
  String.raw`\b(?:swap|exchang|replac|chang|send)\w*\b[^.!?]{0,20}\b(?:just|only) (?:the|a|that|this|my) (?:\w+ )?${PART}\b` +
    String.raw`|\b(?:swap|exchang|replac)\w* (?:the|a|my) (?:\w+ )?${PART} (?:only|alone|on its own|by itself|separately)\b`,
);
/** A part broken or worn is a warranty claim, which the warranty settles. */
const BROKEN = /\b(broke\w*|broken|faulty|defect\w*|warranty|damaged|torn|snapped|cracked|bent|stopped|lost)\b/;
export function asksPartSwap(said: string): boolean {
  return !BROKEN.test(said) && sentences(said).some((s) => SWAPS_PART.test(s));
}
const SWAPS_PARTS = /\b(spare parts?|individual parts|single parts|separate parts)\b|\bexchang\w*\b[^.!?]{0,30}\bparts?\b/i;

/** "Need to change the delivery address on NW-286510… It hasn't shipped.": one order, a change, and not shipped yet. */
const CHANGE_ORDER = /\b(?:change|changing|amend|amending|update|updating|edit|editing|correct|correcting|cancel|cancelling|canceling)\b[^.!?]{0,30}\b(?:address|size|colou?r|order|it)\b/;
const NOT_SHIPPED = /\b(?:hasnt|has not|havent|have not|isnt|is not|not|not yet|still not|hasnt yet) (?:yet )?(?:been )?(?:shipped|dispatched|sent|left|gone out|packed)\b/;
const AN_ORDER = /\b[a-z]{1,4}-\d{4,}\b/;
/** Asking whether or how, not asking for it: "can I still change it if it hasn't shipped?" reads the rule. */
const ASKS_THE_RULE = /\b(?:if|whether|when|until|as long as)\b[^.!?]{0,30}\b(?:hasnt|has not|not yet|isnt|is not)\b|\bhow (?:do|can|could) (?:i|we)\b/;
export function asksChangeNotShipped(said: string): boolean {
  return AN_ORDER.test(said) && CHANGE_ORDER.test(said) && NOT_SHIPPED.test(said) && !ASKS_THE_RULE.test(said);
}

/**
 * Session 62 (V): a product to come ("Is a new version of the Pace 5 coming out this year?", "any successor to the Lumen
 * planned?"): the articles say what is sold now (the warranty matched "Pace 5"), never what is launched next. Not a
 * version bought or on the shelf ("does the new model come with a charger?", "I bought the new version last week").
 */
const NEXT_PRODUCT = String.raw`(?:successor|replacement model|(?:new|newer|next|updated|upgraded|improved|\d(?:st|nd|rd|th)[- ]gen(?:eration)?) (?:version|model|edition|generation|gen)|next[- ]gen(?:eration)?|mk ?(?:2|ii|3|iii)|v ?[2-9]\b)`;
const COMING = String.raw`(?:coming(?! with)(?: out)?|come out|comes out|be (?:out|released|launched|announced|available)|(?:get|gets|getting) (?:released|launched|announced)|releas\w*|launch\w*|announc\w*|due(?: out)?|on the way|in the works|planned|in the pipeline|(?:out|available) (?:soon|this|next|later|before)|any ?time soon|soon)`;
const LAUNCH_ASKED = new RegExp(String.raw`\b${NEXT_PRODUCT}\b[^.!?]{0,50}\b${COMING}\b|\b(?:when|will|is|are|any|do you (?:know|expect|plan))\b[^.!?]{0,30}\b${COMING}\b[^.!?]{0,20}\b${NEXT_PRODUCT}\b`);
/** A version already got ("I bought the new version", "my newer model came"): what it does, not what comes. */
/** (Nor the new model back in stock, "will the new model be back in stock soon?": a restock, asked of stock.) */
// (Review 1 of session 62: nor one of theirs, sent or faulty: "when is my new model coming?", "is the replacement model being
// sent soon?", "since the updated version of the app was released my watch wont sync".)
const GOT_IT = /\b(?:bought|ordered|received|got|have|own|using|came|arrived|delivered)\b[^.!?]{0,20}\b(?:new|newer|updated|latest)\b|\b(?:my|our) (?:warranty |new |newer |updated |replacement )+(?:version|model|one|unit)\b|\b(?:warranty|claim|sent|send|dispatch\w*|shipp\w*|track\w*|wont|doesnt|crash\w*|stopped|error|broke\w*|missing|gone)\b|\b(?:back in stock|in stock|restock\w*|(?:be|come|coming|comes) back)\b/;
export function asksUpcomingProduct(said: string): boolean {
  return sentences(said).some((s) => LAUNCH_ASKED.test(s) && (s.includes('?') || /\b(?:wonder\w*|know (?:if|whether|when)|tell me (?:if|whether|when)|any (?:idea|news|word))\b/.test(s)) && !GOT_IT.test(s));
}
/** A passage that speaks of products to come. */
const SPEAKS_LAUNCHES = /\b(upcoming|future|next) (products?|models?|versions?|releases?|launch\w*)\b|\b(launch|release) (dates?|plans?)\b|\bcoming soon\b/i;

export const UNSETTLED_OFFERS: readonly NarrowAsk[] = [
  { asks: asksFutureDiscount, settles: SPEAKS_SALES, another: true, besideOthers: true },
  { asks: asksStatusTransfer, settles: MOVES_STATUS_PASSAGE, another: true, besideOthers: true },
  { asks: asksPartSwap, settles: SWAPS_PARTS, another: true, besideOthers: true },
  { asks: asksChangeNotShipped, settles: /$^/, another: false, besideOthers: true },
  { asks: asksUpcomingProduct, settles: SPEAKS_LAUNCHES, another: true, besideOthers: true },
];
