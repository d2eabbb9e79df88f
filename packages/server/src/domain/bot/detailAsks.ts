/**
 * Session 56: details a passage near them leaves open, which a VIP is handed off for: a store's hours on a named holiday
 * the passage does not list, the app offline, the warranty of a replacement, points for purchases before joining,
 * payment terms for a business. Each is settled only by a passage about that very detail (narrowAsks.ts applies them).
 * `said` is normalised (lower case, no apostrophes).
 */
import { sentences } from './text.js';
import type { NarrowAsk } from './narrowAsks.js';

/** Days a store may keep other hours, as customers name them. */
const HOLIDAY = /\b(christmas eve|christmas day|boxing day|new years eve|new years day|easter( sunday| monday)?|good friday|whit ?monday|pentecost|ascension day|labou?r day|may day|memorial day|independence day|(the )?(4th|fourth) of july|july (4th|fourth)|thanksgiving|black friday|(the )?(24th|25th|26th|31st) (of )?december|december (24th|25th|26th|31st|24|25|26|31)|bank holidays?|public holidays?)\b/g;
const STORE_HOURS = /\b(open|opening|opens|close|closes|closed|closing|hours)\b/;
/** (Review 2 of session 56: what else opens or closes on a day, "will the Black Friday deals be open to members?", "does the
 * return window close on December 31st?" — unless a store is named.) */
const NOT_A_STORE = /\b(sales?|deals?|offers?|discounts?|promo\w*|codes?|vouchers?|returns?|refunds?|window|period|orders?|deliver\w*|shipping|cut-?off|deadline|registration|sign-?ups?)\b/;
const STORE_NAMED = /\b(stores?|shops?|branch(es)?|outlets?|showroom)\b/;

/** "Is the Berlin store open on Christmas Eve?" (not "closed on Sundays and public holidays" asked of a day it names). */
export function asksHolidayHours(said: string): boolean {
  return sentences(said).some((s) => STORE_HOURS.test(s) && (s.match(HOLIDAY) ?? []).length > 0 && s.includes('?') && (STORE_NAMED.test(s) || !NOT_A_STORE.test(s)));
}
/** The passage names every holiday asked about (a general "public holidays" covers only itself). */
function namesTheHolidays(said: string, passage: string): boolean {
  const text = passage.toLowerCase().replace(/[’']/g, '');
  const asked = sentences(said).filter((s) => STORE_HOURS.test(s)).flatMap((s) => s.match(HOLIDAY) ?? []);
  // "closed on public holidays" settles the days that are public holidays in most of Europe (Easter Monday), not
  // Christmas Eve or New Year's Eve, which are not.
  const publicHolidays = /\b(public|bank) holidays?\b/.test(text);
  return asked.every((h) => text.includes(h.replace(/^the /, '')) || (publicHolidays && PUBLIC_HOLIDAY.test(h)));
}
const PUBLIC_HOLIDAY = /^(the )?(easter( sunday| monday)?|good friday|whit ?monday|pentecost|ascension day|labou?r day|may day|christmas day|boxing day|new years day|(25th|26th) (of )?december|december (25th|26th|25|26)|bank holidays?|public holidays?)$/;

/** "Can the app store maps offline?", "does it work without signal?": a passage that speaks of offline use. */
const OFFLINE = /\b(offline|off-line|without (a )?(signal|internet|data|connection|reception|wi-?fi|network|coverage)|no (signal|reception|coverage|internet|data connection))\b/;
const ASKS_APP_OR_MAPS = /\b(app|maps?|routes?|navigation|gpx|tracks?|download\w*)\b/;
export function asksOffline(said: string): boolean {
  return sentences(said).some((s) => OFFLINE.test(s) && ASKS_APP_OR_MAPS.test(s) && /\?|\b(can|could|does|do|will|is|are)\b/.test(s));
}
const SPEAKS_OFFLINE = /\b(offline|without (a )?(signal|internet|connection|data))\b/i;

/** "Does the replacement watch get a fresh 2-year warranty?": the warranty of a replaced or repaired item. */
/** (Review 2 of session 56: asked, not told — "I got a replacement under warranty and now the new one leaks too"; a new or
 * original warranty, not a new or original item; "still under the original warranty", "if you replace it, does the warranty
 * restart?", "does the warranty of the replacement run from the original purchase date?".) */
const REPLACED = String.raw`(replacement|replaced|repaired|new one|exchanged|(replace|repair|exchange|swap) (it|them|the \w+))`;
const REPLACED_WARRANTY = new RegExp(String.raw`\b${REPLACED}\b[^.!?]{0,60}\b(fresh|new|own|full|another|restarted|original|same)( \d-year| two-year| 2 year)? (warranty|guarantee)\b|\b${REPLACED}\b[^.!?]{0,60}\b(warranty|guarantee)\b[^.!?]{0,60}\b(fresh|new (warranty|guarantee|period|\d-year|two-year|clock)|restart\w*|reset|start\w* (again|over|from)|run\w* from|count\w* from|original (warranty|guarantee|date|purchase|period|term)|remaining|rest of)\b|\b(warranty|guarantee)\b[^.!?]{0,40}\b(restart\w*|reset|start\w* (again|over))\b[^.!?]{0,40}\b(replacement|replaced|repair\w*|exchange\w*)\b|\b(warranty|guarantee) (of|for|on) (the|a|my|your) (replacement|repaired|exchanged)\b[^.!?]{0,40}\b(restart\w*|reset|start\w* (again|over|from)|run\w* from|count\w* from|original (warranty|guarantee|date|purchase|period|term)|fresh|new (warranty|guarantee|period|clock))\b`);
const ASKED = /\?|^\W*(does|do|is|are|will|would|can|could|how|what|when|whether)\b|\b(wonder\w*|know (if|whether)|tell me (if|whether))\b/;
export function asksReplacementWarranty(said: string): boolean {
  return sentences(said).some((s) => REPLACED_WARRANTY.test(s) && ASKED.test(s));
}
const SPEAKS_REPLACED_WARRANTY = /\b(replacement|replaced|repaired)\b[^.]{0,80}\b(warranty|guarantee)\b[^.]{0,60}\b(new|restart|remaining|original|continues|rest of)\b/i;

/** "I bought a Pace 5 in March and only joined last week: can those purchases be added to my points?" */
/** (Review 2 of session 56: purchases made before, not an older model, "points on the older Pace 3", nor a date ahead, "points
 * for orders placed before Friday".) */
const PAST_POINTS = /\b(add\w*|claim\w*|credit\w*|count\w*|get|earn\w*|collect\w*)\b[^.!?]{0,40}\b(points|trailpoints)\b[^.!?]{0,40}\b(for|on|from)\b[^.!?]{0,30}\b((past|earlier|old|older|previous) (purchases?|orders?|receipts?|buys)|before (i|we) (joined|signed up|registered|had an account|was a member|were members)|before (joining|signing up|registering)|last (year|month|spring|summer|winter|autumn))\b|\b(those|these|earlier|past|previous|old|older) (purchases|orders|receipts)\b[^.!?]{0,40}\b(added|count\w*|credited|towards?|to my|earn)\b[^.!?]{0,20}\b(points|trailpoints|account)\b|\b(before|until) (i|we) (joined|signed up|registered|had an account)\b[^.!?]{0,60}\b(points|trailpoints)\b|\b(points|trailpoints)\b[^.!?]{0,60}\b(before|until) (i|we) (joined|signed up|registered)\b/;
export function asksPastPurchasePoints(said: string): boolean {
  return sentences(said).some((s) => PAST_POINTS.test(s));
}
const SPEAKS_PAST_POINTS = /\b(retroactive\w*|past purchases|previous purchases|earlier purchases|before you joined|before joining|older orders)\b/i;

/** "Can we pay by invoice on 30-day terms?": credit terms for a business. */
// (Review 2 of session 56: not "on account of the delay"; nor a pay-later invoice, "can I pay by invoice with Klarna?", which
// the payment methods passage settles as "pay in 30 days".)
const TERMS = /\b(\d{1,3}[- ]days? (payment )?terms|net ?\d{2}|payment terms|credit terms|on account(?! of\b)|trade credit|pay (by|on|against) invoice)\b/;
export function asksPaymentTerms(said: string): boolean {
  return sentences(said).some((s) => TERMS.test(s) && /\?|\b(can|could|do|does|is|are|would|possible)\b/.test(s) && !/\b(klarna|paypal|afterpay|affirm|clearpay|pay later)\b/.test(s));
}
const SPEAKS_TERMS = /\b(payment terms|credit terms|\d{1,3}[- ]day terms|net ?\d{2}|pay (by|on) invoice|on account|invoice payment)\b/i;

/**
 * Session 57: a product's measure asked by its unit ("How many lumens does the Lumen 900R put out, and how far does the
 * beam reach?", "how heavy is the Ridgeline 3P?"): a passage about the product that gives no such figure does not settle
 * it (the lamp's "Flickering or dim light" was hedged, which a VIP's model rescue then counted as an answer). Each
 * measure: how it is asked, and how a passage states it (a number with its unit).
 */
const MEASURES: readonly { asked: RegExp; stated: RegExp }[] = [
  // Brightness ("lumens", not the lamp's name "Lumen 400", nor "two Lumens" followed by a model number).
  { asked: /\bhow (?:many )?(?:lumens|lm)\b|\bhow bright\b|\b(?:lumens(?! ?\d)|lumen (?:output|rating|count)|brightness)\b/, stated: /\b\d[\d,.]*\s?(?:lumens?|lm)\b/i },
  // How far a beam reaches ("how far does the beam reach", "beam distance"), not "how far along is my order".
  { asked: /\bhow far\b[^.?!]{0,40}\b(?:beam|light|shine|shines|throw|illuminate|see)\b|\b(?:beam|throw)\s+(?:distance|range|reach|length)\b|\b(?:beam|light)\b[^.?!]{0,30}\bhow far\b/, stated: /\b(?:beam|throw|range|reach)\w*\b[^.]{0,40}\b\d[\d,.]*\s?(?:m|metres|meters|ft|feet|yards)\b/i },
  // Weight ("how heavy", "how much does it weigh", "what's the weight of…"), not "heavy rain".
  // (Review 1 of session 57: "weigh in grams" asks it, "weigh into the price" does not.)
  { asked: /\bhow heavy (?:is|are|will|would)\b|\b(?:weigh|weighs)\b(?! (?:up|in(?! (?:grams?|g|kg|kilos?|kilograms?|pounds?|lbs?|ounces?|oz|total)\b)|into|down|on|against)\b)|\b(?:the|its|their|total|packed|trail) weight\b/, stated: /\b\d[\d,.]*\s?(?:kg|g|grams?|kilos?|kilograms?|lbs?|pounds?|oz|ounces?)\b/i },
  // A battery's capacity in mAh or Wh.
  { asked: /\bhow many (?:mah|milliamp\w*|wh|watt ?hours)\b|\b(?:battery|power ?bank)\s+capacity\b|\bcapacity of (?:the|its|my|a) (?:battery|power ?bank|voltpack)\b/, stated: /\b\d[\d,.]*\s?(?:mah|wh)\b/i },
  // Dimensions ("how tall / wide", "packed size", "dimensions").
  { asked: /\bhow (?:tall|wide)\b|\bdimensions\b|\b(?:packed|pack|folded|floor|inner|interior)\s+(?:size|dimensions|length|height|width)\b/, stated: /\b\d[\d,.]*\s?(?:x\s?\d[\d,.]*\s?)*(?:cm|mm|in|inches)\b/i },
  // Session 58: a thing's price ("do you sell the Lumen Core pack on its own? And what does it cost?"): a passage naming
  // the thing without a sum or "free" does not settle it. (Not what comes back or is paid on top: a refund, shipping, fees.)
  // (Review 1 of session 58: "how much does it heat up / pack down / flex" asks no price; "how much is too warm" neither.)
  { asked: /(?<!\bhow long\b[^.?!]{0,80})\bhow much (?:(?:is|are|for)\b(?! (?:too|enough|normal|safe|ok|okay|allowed)\b)|(?:does|do|would|will)\b(?=[^.?!]{0,40}\b(?:cost\w*|set (?:me|us|you) back|run (?:me|us|you)|charge|pay)\b))(?![^.?!]{0,40}\b(?:stretch\w*|extend\w*|last\w*|add\w*|improv\w*|sav\w*|reduc\w*|weigh\w*|hold\w*|longer|refund\w*|back|shipping|postage|delivery|deliver|return\w*|fees?|points|balance|vat|tax|customs|dut(?:y|ies)|left|worth|charged|debited|off)\b)|(?<!\bhow long\b[^.?!]{0,80})\bwhat (?:does|do|would|will) (?:it|they|one|that|this|the \w+(?: \w+){0,2}) cost\b(?<!\b(?:shipping|postage|delivery|return|returns|exchange|express) cost)(?![^.?!]{0,40}\bhow long\b)|\b(?:whats|what is|what are) the (?:price|cost)s?\b(?! (?:of|for) (?:the )?(?:shipping|delivery|postage|returns?|express|exchanges?)\b)/, stated: /[€$£]\s?\d|\d\s?(?:€|eur|euros?|usd|dollars?)\b|\d\s?%|\bfree\b|\bno (?:extra )?(?:cost|charge)\b/i },
];
/** The measures a question sentence of `said` asks for. */
function measuresAsked(said: string): { asked: RegExp; stated: RegExp }[] {
  const named = MEASURES.filter((m) => m.asked.test(said));
  if (named.length === 0) return [];
  const asking = sentences(said).filter((s) => ASKED.test(s) || /\b(?:what|whats|how)\b/.test(s));
  return named.filter((m) => asking.some((s) => m.asked.test(s)));
}
export function asksMeasure(said: string): boolean {
  return measuresAsked(said).length > 0;
}
/** The passage states every measure asked, as a figure with its unit. */
function statesMeasures(said: string, passage: string): boolean {
  return measuresAsked(said).every((m) => m.stated.test(passage));
}
/** Any figure with a unit of measure (the `settles` of the ask; `statesMeasures` decides). */
const STATES_A_MEASURE = /\b\d[\d,.]*\s?(?:lumens?|lm|kg|g|grams?|mah|wh|cm|mm)\b|[€$£]\s?\d|\bfree\b/i;

/**
 * Session 58: what a light pattern means ("what does the triple red blink actually mean?", "is there a list of what the
 * blinking means?"): a passage on flickering or dim light does not say; only one that speaks of blinks or flashes does.
 */
// (Review 1 of session 58: not a flash sale, "what does a flash sale mean for price match?".)
/** A light blinking or flashing (not a flash sale, deal or offer). */
const BLINK_WORD = String.raw`(?:blink\w*|flash(?:es|ing|ed)?(?! (?:sales?|deals?|offers?|discounts?|events?)\b))`;
const BLINK = String.raw`(?:${BLINK_WORD}|(?:light|led) (?:pattern|code|signal)s?)`;
const BLINK_MEANING = new RegExp(String.raw`\b${BLINK}\b[^.!?]{0,40}\b(?:mean|means|meaning|signal\w*|indicat\w*|tell\w* (?:me|you|us)|trying to say|stand for)\b|\b(?:mean|meaning|meanings|list|table|chart|codes?)\b[^.!?]{0,30}\b${BLINK}\b|\bwhy (?:does|is|do|are) (?:it|the \w+(?: \w+)?|my \w+(?: \w+)?) (?:keep )?${BLINK}\b`);
export function asksBlinkMeaning(said: string): boolean {
  return sentences(said).some((s) => BLINK_MEANING.test(s) && (s.includes('?') || /^\W*(?:what|why|is there|any)\b/.test(s)));
}
const SPEAKS_BLINKS = new RegExp(String.raw`\b${BLINK_WORD}\b`, 'i');

export const DETAIL_ASKS: readonly NarrowAsk[] = [
  { asks: asksHolidayHours, settles: HOLIDAY, settlesFor: namesTheHolidays, another: true, besideOthers: true },
  { asks: asksOffline, settles: SPEAKS_OFFLINE, another: true, besideOthers: true },
  { asks: asksReplacementWarranty, settles: SPEAKS_REPLACED_WARRANTY, another: true, besideOthers: true },
  { asks: asksPastPurchasePoints, settles: SPEAKS_PAST_POINTS, another: true, besideOthers: true },
  { asks: asksPaymentTerms, settles: SPEAKS_TERMS, another: true, besideOthers: true },
  { asks: asksMeasure, settles: STATES_A_MEASURE, settlesFor: statesMeasures, another: true, besideOthers: true },
  { asks: asksBlinkMeaning, settles: SPEAKS_BLINKS, another: true, besideOthers: true },
];
