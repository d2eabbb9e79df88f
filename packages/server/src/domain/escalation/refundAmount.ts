/**
 * How much a message asks to have refunded: the items' amounts as typed, summed, each counted as often as the message
 * says ("two jackets at €109,95 each"), without the order's total, a stated total's parts, shipping or money already
 * back. rules.ts applies the refund-over-amount rule with it.
 */
import { normalise } from '../bot/text.js';
import { findAmounts, type Amount } from './amounts.js';
import { returnedItems } from './returnedItems.js';
import { isBound, withoutMoneyBack } from './notItemAmounts.js';

/** "only the lamp from my €320 order", "I kept most of order NW-714406": the order total is not what is being refunded. */
// ("Just to check the money side" is no partial refund.)
/**
 * Session 62 (RU): one of several already gone back, "I returned one tent from a 2-tent order", "the one I sent back
 * was €199": the rest stays, so the order's total or a count of them is not what is refunded.
 */
const ONE_GONE_BACK = /\b(returned|sent back|refunded) (just |only )?(one|1|a single)\b(?!-| (more|days?|weeks?|months?|years?|hours?|times?|last)\b)|\b(sent|posted|mailed|shipped) (just |only )?(one|1|a single) (\w+ ){0,2}back\b|\bthe (one|1) (that |which )?((i|we) (have |had |just |already )?(returned|am returning|m returning|returning|(sent|posted|mailed|shipped|am sending|m sending|sending)( \w+)? back)|(went|is going|goes|was sent|got sent|is coming|came) back)\b/;
const PARTIAL_WORDS = /\b((im |i am |were |we are )?(returning|sending back) (one|1|a single)\b|(returning|sending|send|return) (just |only )?(one|1|a single) \w+( \w+)? back\b|(is|are) staying\b|only|just(?! (to (check|confirm|be sure|make sure|clarify|say)|making sure|checking|wondering|want|wanted|asking))|partial|one of|part of|some of|(?<!\ball )(\d+|two|three|four|five|six) of (the|my|our) (?!(\d+|two|three|four|five|six|seven|eight|nine|ten)\b)|keeping|keep the|(i|we) kept (most|some|the rest|everything else|all but|the \w+|the [€$£])|nur|solo)\b/;
const PARTIAL = new RegExp(`${PARTIAL_WORDS.source}|${ONE_GONE_BACK.source}`);

/** A shipping cost beside the amount ("the €4.95 shipping", "paid €12.95 for express"). */
const SHIPPING_NEAR = /\b(shipping|postage|delivery (fee|cost|charge)|return (label|postage|shipping)|express( (fee|surcharge|shipping|delivery))?|gastos de env[ií]o|env[ií]o|versand(kosten)?|porto)\b/;
/** The words either side of an amount within its own clause (review: "€349 via DHL, shipping label prepaid" is the tent's). */
const clauseAround = (text: string, a: Amount) => `${text.slice(Math.max(0, a.index - 15), a.index).split(/[,;.!?()]/).pop()} ${text.slice(a.index + a.raw.length, a.index + a.raw.length + 15).split(/[,;!?()]|\.(?!\d)/)[0]}`;

const TOTAL_LABEL = /\b(order|total|bestellung|pedido)\b[^.,;!?]{0,20}$|\bfrom (my|a|an|the|our)\s*$|\b(together|altogether|in total) for\s*$|\b(came|comes|come) (to|out at)( a total of)?\s*$|\btotall?(ed|ing)\s*$/;

/** A payment taken twice: "two payments of €149 for one order", "charged me 2 payments of €129", "the same order". */
const DOUBLE_CHARGE = /\b(twice|double|duplicate\w*|(for|on) (one|the same|a single|1) (order|purchase)|instead of one|charged (me )?(two|2)|(two|2) payments? (of [€$£]?\s*[\d.,]+\s*[€$£]? )?(went through|were taken|taken|showing|show up|appeared))\b/i;

/** What the customer is billed, not refunded: "i owe €219.80", "klarna says pay €219.80", "the app wants me to pay €90". */
const BILLED_BEFORE = /\b((i|we) (still )?(owe|have to pay|need to pay|must pay)|(says|said|saying|tells me|telling me|wants me|asks me|asking me|reminds me|reminding me)( (i|we))?( still)?( to)? (owe|pay))( (the|my|this|that|our))?\s*$/;

/** Sum of the amounts being refunded in one message. */
export function refundAmount(message: string, before = ''): { total: number; amounts: Amount[] } {
  const text = message.toLowerCase();
  const found = findAmounts(message);
  let amounts = [...found, ...bareEach(found, text)].sort((a, b) => a.index - b.index);
  // "the Stormshell jacket, €229... sorry no, I'm keeping the jacket, it's only the gloves going back, €34,95": what
  // comes after the customer takes it back replaces what came before.
  const retracted = /(?:^|[\s.,;!—-])(?:(?:sorry|actually),? no\s*[,.!—-]|no,? wait\b|scratch that\b|correction:|my mistake\b|oops\b)/.exec(text);
  if (retracted && amounts.some((a) => a.index > retracted.index) && amounts.some((a) => a.index < retracted.index)) amounts = amounts.filter((a) => a.index > retracted.index);
  // "exactly €200.00 (two jackets, €100 each)": the amounts in brackets right after an amount are its parts, not more items.
  const parts = new Set(amounts.flatMap((b) => bracketedParts(text, b, amounts)));
  if (parts.size > 0) amounts = amounts.filter((a) => !parts.has(a));
  // "returned a lumen 400 (€39) from my €310 order": beside an item's price, the order's total is not refunded.
  // "(€39) from my €310 order", "the tent was €249 of the €318 total": the order's amount, not an item's.
  const ofTotal = (a: Amount) => /\bof (the|my|our|a|an)\s*$/.test(text.slice(Math.max(0, a.index - 10), a.index)) && /^\s*total\b/.test(text.slice(a.index + a.raw.length));
  const items = amounts.filter((a) => !FROM_ORDER_BEFORE.test(text.slice(Math.max(0, a.index - 30), a.index)) && !ORDER_AFTER.test(text.slice(a.index + a.raw.length, a.index + a.raw.length + 12)) && !ofTotal(a));
  if (items.length > 0 && items.length < amounts.length) amounts = items;
  // Session 53: "€200.00 exactly… And I paid €12.95 for express, do I get that back too?": shipping is no item.
  const goods = amounts.filter((a) => !SHIPPING_NEAR.test(clauseAround(text, a)));
  if (goods.length > 0 && goods.length < amounts.length) amounts = goods;
  if (PARTIAL.test(normalise(message))) {
    // Session 52: "a Ridgeline 3P (€329) and a Lumen 400 (€39.95)… keeping the Ridgeline": the items the return names.
    amounts = returnedItems(normalise(message), text, amounts) ?? amounts;
    // "€412,80 total… keeping the tent but sending back the lamp": the order's total is not what comes back.
    const kept = amounts.filter((a) => !TOTAL_LABEL.test(text.slice(Math.max(0, a.index - 30), a.index)) && !STATED_TOTAL_AFTER.test(text.slice(a.index + a.raw.length, a.index + a.raw.length + 20)) && !/^[ \t]*together\W{0,3}but\b/.test(text.slice(a.index + a.raw.length, a.index + a.raw.length + 20)));
    // One amount, called the total, beside a clear partial return ("keeping the tent"): nothing says what comes back.
    if (kept.length > 0 || (amounts.length === 1 && /\b(keeping|keep the|only (the|one)|one of|part of|some of|partial)\b/.test(normalise(message)))) amounts = kept;
  }
  // "a tent ($329), a lamp ($39) and stakes ($18)… If I return just those two I get $57 back": the amount named as the
  // money coming back is the refund, whatever else the message prices.
  // (Not the last of a list: "2 x 159 € and 1 x 49 € back please".)
  // (Money to come, not money had: "I got $50 back as store credit, but the $350 refund has not arrived".)
  // ("…so i sent just the lumen back. how long until the €39 is back on my card?": the money waited for is the refund.)
  const namedBack = amounts.filter((a) => (/^\s*back\b/.test(text.slice(a.index + a.raw.length)) && /\b(i|we) (get|will get|would get|should get|d get|receive|will receive|would receive)( the| all| only)?\s*$/.test(text.slice(Math.max(0, a.index - 25), a.index))) || (/^\s*(is|be|gets?|comes?) back (on|in|to) (my|the|our)\b/.test(text.slice(a.index + a.raw.length)) && /\b(until|till|before|when will|when does|when is) (the|my|our)\s*$/.test(text.slice(Math.max(0, a.index - 20), a.index)) && !/^[^.!?]*([€$£]\s?\d|\d\s?(€|eur|usd)|\b(too|as well|both)\b)/.test(text.slice(a.index + a.raw.length))));
  if (namedBack.length === 1 && amounts.length > 1) return { total: namedBack[0]!.value, amounts: namedBack };
  // "I was refunded €150 but the tent cost €349, I want the remaining €199 too": what is still owed is the refund.
  // ("came back €17,05 short. I paid €129,00 and got €111,95": the gap is what is asked for, not the three summed.)
  const remaining = amounts.filter((a) => /\b(the )?(remaining|outstanding|missing|rest of (the|my)|balance of( the)?|shortfall( of)?|short by|difference of|still owe[sd]? (me|us))\s*$/.test(text.slice(Math.max(0, a.index - 25), a.index)) || /^\s*(short|missing|too little|less than (i|we) (paid|expected|should))\b/.test(text.slice(a.index + a.raw.length)));
  if (remaining.length === 1 && amounts.length > 1) return { total: remaining[0]!.value, amounts: remaining };
  // "Your refund email says €124.90 but only €84.90 arrived": what came back is part of the same refund, not another item.
  // ("the stormshell was €129 and i only got €94": the same, said the other way round; "why is my refund only €140 when I
  // returned a €155 jacket": the refund called short is what came back.)
  const received = amounts.filter((a) => (/\bonly\s*$/.test(text.slice(Math.max(0, a.index - 6), a.index)) && /^\s*(has |have )?(arrived|came|come|landed|showed up|was (refunded|credited|paid)|got (refunded|credited))\b/.test(text.slice(a.index + a.raw.length))) || /\b(i|we) (only|just) (got|received|had|saw|was refunded|were refunded|got back)( back)?\s*$/.test(text.slice(Math.max(0, a.index - 30), a.index)) || /\b(refund|refunded|credit|credited|money back)( (is|was|came to|came back as|amount|amounts to))? (only|just)\s*$/.test(text.slice(Math.max(0, a.index - 35), a.index)));
  // (What came back is no part of what the items' count reads: "both jackets, €120 each, and i only got €120" is two.)
  let countText = text;
  if (received.length > 0 && received.length < amounts.length) {
    amounts = amounts.filter((a) => !received.includes(a));
    countText = text.replace(/\b(i|we) (only|just) (got|received|had|saw)\b|\bonly(?=\s*([€$£]|\d))/g, (m) => ' '.repeat(m.length));
  }
  // Session 62 (RU): "was my refund €200 or more? …€120 and €80": a bound asked about is no item; "refunded $96 but
  // paid $120": what came back is part of the money paid, not more of it.
  const bounds = amounts.filter((a) => isBound(text, a));
  if (bounds.length > 0 && bounds.length < amounts.length) amounts = amounts.filter((a) => !bounds.includes(a));
  amounts = withoutMoneyBack(text, amounts);
  // "the tent was €159 actually, not €150": the amount set aside is no item.
  if (amounts.length > 1) amounts = amounts.filter((a) => !/\bnot\s*$/.test(text.slice(Math.max(0, a.index - 5), a.index)));
  // Session 50: "klarna says i owe 214,85 … but i returned the Stormshell (139,90)": what the customer is billed is no refund.
  // (Session 57: "the klarna app STILL says pay €219.80 by friday" after "…i sent the jacket (€129.90) back": the bill
  // named again, alone in its message, is no refund either when the message before priced the item that went back.)
  const billed = amounts.filter((a) => BILLED_BEFORE.test(text.slice(Math.max(0, a.index - 30), a.index)));
  if (billed.length > 0 && billed.length < amounts.length) amounts = amounts.filter((a) => !billed.includes(a));
  else if (billed.length > 0 && billed.length === amounts.length && before !== '') {
    const earlier = findAmounts(before).filter((a) => !BILLED_BEFORE.test(before.toLowerCase().slice(Math.max(0, a.index - 30), a.index)));
    if (earlier.length > 0 && earlier.every((a) => !billed.some((b) => b.value === a.value))) return { total: 0, amounts: [] };
  }
  // Bare decimals ("64.90") count only alongside currency amounts or when they are all there is.
  // ("the tent cost 159 euros; two headlamps at 44.50 each": a bare number priced like that is an item's price too.)
  const priced = (a: Amount) => a.currency !== null || (PRICED_BEFORE.test(text.slice(Math.max(0, a.index - 12), a.index)) && !clockTime(text, a)) || /^\s*(each|apiece)\b/.test(text.slice(a.index + a.raw.length));
  // "jacket was 159,95 and the headlamp 64,95": beside a price, another amount with cents is a price too.
  const cents = (a: Amount) => /^\d+[.,]\d\d$/.test(a.raw) && !clockTime(text, a);
  const withCurrency = amounts.filter((a) => priced(a) || (cents(a) && amounts.some((b) => b !== a && priced(b) && cents(b))));
  if (withCurrency.length > 0) amounts = withCurrency;
  // "the tent was €249 … when will the €249 be back?": the same amount named again is the same money.
  // ("the €110 rain jacket and the €110 rain pants" are two items: an item's name follows each.)
  // (Session 50: "…only sending back the headlamp (€69). so the refund will be €69?": the refund named is the same money.)
  const namedAgain = (a: Amount) =>
    (/\b(the|that|this|those|my)\s*$/.test(text.slice(Math.max(0, a.index - 8), a.index)) && /^\s*([.,;!?]|$|(be|is|was|will|back|refund\w*|to|on|hit|comes?|came|too|as well|also)\b)/.test(text.slice(a.index + a.raw.length))) ||
    /\b(refund|money|amount|it|that)( (will|would|should))? (be|is)\s*$/.test(text.slice(Math.max(0, a.index - 25), a.index)) ||
    // Session 61 (F3): "it was €179 and I got €179 back": the price, then the same money told as already back.
    (/\b(i|we)(['’]?ve| have)? (already |just |since )?(got|received|been refunded|was refunded|were refunded|had)\s*$/.test(text.slice(Math.max(0, a.index - 30), a.index)) && /^\s*(back|refunded|returned|credited)?\s*([.,;!?]|$|(back|refunded|credited)\b)/.test(text.slice(a.index + a.raw.length)));
  amounts = amounts.filter((a, i) => !(amounts.slice(0, i).some((b) => b.value === a.value) && namedAgain(a)));
  // "one was €120.00 and the other €80.00. When should I see the €200.00 back?": an amount that is the sum of the
  // others is their total, however it is worded.
  const last = amounts.at(-1);
  const sumOfRest = amounts.length > 2 && last && Math.abs(amounts.reduce((t, b) => t + (b === last ? 0 : b.value), 0) - last.value) < 0.005 && (/\b(the|that|total|together|all|so)\s*$/.test(text.slice(Math.max(0, last.index - 12), last.index)) || /^\s*(back|total|in total|altogether|together)\b/.test(text.slice(last.index + last.raw.length))) ? last : undefined;
  if (sumOfRest) return { total: sumOfRest.value, amounts: [sumOfRest] };
  // A total the customer states ("€100.00 each, so €200.00 total") is the amount: the others are its parts.
  // ("each one 100 euro, together 200,00 €": "together" after prices each is their total; after a list it may be a part.)
  const each = /\beach\b/.test(text);
  const stated = amounts.find((a) => namedTotal(text, a) || (each && /\btogether\s*$/.test(text.slice(Math.max(0, a.index - 12), a.index))));
  if (stated && amounts.length > 1) return { total: stated.value, amounts: [stated] };
  // "both jackets … $119.99 each": the price times how many.
  const total = amounts.reduce((sum, a) => sum + a.value * eachCount(countText, a, before.toLowerCase()), 0);
  return { total: Math.round(total * 100) / 100, amounts };
}
/** Brackets opened right after an amount (a breakdown of it), not adding to it ("plus", "+", "and also", "extra"). */
const BREAKDOWN = /^\s*\((?![^()]{0,80}\b(plus|extra|also|on top|additional)\b|[^()]{0,80}\+)[^()]{0,80}\)/;
/** The amounts inside the brackets that follow `whole`: "€200.00 (two jackets, €100 each)". */
function bracketedParts(text: string, whole: Amount, amounts: readonly Amount[]): Amount[] {
  const from = whole.index + whole.raw.length;
  const m = BREAKDOWN.exec(text.slice(from, from + 100));
  return m ? amounts.filter((a) => a.index > from && a.index < from + m[0].length) : [];
}
/** What the items a message adds come to, each counted as often as it says ("the two spare packs, €44 each"). */
export function addedTotal(message: string, added: readonly Amount[], before: string): number {
  const lower = message.toLowerCase();
  return added.reduce((sum, a) => sum + a.value * eachCount(lower, a, before.toLowerCase()), 0);
}

/** The customer calls this amount the total: "€200.00 total", "so €200.00", "that comes to €178"; `text` lower case. */
export function namedTotal(text: string, a: Amount): boolean {
  const after = text.slice(a.index + a.raw.length, a.index + a.raw.length + 20);
  // ("so that's €159 + €79 that should come back": the first of a sum is no total.)
  // (Session 55: nor "so that's €119,95 for the Lumen 900R and €189 for the jacket": an item's price, another after it.
  // Review of session 55: the next listed after a comma or "and then another": "€89 for the lamp, €149 for the jacket".)
  return STATED_TOTAL_AFTER.test(after) || (STATED_TOTAL_BEFORE.test(text.slice(Math.max(0, a.index - 20), a.index)) && !/^\s*(\+|plus\b|and\b|&|each\b|times\b|x\s?\d|per\b)/.test(after) && !/^\s*for (the |a |an |my |our )?[^.;!?€$£]{1,30}?(,\s*|\s(and|plus|\+|&)\s*)((then|also) )?(another |the |a |an )?([€$£]\s?\d|\d[\d.,]*\s?(€|eur\b|euros?\b|usd\b|dollars?\b))/.test(text.slice(a.index + a.raw.length, a.index + a.raw.length + 50)));
}

/**
 * "the two Stormshell jackets, 129 each, out of my €890 order": a whole number priced each, without its currency,
 * when another amount of the message says which currency it is (a bare "2 each" or "size 10 each" is not money).
 */
function bareEach(found: readonly Amount[], text: string): Amount[] {
  const currency = found.find((a) => a.currency !== null)?.currency;
  if (currency === undefined || currency === null) return [];
  // Only where a price stands: after a comma or a price word, not a model's number ("2 Lumen 400 each with a pack").
  return [...text.matchAll(/(?=\d)(?<=(?:^|[,;:(]\s*|\b(?:at|for|was|were|cost|costs|paid|priced at|is|are)\s+))(\d{2,4})(?= (each|apiece)\b)/g)]
    .filter((m) => !found.some((a) => m.index! >= a.index && m.index! < a.index + a.raw.length))
    .map((m) => ({ raw: m[1]!, value: Number(m[1]), currency, index: m.index! }));
}

/** "dropped it at the post office at 10.30": a time of day after "at", not a price. */
function clockTime(text: string, a: Amount): boolean {
  const hm = /^(\d{1,2})[.,](\d{2})$/.exec(a.raw);
  return hm !== null && Number(hm[1]) < 24 && Number(hm[2]) < 60 && /\bat\s*$/.test(text.slice(Math.max(0, a.index - 4), a.index));
}
const PRICED_BEFORE = /(\b(at|for|cost|costs|was|were|paid|priced at|je)|@)\s*$/;
const ORDER_AFTER = /^\s*((?!(from|of|in|on|for|with|and|or|to)\b)\w+\s+)?(order|purchase|basket|bestellung|pedido)\b/;
/** "(€39) from my €310 order", "the whole order was about €430": the amount is the order's. */
const FROM_ORDER_BEFORE = /\bfrom (my|a|an|the|our)\s*$|\b(the|my|our) (whole|entire|full|total|complete) (order|basket|purchase)( total)? (was|is|came to|comes to|cost)( about| around| roughly| nearly| almost)?\s*$/;
// On the same line: in a pasted receipt "Shipping – €0,00" then "Total paid: €379,00" below, the label is the next line's.
const STATED_TOTAL_AFTER = /^[ \t]*(in )?(total|altogether|all together|in all|all in)\b(?![ \t]*(paid|charged|due|amount)?[ \t]*:)/;
// ("$69 each so that's $207 back": the sum the customer worked out.)
const STATED_TOTAL_BEFORE = /(\bso (that'?s|thats|that is|that makes|it'?s|its)\s*$|\b(so|totalling|altogether|all together|in total|total of|comes to|come to|came to|makes|total( paid| charged| amount| due)?\s*:)|=)\s*((exactly|precisely|just|about|around|roughly|only) )?$/;

const COUNT_WORDS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5, pair: 2, beide: 2, beiden: 2, zwei: 2, drei: 3, ambos: 2, ambas: 2, dos: 2, tres: 3 };

const TIMES_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const COUNT_WORD = Object.keys(COUNT_WORDS).join('|');
// ("2x Lumen 900R (€119 each)": a count written with its "x".)
const COUNT_BEFORE_PRICE = new RegExp(String.raw`\b(${COUNT_WORD}|[2-9])(?:(?=\s?[x×]\s)|\b)(?!\s*(?:€|\$|£|eur|usd|days?|weeks?|months?))`);
/**
 * In the message before, a count word (not "Pace 5"), or a digit after sending back or a determiner (session 54: "i sent
 * back 2 lumen 900Rs and a voltpack"), and of items (not "two sizes", "two separate orders"). Review of session 54: nor a
 * digit of time, age or a pack ("my 2 year old lumen", "the 2 day shipping", "on the 2 march", "the 4 pack of AAAs").
 */
const COUNT_IN_MESSAGE_BEFORE = new RegExp(String.raw`\b(${COUNT_WORD}|(?<=\b(?:back|returned|returning|sent|the|my|those|these|our|all)\s)[2-9](?=\s[a-z]))\b(?! (\w+ )?(sizes?|orders?|colou?rs?|times|days|weeks|months|separate|different|options))(?!-|\s(years?|days?|weeks?|months?|hours?|nights?|pack|packs|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b)`);

/** Session 52: a count in the item's own words right before its price, "the two kids' rain jackets (". */
const OWN_COUNT = new RegExp(String.raw`\b(${COUNT_WORD}|[2-9])\s+(?!(?:days?|weeks?|months?|times|hours?|of)\b)[^€$£.!?\d,;]{2,35}?[(:–—-]?\s*$`);
/** One of them back: "returning one", "devolví una", "eine zurückgeschickt". */
const ONE_BACK_WORDS = /\b(return(ing)?|refund(ing)?|send(ing)? back|keep(ing)?) (just |only )?(one|1)\b|\b(devolvi|devuelvo|devolver|devolvere) (solo )?(una|uno|1)\b|\b(eine|einen|ein|1) (davon )?zuruck(geschickt|gesendet|gegeben|geben|schicken)\b/;
const ONE_BACK = new RegExp(`${ONE_BACK_WORDS.source}|${ONE_GONE_BACK.source}`);

/** How many items an amount is the price of: "$119.99 each" after "both jackets" is two of them. */
function eachCount(text: string, a: Amount, before = ''): number {
  // "2 x 159 €": the count typed before the price.
  // "Lumen 900R x2 @ $79.00": the count after the item, then the price.
  const times = /\b([2-9])\s?[x×]\s?$/.exec(text.slice(Math.max(0, a.index - 6), a.index)) ?? /^\s?[x×]\s?([2-9])\b/.exec(text.slice(a.index + a.raw.length)) ?? /\s[x×]\s?([2-9])\s*(?:@|at|à)\s*$/.exec(text.slice(Math.max(0, a.index - 10), a.index));
  if (times) return Number(times[1]);
  // "$69 times 3", "three times €45": the count written out as a multiplication.
  const timesWord = /^\s*(?:times|\*)\s*([2-9]|two|three|four|five|six)\b/.exec(text.slice(a.index + a.raw.length)) ?? /\b([2-9]|two|three|four|five|six) times\s*$/.exec(text.slice(Math.max(0, a.index - 12), a.index));
  if (timesWord && !/\b(charged|paid|billed|debited|took|taken|charge[sd]?)( me| us| you)?( for)? ([2-9]|two|three|four|five|six) times\s*$/i.test(text.slice(Math.max(0, a.index - 40), a.index))) return TIMES_WORDS[timesWord[1]!] ?? Number(timesWord[1]);
  // Session 53: "3 instalments of €93,30": a pay-later plan's parts, the whole paid in that many.
  const parts = /\b([2-9]|two|three|four|five|six) (?:instal+ments?|monthly payments|payments|rates|raten|cuotas|plazos|pagos) (?:of|à|de|von|zu|zu je|je)\s*[€$£]?\s*$/i.exec(text.slice(Math.max(0, a.index - 40), a.index));
  // (Review: not a double charge — "I was charged two payments of €149 for one order" is one €149 too many.)
  if (parts && !DOUBLE_CHARGE.test(text)) return TIMES_WORDS[parts[1]!.toLowerCase()] ?? Number(parts[1]);
  // "6 × Lumen 900R à 79,95 €", "3 x Stormshell at $189": the count typed before the item, the price after it.
  // Not "2XL", "10x binoculars", "3x AAA": the count stands apart from its "x"; not a price called the total.
  const itemTimes = /\b([2-9]|[1-4]\d)(?:\s+[x×]|\s*×|x(?=\s+\p{L}[^€$£.!?\n]{1,40}?\s[@à]))\s*(?=\p{L})[^€$£.!?\n]{1,40}?\s(?:à|at|@|zu|je|por|each at)\s*[€$£]?\s*$/u.exec(text.slice(Math.max(0, a.index - 60), a.index));
  if (itemTimes && !/^\s*(?:in )?(?:total|altogether|en total|insgesamt|all in)\b/.test(text.slice(a.index + a.raw.length))) return Number(itemTimes[1]);
  // "$119.99 each", "je 219 €", "159 € cada una".
  const perItem = /^\s*(each|apiece|a piece|per (piece|item|unit|jacket|tent|headlamp|watch)|cada (una|uno)|pro stuck)\b/.test(text.slice(a.index + a.raw.length)) || /\bje\s*$/.test(text.slice(Math.max(0, a.index - 4), a.index)) || /\beach( one| of them)?,?\s*(was |is |at |for )?$/.test(text.slice(Math.max(0, a.index - 20), a.index));
  if (!perItem) return 1;
  // "They were a hundred and twelve euros each" after "I sent back the two Stormshell jackets": counted the message before.
  const count = COUNT_BEFORE_PRICE.exec(text.slice(0, a.index)) ?? (PARTIAL.test(normalise(before)) || /\b(the one|mine|one of)\b/.test(text) ? null : COUNT_IN_MESSAGE_BEFORE.exec(before));
  // Only when all of them go back: "two tents at €150 each but I'm only returning one" is one.
  // ("just the two Stormshell jackets, 129 each, out of my €890 order": only those two, and both of them.)
  const justThoseN = /\b(just|only) (the |my |these |those |our )?(two|three|four|five|six|[2-6])\b/.exec(normalise(text));
  if (justThoseN) return COUNT_WORDS[justThoseN[3]!] ?? Number(justThoseN[3]);
  // Session 52: "the two kids' rain jackets ($64.50 each)": the count in the item's own words right before its price,
  // whatever else the message keeps ("Keeping the tent.").
  const ownN = OWN_COUNT.exec(text.slice(Math.max(0, a.index - 45), a.index));
  // (Review 2: not "I returned one of the 6 headlamps at €39,95 each": one of them went back.)
  if (ownN && !ONE_BACK.test(normalise(text)) && !/\b(sent back|only|just|returned|refunded|kept) (one|1)\b|\b(one|1) of (the|my|our|those|these)\b/.test(normalise(text))) return COUNT_WORDS[ownN[1]!] ?? Number(ownN[1]);
  // Session 51: "it was 6 of the Lumen 400 at €39,95 each": the count of the item priced, said right before its price.
  const ofThe = /\b([2-9]|[1-4]\d|two|three|four|five|six|seven|eight|nine|ten) of (the|our|my|those|these) [^.!?€$£\d]{0,30}?(\d+\w* )?(at|@|à|for)\s*[€$£]?\s*$/i.exec(text.slice(Math.max(0, a.index - 60), a.index));
  if (ofThe && !/\b(return(ed|ing)?|refund(ed|ing)?|sen(d|t|ding) back|keep(ing)?|kept) (just |only )?(one|1)\b|\b(only|just) (\w+ ){0,2}(one|1)\b/.test(normalise(text))) return COUNT_WORDS[ofThe[1]!.toLowerCase()] ?? Number(ofThe[1]);
  // "keeping the tent but returning the two Stormshells (€109,95 each)": the count named as what goes back is counted,
  // whatever else is kept.
  // ("our scout troop sent back 9 of the kids Stormshell jackets … They were €39 each": a club's count, told as sent.)
  const returningN = /\b(returning|returned|sending back|sent back|send back|return|refund(ing)?( for)?) (the |my |these |those |our |all )?(two|three|four|five|six|[2-9]|[1-9]\d) (of (the|our|my|those|these) )?(?!(of|days?|weeks?|months?|times|hours?|business|st|nd|rd|th|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b)\p{L}/u.exec(normalise(text));
  if (returningN) return COUNT_WORDS[returningN[5]!] ?? Number(returningN[5]);
  if (!count || PARTIAL.test(normalise(text)) || ONE_BACK.test(normalise(text))) return 1;
  return COUNT_WORDS[count[1]!] ?? Number(count[1]);
}
