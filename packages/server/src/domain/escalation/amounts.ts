/**
 * Money amounts as customers type them: "€412,80", "$349.00", "119,00 €", "250 EUR",
 * "64.90", "two hundred and fifty euros". `raw` is exactly as typed (facts quote it);
 * `value` is the number (decimal comma or point, thousands separators handled).
 */
export interface Amount {
  raw: string;
  value: number;
  currency: string | null;
  index: number;
}

const NUM = String.raw`\d{1,3}(?:[.,\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SYMBOL = String.raw`€|\$|£|US\$|USD|EUR|GBP|CHF`;
const WORD_CURRENCY = String.raw`euros?|eur|usd|dollars?|bucks|pounds?|gbp|chf|francs?|€|\$|£`;

// ("€ 249,-": the German and Austrian way to write whole euros, kept as typed.)
const BEFORE = new RegExp(String.raw`(?<![\w.,])(${SYMBOL})\s?(${NUM})(?:[.,]-(?![\w-]))?(?![\d])`, 'gi');
// "319,- EUR": a whole amount written with a dash for the cents.
const AFTER = new RegExp(String.raw`(?<![\w.,€$£])(${NUM})(?:[.,]-)?\s?(${WORD_CURRENCY})(?![a-z])`, 'gi');
const BARE_EACH = /(?<=\b(?:were|was|are|is|cost|costs|paid|at|for|price[ds]?)\s)(\d{2,4})(?=\s?(?:each|apiece|a piece|cada (?:una|uno)|pro st(?:ü|u)ck)\b)/gi;
/**
 * "the tent was 189, and the footprint for 39 too", "paid 259 for the lamp", "la lámpara costó 259", "die Lampe war
 * 249": a whole number after a word that prices something, followed by nothing that makes it a count or a measure (only
 * punctuation or a joining word: not "for 100 headlamps", "for 30 days"). Only in a message that names no amount with a
 * currency, and none that speaks of sizes, lengths, times or head counts ("they were 44, I need 45", "the drop was 250,
 * not the 220 I ordered", "we ordered for 120"): beside those a bare number is rarely money.
 */
const BARE_WHOLE = /(?<=\b(?:was|were|cost|costs|cost me|paid|spent|priced at|for|fue|costo|costó|costaba|pagué|pague|war|waren|kostete|für|fur)\s)(\d{2,4})(?![\d.,]{0,24}\d)(?=\s*(?:[.,;!?)&+]|$|(?:and|n|plus|too|each|but|so|which|on|back|total|in total|und|y|with|for (?:that|the|this|it|them|both|my))\b))|\b(\d{2,4})(?=\s+(?:in )?total\b)/gi;
const NOT_MONEY_BESIDE = /\b(sizes?|cm|mm|inch\w*|lumens?|wide|width|length|drop|tall|height|too (small|big|large|short|long|tight)|fits?|minutes?|mins?|hours?|hrs?|people|persons|guests|\d+\s?x\s?\d+)\b|\b(need|not) (the |a )?\d+\b|\b(order|ordered|booked|booking|group|party|catering) for \d+\b/i;
/**
 * "refund for 2 x 129 rain jackets", "2 jackets, 139 each": a count and its price, or a price after a comma, with no
 * currency anywhere in the message (dimensions are two measures, "210 x 140"; a unit after the number is no price).
 */
const BARE_TIMES = /\b[2-9] ?[x×] ?(\d{2,4})(?![\d.,]{0,24}\d)(?!\s?(?:cm|mm|m|in|inch\w*|g|kg|l|ml|mah|lm|lumens?|gb|mb|days?|weeks?)\b)/gi;
const BARE_EACH_AFTER_COMMA = /(?<=,\s?)(\d{2,4})(?=\s?(?:each|apiece|a piece)\b)/gi;
/**
 * Session 50: "returned it on 28.05, 'Refund issued' since 03.06, due 15.06": a day and month after a word of when, not
 * money ("reduced from 59.90", "short by 12.50", "I am 12.10 short" are).
 */
function bareDate(text: string, raw: string, index: number): boolean {
  const [day, month] = raw.split(/[.,]/).map(Number) as [number, number];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && /\b(?:on|since|due|until|till|dated|(?<!\bi\s)am|seit|bis|vom|zum|el|desde|hasta|del)\s$/i.test(text.slice(Math.max(0, index - 8), index));
}
const BARE_DECIMAL = /(?<![\w.,€$£:-])(\d{1,5}[.,]\d{2})(?![\d.,]{0,24}\d)(?!\s?(?:%|am|pm|h\b|uhr))/gi;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER_WORD = String.raw`(?:${[...Object.keys(UNITS).filter((w) => w !== 'a'), ...Object.keys(TENS), 'hundred', 'thousand'].join('|')})`;
const WORD_RUN = String.raw`(?:a|${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?${NUMBER_WORD})*`;
// Session 60: "one hundred and twenty nine plus one hundred and nine dollars": prices in words summed, the currency said
// once after the last (up to six parts, so a long run stays quick); one amount, as typed ("and" joins no two prices).
const WORDS = new RegExp(String.raw`\b(${WORD_RUN}(?:\s*(?:\+|\bplus\b)\s*${WORD_RUN}){0,5})\s+(euros?|dollars?|bucks|pounds?|francs?)\b`, 'gi');
/** The words of a sum said in words: each part read, then added ("ninety plus a hundred" → 190). */
function parseWordSum(s: string): number | null {
  const parts = s.split(/\s*(?:\+|\bplus\b)\s*/i).map(parseNumberWords);
  return parts.some((n) => n === null) ? null : parts.reduce<number>((t, n) => t + n!, 0);
}

/**
 * Session 57: "One was €189 and the other a hundred and nineteen", "the tent was €249, the second one 119": a price said
 * beside a sibling's, without a currency of its own, takes the sibling's. Only after "the other", "the second/last (one)"
 * and only when nothing but a joining word follows it (not "the other 30 days", "the other two jackets").
 */
const SIBLING = new RegExp(
  String.raw`\bthe (?:other|second|third|last)(?: one)?,?\s+(?:(?:was|is|were|cost|costs|came to|at|for)\s+)?((?:a|${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?${NUMBER_WORD}\b)*|\d{2,4}(?:[.,]\d{2})?)(?![\w-]|[.,]\d|[^\S\n]*\d|\s+(?!(?:and|plus|but|so|too|each|back|refunded|please)\b)[a-z])`,
  'gi',
);

/** Spanish number words ("doscientos ochenta euros"), accents folded. */
const ES_NUMBERS: Record<string, number> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11,
  doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  veintiuno: 21, veintiun: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70,
  ochenta: 80, noventa: 90, cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600,
  setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
const ES_WORD = String.raw`(?:${Object.keys(ES_NUMBERS).join('|')}|mil)`;
// "doscientos treinta con cincuenta euros": the part after "con" is the cents.
const ES_WORDS = new RegExp(String.raw`(?<![\p{L}])(${ES_WORD}(?:\s+(?:y\s+)?${ES_WORD})*)(?:\s+con\s+(${ES_WORD}(?:\s+y\s+${ES_WORD})*))?\s+(euros?|dolares?|dólares?)(?![\p{L}])`, 'giu');

/** German number words, also written as one compound ("zweihundertachtzig Euro"). */
const DE_PARTS: [string, number][] = [
  ['tausend', 1000], ['hundert', 100], ['zwanzig', 20], ['dreissig', 30], ['dreißig', 30], ['vierzig', 40], ['funfzig', 50],
  ['fünfzig', 50], ['sechzig', 60], ['siebzig', 70], ['achtzig', 80], ['neunzig', 90], ['zwolf', 12], ['zwölf', 12],
  ['dreizehn', 13], ['vierzehn', 14], ['funfzehn', 15], ['fünfzehn', 15], ['sechzehn', 16], ['siebzehn', 17],
  ['achtzehn', 18], ['neunzehn', 19], ['zehn', 10], ['elf', 11], ['eins', 1], ['eine', 1], ['ein', 1], ['zwei', 2],
  ['drei', 3], ['vier', 4], ['funf', 5], ['fünf', 5], ['sechs', 6], ['sieben', 7], ['acht', 8], ['neun', 9], ['und', 0],
];
const DE_NUM = String.raw`(?:ein|eine|zwei|drei|vier|f[uü]nf|sechs|sieben|acht|neun|zehn|elf|zw[oö]lf|zwanzig|drei(?:ss|ß)ig|vierzig|f[uü]nfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend)[\p{L}]*`;
// Written as one compound or in parts ("zwei hundert fünfzig Euro").
const DE_WORDS = new RegExp(String.raw`(?<![\p{L}])(${DE_NUM}(?:\s+${DE_NUM})*)\s+(euro|dollar)(?![\p{L}])`, 'giu');

export function parseSpanishNumber(s: string): number | null {
  let total = 0;
  let current = 0;
  for (const w of s.toLowerCase().normalize('NFKD').replace(/[̀-ͯ]/g, '').split(/\s+/)) {
    if (w === 'y' || w === '') continue;
    if (w === 'mil') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w in ES_NUMBERS) current += ES_NUMBERS[w]!;
    else return null;
  }
  return total + current || null;
}

/** "zweihundertachtzig" → 280, "dreihundertneunundvierzig" → 349; null when the word is not a number. */
export function parseGermanNumber(word: string): number | null {
  let rest = word.toLowerCase();
  let total = 0;
  let current = 0;
  let pendingUnit = 0;
  while (rest.length > 0) {
    const part = DE_PARTS.find(([p]) => rest.startsWith(p));
    if (!part) return null;
    const [text, value] = part;
    rest = rest.slice(text.length);
    if (value === 1000) {
      total += (current + pendingUnit || 1) * 1000;
      current = 0;
      pendingUnit = 0;
    } else if (value === 100) {
      current += (pendingUnit || 1) * 100;
      pendingUnit = 0;
    } else if (text === 'und') {
      // "neunundvierzig": the unit before "und" is added to the tens after it.
    } else if (value >= 20) {
      current += value + pendingUnit;
      pendingUnit = 0;
    } else {
      if (pendingUnit) current += pendingUnit;
      pendingUnit = value;
    }
  }
  const n = total + current + pendingUnit;
  return n > 0 ? n : null;
}

/** "1.299,00" → 1299, "412,80" → 412.8, "1,299.00" → 1299, "349.00" → 349. */
export function parseNumber(s: string): number {
  const t = s.replace(/[\u00a0 ]/g, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let normalised: string;
  if (lastComma !== -1 && lastDot !== -1) {
    const dec = lastComma > lastDot ? ',' : '.';
    normalised = t.replace(dec === ',' ? /\./g : /,/g, '').replace(dec, '.');
  } else if (lastComma !== -1) {
    normalised = /,\d{1,2}$/.test(t) ? t.replace(/,(?=\d{3}\b)/g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastDot !== -1) {
    normalised = /\.\d{1,2}$/.test(t) ? t.replace(/\.(?=\d{3}\b)/g, '') : t.replace(/\./g, '');
  } else {
    normalised = t;
  }
  return Number(normalised);
}

/** "two hundred and fifty" → 250. */
export function parseNumberWords(s: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of s.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and' || w === '') continue;
    // "two-fifty", "three ninety-nine": a price said the short way, a digit's hundreds then the rest (250, 399).
    const shortHundreds = current >= 1 && current <= 9 && ((w in TENS) || (UNITS[w] ?? 0) >= 10);
    if (shortHundreds) current = current * 100 + (TENS[w] ?? UNITS[w]!);
    else if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

function currencyOf(token: string): string {
  const t = token.toLowerCase();
  if (t.includes('€') || t.startsWith('eur')) return 'EUR';
  if (t.includes('$') || t.startsWith('usd') || t.startsWith('dollar') || t === 'bucks') return 'USD';
  if (t.includes('£') || t.startsWith('gbp') || t.startsWith('pound')) return 'GBP';
  return 'CHF';
}

/**
 * Review 2 of session 52: a number that ends a name ("my Lumen 400 and 120 EUR", "the Pace 5 + 199 EUR", "size 42 and
 * 150 EUR") is no price: a word right before it, unless the word leads into a price ("worth 150 + 75 EUR").
 */
const MODEL_WORD_BEFORE = /(?<![\p{L}])(?!(?:worth|of|for|cost|costs|costing|costed|was|were|is|are|be|at|paid|pay|returned|returning|refund|refunded|total|totalling|totaling|about|around|roughly|approx|approximately|only|just|me|both|je|von|fur|für|kostet|kosten|kosteten|waren|sind|de|por|costo|costó|costaron|son|eran|unos|ca|circa|zuruckgeschickt|zurückgeschickt|devolvi|devolví)\s+$)\p{L}+\s+$/iu;
/** A bare number joined to the next amount by a plus or an "and" ("150 + 75 EUR"). */
const SHARED_CURRENCY = /(?<![\w.,-])(\d{1,6}(?:[.,]\d{2})?)\s*(?:\+|&|and|plus|und|y)\s*$/i;

/** All amounts in `text`, in order, without overlaps. Bare decimals ("64.90") have currency null. */
export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  const taken: [number, number][] = [];
  const add = (raw: string, index: number, value: number | null, currency: string | null) => {
    if (value === null || !Number.isFinite(value)) return;
    const end = index + raw.length;
    if (taken.some(([s, e]) => index < e && end > s)) return;
    taken.push([index, end]);
    found.push({ raw, value, currency, index });
  };
  for (const m of text.matchAll(BEFORE)) add(m[0], m.index, parseNumber(m[2]!), currencyOf(m[1]!));
  for (const m of text.matchAll(AFTER)) add(m[0], m.index, parseNumber(m[1]!), currencyOf(m[2]!));
  // Review of session 52: "150 + 75 EUR", "150 and 75 euros": the currency said once, after the last of the numbers.
  for (const a of [...found]) {
    let at = a.index;
    for (let m = SHARED_CURRENCY.exec(text.slice(0, at)); m && a.currency !== null; m = SHARED_CURRENCY.exec(text.slice(0, at))) {
      if (/\bbetween\s*$/i.test(text.slice(0, m.index)) || MODEL_WORD_BEFORE.test(text.slice(0, m.index))) break;
      add(m[1]!, m.index, parseNumber(m[1]!), a.currency);
      at = m.index;
    }
  }
  for (const m of text.matchAll(WORDS)) add(m[0], m.index, parseWordSum(m[1]!), currencyOf(m[2]!));
  // A sibling's price without its currency: the currency of the amount said before it.
  for (const m of text.matchAll(SIBLING)) {
    const sibling = found.filter((a) => a.currency !== null && a.index < m.index).at(-1);
    if (!sibling) continue;
    const raw = m[1]!;
    const value = /^\d/.test(raw) ? parseNumber(raw) : parseNumberWords(raw);
    if (value !== null && value >= 10 && !/^(19|20)\d\d$/.test(raw)) add(raw, m.index + m[0].lastIndexOf(raw), value, sibling.currency);
  }
  for (const m of text.matchAll(ES_WORDS)) {
    const whole = parseSpanishNumber(m[1]!);
    const cents = m[2] ? parseSpanishNumber(m[2]) : 0;
    add(m[0], m.index, whole === null || cents === null ? null : whole + cents / 100, /^d/i.test(m[3]!) ? 'USD' : 'EUR');
  }
  for (const m of text.matchAll(DE_WORDS)) {
    // Drop leading words that are not part of the number ("Achtung zwanzig Euro").
    const parts = m[1]!.split(/\s+/);
    for (let i = 0; i < parts.length; i++) {
      const value = parseGermanNumber(parts.slice(i).join(''));
      if (value === null) continue;
      const skipped = parts.slice(0, i).reduce((n, w) => n + w.length, 0) + i;
      add(m[0].slice(skipped).replace(/^\s+/, ''), m.index + skipped, value, m[2]!.toLowerCase() === 'dollar' ? 'USD' : 'EUR');
      break;
    }
  }
  for (const m of text.matchAll(BARE_DECIMAL)) if (!bareDate(text, m[1]!, m.index)) add(m[0], m.index, parseNumber(m[1]!), null);
  const noCurrency = !found.some((a) => a.currency !== null);
  if (noCurrency && !NOT_MONEY_BESIDE.test(text.replace(BARE_TIMES, ' '))) {
    for (const m of text.matchAll(BARE_TIMES)) add(m[1]!, m.index + m[0].length - m[1]!.length, parseNumber(m[1]!), null);
    for (const m of text.matchAll(BARE_EACH_AFTER_COMMA)) add(m[1]!, m.index, parseNumber(m[1]!), null);
  }
  if (noCurrency && !NOT_MONEY_BESIDE.test(text)) {
    for (const m of text.matchAll(BARE_WHOLE)) {
      const n = m[1] ?? m[2]!;
      // Not a year ("paid for 2023").
      if (!/^(19|20)\d\d$/.test(n)) add(n, m.index, parseNumber(n), null);
    }
  }
  // "they were 179 each": a whole number priced per item is an amount too.
  for (const m of text.matchAll(BARE_EACH)) add(m[1]!, m.index, parseNumber(m[1]!), null);
  return found.sort((a, b) => a.index - b.index);
}
