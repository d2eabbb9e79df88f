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

const BEFORE = new RegExp(String.raw`(?<![\w.,])(${SYMBOL})\s?(${NUM})(?![\d])`, 'gi');
const AFTER = new RegExp(String.raw`(?<![\w.,€$£])(${NUM})\s?(${WORD_CURRENCY})(?![a-z])`, 'gi');
const BARE_DECIMAL = /(?<![\w.,€$£:-])(\d{1,5}[.,]\d{2})(?![\d.,]*\d)(?!\s?(?:%|am|pm|h\b|uhr))/gi;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER_WORD = String.raw`(?:${[...Object.keys(UNITS).filter((w) => w !== 'a'), ...Object.keys(TENS), 'hundred', 'thousand'].join('|')})`;
const WORDS = new RegExp(
  String.raw`\b((?:a|${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?${NUMBER_WORD})*)\s+(euros?|dollars?|bucks|pounds?|francs?)\b`,
  'gi',
);

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
    if (w in UNITS) current += UNITS[w]!;
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
  for (const m of text.matchAll(WORDS)) add(m[0], m.index, parseNumberWords(m[1]!), currencyOf(m[2]!));
  for (const m of text.matchAll(BARE_DECIMAL)) add(m[0], m.index, parseNumber(m[1]!), null);
  return found.sort((a, b) => a.index - b.index);
}
