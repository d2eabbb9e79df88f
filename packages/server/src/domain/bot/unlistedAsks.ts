/**
 * Session 60 (S): questions a passage near them leaves open, which a VIP is handed off for: plans for a store where
 * there is none ("Any plans for a store in Munich?" finds the store list, which says where the stores are, not where
 * they will be), and a version of a product the KB never names ("Does it come in a titanium version?" finds the price
 * match's "same model, size, colour and version"), and (A3) a way of delivering the KB never names or one record's state. Each is settled only
 * by a passage that speaks of it (narrowAsks.ts applies them). `said` is normalised (lower case, no accents or apostrophes).
 */
import { sentences, stem, words } from './text.js';
import type { NarrowAsk } from './narrowAsks.js';

const STORE = String.raw`(?:stores?|shops?|branch(?:es)?|outlets?|showrooms?|tiendas?|filialen?|laden|geschaft|niederlassung)`;
/** A plan or a future opening, in so many words (en/de/es). */
const PLAN = String.raw`(?:plans?|planned|planning|plan to|plane(?= fur)|expand\w*|expansion|geplant|planen|plant|vorhaben|pensado|planeais|planean|previst[oa]s?|planead[oa]s?)`;
const OPENING = String.raw`(?:open(?:ing)?|eroffn\w*|abrir(?:eis|an|a)?|come|coming)`;
const FUTURE = String.raw`(?:ever|soon|future|eventually|someday|some day|one day|next year|going to|gonna|will you|bald|zukunft|kunftig|pronto|futuro|algun dia)`;
const STORE_PLAN = new RegExp(
  String.raw`\b${STORE}\b[^.!?]{0,40}\b${PLAN}\b|\b${PLAN}\b[^.!?]{0,30}\b${STORE}\b` +
    String.raw`|\b${FUTURE}\b[^.!?]{0,30}\b${OPENING}\b[^.!?]{0,20}\b(?:a|an|one|another|more|new|any|una|otra|nuevas?|eine|einen|neue)\b[^.!?]{0,10}\b${STORE}\b` +
    String.raw`|\b(?:new|more|another|second|third|other|neue|weitere|nuevas?|otra|mas) ${STORE}\b[^.!?]{0,30}\b(?:${FUTURE}|coming|planned|opening)\b`,
);
/** Hours and days of the stores there are, and plans of the customer's own ("planning a trip to Berlin"). */
const NOT_A_NEW_STORE = /\b(hours|opening times|open (on|at|until|till|late|early|today|tomorrow)|closed|closing|close|sundays?|saturdays?|holidays?|christmas|click (and|&) collect|collect\w*|pick ?up|planning (a|my|our|to (visit|go|come|drop|stop|pop))|plan (a|my|our|to (visit|go|come|drop|stop|pop)))\b/;
/**
 * (Review: the customer's own plans, "my plan is to buy at the store", "my shop plans to stock your tents", and a store's
 * plans for stock or events, "any plans for the store to stock the Pace 5?", "is your store planning any events?".)
 */
const OTHER_PLAN = /\b((my|our) plans? (is|are|was|were)|(my|our) (own )?(shop|store|business|company|club|outlet)s? (plans?|planned|is planning|are planning)|(i|we) (plan|planned)|(im|i am|were|we are|i was|we were) planning)\b|\b(plans?|planning|planned) (for (the|your|that|this) (\w+ )?(store|shop|outlet|showroom|branch) )?(to )?(stock|restock|sell|carry|get (in|more)|have (more|it|them)|hold|any (events?|sales?|workshops?|promotions?|discounts?)|an? (event|sale|workshop|promotion|discount))\b/;
const ASKING = /\?|^\W*(any|are|is|will|do|does|would|could|can|gibt|habt|haben|plant|planen|hay|teneis|vais)\b|\b(wonder\w*|know (if|whether)|tell me (if|whether)|any (idea|news|word))\b/;

/** "Any plans for a store in Munich?", "Do you have a store in Munich or Hamburg planned?", "will you ever open one in Vienna?" */
export function asksStorePlans(said: string): boolean {
  return sentences(said).some((s) => STORE_PLAN.test(s) && ASKING.test(s) && !NOT_A_NEW_STORE.test(s) && !OTHER_PLAN.test(s));
}
/** A passage that speaks of stores to come. */
const SPEAKS_PLANS = /\b(plan|plans|planned|planning|opening soon|coming soon|will open|new stores?|future stores?)\b/i;

/** Words that name no version of their own ("a different colour", "the same model", "a bigger size"). */
const GENERIC = new Set(['a', 'an', 'the', 'this', 'that', 'my', 'your', 'its', 'different', 'other', 'another', 'same', 'new', 'newer', 'old', 'older', 'latest', 'current', 'cheaper', 'bigger', 'smaller', 'larger', 'lighter', 'any', 'which', 'what', 'more', 'second', 'only', 'one', 'right', 'wrong', 'correct', 'exact', 'identical', 'specific', 'particular', 'updated', 'improved', 'previous', 'original', 'standard', 'regular', 'normal', 'basic', 'full', 'whole', 'hand', 'handy', 'box', 'boxes', 'pack', 'packs', 'bag', 'case', 'parcel', 'time', 'stock', 'store', 'shop', 'size', 'sizes', 'colour', 'colours', 'color', 'colors']);
/** Materials and colours a product comes in, asked without the word "version" ("does it come in titanium?"). */
const MATERIAL_OR_COLOUR = /^(titanium|carbon|steel|stainless|aluminium|aluminum|ceramic|sapphire|leather|gold|rose|silver|bronze|black|white|grey|gray|blue|navy|red|green|olive|khaki|orange|yellow|pink|purple|brown|beige|camo|camouflage|sand|teal|burgundy)$/;
// Not "option": "is there a faster option than standard?" asks for a delivery speed, not a version of a product.
const VERSION_NOUN = String.raw`(?:version|edition|finish|variant|model|colou?r|colou?rway|case|casing|strap|bezel)s?`;
/** "come in a titanium version", "is there a solar edition", "available in olive", "do you make it in carbon". */
const VARIANT = new RegExp(
  String.raw`\b(?:come|comes|available|offered|sold|made|make|makes|sell|get|buy|have|there)\b[^.!?]{0,20}\b(?:in|with) (?:a |an )?([a-z]+)(?: ([a-z]+))?\b` +
    String.raw`|\b(?:is there|are there|do you (?:have|make|sell|offer|do)|any) (?:a |an |any )?([a-z]+) ${VERSION_NOUN}\b`,
);
/** Something else asked, not a version of the product: an order, an exchange or a colour already bought. */
const NOT_A_VARIANT = /\b(exchang\w*|swap\w*|return\w*|ordered|bought (it|one|the) in|received|arrived|came in (the|a|my) (post|mail|box|parcel)|refund\w*|[a-z]{1,4}-\d{4,})\b/;

/** The version words asked in a question sentence of `said` (empty: no version asked). */
function versionsAsked(said: string): string[] {
  const out: string[] = [];
  for (const s of sentences(said)) {
    if (!s.includes('?') && !/^\W*(does|do|is|are|can|could|will|any)\b/.test(s)) continue;
    if (NOT_A_VARIANT.test(s)) continue;
    const m = VARIANT.exec(s);
    if (!m) continue;
    if (m[3] !== undefined) {
      // A comparison ("a lighter model", "a cheaper version") asks which is better, not for a named version.
      if (!GENERIC.has(m[3]) && (MATERIAL_OR_COLOUR.test(m[3]) || !/(er|est)$/.test(m[3]))) out.push(m[3]);
      continue;
    }
    const [word, next] = [m[1]!, m[2]];
    if (GENERIC.has(word)) continue;
    // "in a titanium version" names it by the noun after it; "in titanium" only by a material or a colour.
    if ((next !== undefined && new RegExp(`^${VERSION_NOUN}$`).test(next)) || MATERIAL_OR_COLOUR.test(word)) out.push(word);
  }
  return out;
}
export function asksUnlistedVersion(said: string): boolean {
  return versionsAsked(said).length > 0;
}
/** The passage names every version asked. */
function namesTheVersions(said: string, passage: string): boolean {
  const text = ` ${passage.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return versionsAsked(said).every((v) => text.includes(` ${v} `));
}

/**
 * Session 60: a way of delivering asked for by name ("send the replacement with a signature-required delivery", "do you
 * offer Saturday delivery?", "is evening delivery possible?"): settled only by a passage that names that way, so the
 * delivery passages settle "express" but not "signature". The name is the word before "delivery"/"shipping".
 */
const DELIVERY = String.raw`(?:delivery|deliveries|shipping|shipment|postage)`;
const OPTION = String.raw`(?:a |an |any )?([a-z]+)(?:[- ](?:required|only|tracked|based|on))?`;
const DELIVERY_OPTION = new RegExp(
  String.raw`\b(?:with|via|by) ${OPTION} ${DELIVERY}\b` +
    String.raw`|\b(?:offer|offers|provide|do|arrange|have) ${OPTION} ${DELIVERY}\b` +
    String.raw`|\b(?:is|are|is there|are there) ${OPTION} ${DELIVERY} (?:available|possible|an option|option|offered)\b`,
);
/** A signature asked for in so many words ("require a signature on delivery", "signature-required", "signed-for delivery"). */
const SIGNATURE = /\b(?:with|require|requiring|need|needs|needing|want|get|ask for|request|requesting) (?:a |the )?signature\b|\bsignature[- ](?:required|on delivery|needed)\b|\bsigned[- ]for (?:delivery|service|option|shipping)\b/;
/** Words that name no way of delivering of their own, or another question (a parcel split, an address). */
const NO_OPTION = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'this', 'that', 'its', 'their', 'normal', 'usual', 'regular', 'standard', 'home', 'fast', 'faster', 'fastest', 'quick', 'quicker', 'cheap', 'cheaper', 'cheapest', 'free', 'same', 'next', 'international', 'local', 'different', 'another', 'other', 'separate', 'separately', 'one', 'single', 'split', 'partial', 'return', 'returns', 'any', 'some', 'no', 'which', 'what', 'the', 'delivery', 'shipping', 'it', 'them', 'me', 'us', 'you', 'late', 'slow', 'quick']);
const REQUESTING = /\?|\b(?:please|pls|can you|could you|would you|can i|could i|id like|i would like|i want|i need|is it possible)\b/;

/** The ways of delivering asked for in a requesting sentence of `said` (empty: none asked). */
function deliveryOptionsAsked(said: string): string[] {
  const out: string[] = [];
  for (const s of sentences(said)) {
    if (!REQUESTING.test(s)) continue;
    const m = DELIVERY_OPTION.exec(s);
    const word = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    if (word && word.length > 2 && !NO_OPTION.has(word)) out.push(word);
    if (SIGNATURE.test(s)) out.push('signature');
  }
  return out;
}
export function asksDeliveryOption(said: string): boolean {
  return deliveryOptionsAsked(said).length > 0;
}
/** The passage names every way of delivering asked (by stem: "tracked" is in "tracking"). */
function namesTheOptions(said: string, passage: string): boolean {
  const text = new Set(words(passage.toLowerCase()).map(stem));
  return deliveryOptionsAsked(said).every((w) => text.has(stem(w)));
}

/**
 * Session 60 (A3): the state of one record checked by its number ("Can you confirm my old warranty claim WC-20019 was
 * closed properly?"): the passages say how claims and returns go, never how one of them went. Not how to check it
 * ("how can I see if my return was received?"), nor a record without its number.
 */
const RECORD_STATE = /(?<!\bhow (?:do|can|could|would|will|should) (?:i|we) )\b(?:confirm|check|verify|tell me|make sure|find out|see)\b[^.!?]{0,60}\b(?:claim|case|ticket|complaint|request|return|refund|order|exchange)\b[^.!?]{0,40}\b(?:was|were|has been|had been|is|got|been) (?:properly |actually |really |ever |correctly )?(?:closed|processed|received|resolved|registered|logged|approved|completed|handled|sorted|cancelled|canceled|refunded|finished|dealt with)\b/;
const RECORD_NUMBER = /\b[a-z]{1,4}-\d{3,}\b/;
export function asksRecordState(said: string): boolean {
  return sentences(said).some((s) => RECORD_STATE.test(s) && RECORD_NUMBER.test(s));
}

/**
 * Session 61: a carrier of the customer's choosing ("send it with DPD instead of DHL", "any way to pick another
 * carrier?"): delivery passages say who delivers, not that the customer may choose. Not which carrier it is, nor a
 * carrier's own trouble ("DHL says delivered").
 */
const CARRIERS = String.raw`(?:dhl|dpd|hermes|ups|fedex|gls|usps|tnt|evri|royal mail|parcelforce|colissimo|correos|postnl|canada post|australia post)`;
const CARRIER_CHOICE = new RegExp(
  String.raw`\b(?:with|via|by|use|using|through|pick|choose|select|switch to|change to|go with|have|get) (?:a |an |some )?(?:another|other|different|alternative|specific|second) (?:carrier|courier|delivery (?:company|service|firm)|shipping (?:company|provider|service))\b` +
    String.raw`|\b(?:with|via|by|use|using|through) ${CARRIERS}\b[^.!?]{0,30}\b(?:instead|rather)\b|\binstead of ${CARRIERS}\b|\b(?:choose|pick|select) (?:the |my |which |a )?(?:carrier|courier)\b`,
);
/** A return the customer sends themselves ("so I pick the carrier myself and keep the receipt?"): the returns policy's. */
const OWN_RETURN = /\b(?:myself|ourselves|return\w*|send(?:ing)? (?:it |them )?back|post(?:ing)? (?:it |them )?back|receipt)\b/;
/** Review 61: why it went with another carrier, or which one has it: what happened, not a choice asked. */
const ASKS_WHAT_HAPPENED = /\b(?:why|how come)\b[^.!?]{0,40}\b(?:did|was|is|has|went|go|got|were)\b|\b(?:which|what) (?:carrier|courier) (?:has|is|was|did)\b/;
export function asksCarrierChoice(said: string): boolean {
  return !OWN_RETURN.test(said) && sentences(said).some((s) => REQUESTING.test(s) && CARRIER_CHOICE.test(s) && !ASKS_WHAT_HAPPENED.test(s));
}
/** A passage that lets the customer choose the carrier. */
const CHOOSES_CARRIER = /\b(?:choose|choice of|select|pick)\b[^.!?]{0,20}\b(?:carrier|courier)s?\b/i;

export const UNLISTED_ASKS: readonly NarrowAsk[] = [
  { asks: asksStorePlans, settles: SPEAKS_PLANS, another: true, besideOthers: true },
  { asks: asksUnlistedVersion, settles: /$^/, settlesFor: namesTheVersions, another: true, besideOthers: true },
  { asks: asksDeliveryOption, settles: /$^/, settlesFor: namesTheOptions, another: true, besideOthers: true },
  { asks: asksRecordState, settles: /$^/, another: false, besideOthers: true },
  { asks: asksCarrierChoice, settles: CHOOSES_CARRIER, another: true, besideOthers: true },
];
