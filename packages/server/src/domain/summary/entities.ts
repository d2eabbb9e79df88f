/**
 * Facts an agent would otherwise have to ask for again, copied exactly as the
 * customer typed them: order and reference numbers, emails, phone numbers, amounts,
 * error and promo codes, product names, sizes/colours and quantities. The patterns live in factPatterns/ by what they
 * find; this file decides the order they take their spans in (an earlier fact keeps its text from a later one).
 */
import { findPlaces } from '../bot/places.js';
import { kbNames } from '../bot/productNames.js';
import { EMAIL_ADDRESS as EMAIL, escapeRegExp } from '../common/text.js';
import { findAmounts } from '../escalation/amounts.js';
import { findCounts } from './counts.js';
import { findDataLocations } from './dataLocation.js';
import { findProblems } from './problems.js';
import type { Article, SiteContent } from '../pipelineTypes.js';
import { DIGIT_GROUPS, DIGIT_REFERENCE, HANDLE, HASH_ORDER, LABELLED_NUMBER, LAST_DIGITS, MIXED_ID, LABELLED_CODE, PHONE, PHONE_SAID, PREFIXED_ID, SPACED_ID, MERCHANT_NAME, SUFFIXED_ID, LABELLED_TAX_ID, VAT_ID, WEB_ADDRESS, isCardNumber, isWebAddress } from './factPatterns/identifiers.js';
import { AGO, DATE, DAY_ES, DEADLINE, EVENT_BEFORE, HOLD_UNTIL, IN_MONTH, NOUN_AFTER, NUMERIC_DATE, OCCASION, TIME_OF_DAY } from './factPatterns/when.js';
import { BIG_COUNT, K_COUNT, CAPITAL_COUNT, COLOUR, BARE_COMPANY, COMPANY, COMPANY_LEAD, COUNTED, COUNT_BEFORE, DEVICE_TYPED, ERROR_CODE, MEASURE, MODEL_STOP, MODEL_TYPED, MODEL_WORD_TYPED, NOT_QUANTITY_NOUN, PERCENT, PRODUCT_NOUN_AFTER, PROMO, PROVIDER, QUANTITY, SIZE, UPS, PART_ES_DE, withVariant, WOUND_ES_DE } from './factPatterns/goods.js';
import { CARD_TEXT, HOLDER_NAME, INITIALS, PACKING_ASK, QUOTED } from './factPatterns/wording.js';
import { AMOUNT_LEAD, CENTS_AFTER, DATE_DEADLINE_LEAD, NOT_A_DAY_NOUN, WANTED_COUNT } from './factPatterns/qualified.js';
import { AUTHENTICATOR, DISPUTE_WITH, HELD_DOCUMENT, NO_BACKUP_CODES, PHONE_CHANGED, SPARE_PART } from './factPatterns/caseSpecifics.js';
import { ADDRESS_AFTER, ADDRESS_BEFORE, ADDRESS_UNIT, NOT_A_STREET_NAME, NOT_A_TRIP_PLACE, PLACE_AFTER, PLACE_BEFORE, PLACE_LIST_JOIN, PLACE_NOUN_AFTER, SHOP_SITE, TRIP_PLACE } from './factPatterns/places.js';

export type FactKind =
  | 'order'
  | 'reference'
  /** A card's or code's last digits, as the customer gave them ("Visa ending 4471" → "4471"). */
  | 'last_digits'
  /** A web address the customer typed. */
  | 'link'
  | 'email'
  | 'phone'
  | 'amount'
  | 'error_code'
  | 'promo_code'
  | 'product'
  | 'quantity'
  | 'size'
  | 'colour'
  | 'address'
  | 'place'
  | 'deadline'
  | 'date'
  | 'provider'
  | 'quote'
  | 'company'
  /** A person named as the holder of an account or order ("in the name of Arthur Cartwright"). */
  | 'name'
  | 'problem'
  | 'request'
  | 'topic';

export interface Fact {
  kind: FactKind;
  value: string;
}

interface SiteVocabulary {
  products: RegExp | null;
  /** The same names, for testing one string (no global flag, so no `lastIndex` carried between tests). */
  productName: RegExp | null;
  /** A KB product's family name with another model number ("Lumen 300" when the KB sells the Lumen 400). */
  otherModels: RegExp | null;
  /** Session 55: a family name made its own word ("VoltPack", of the VoltPack 20000) said without its number: "the voltpack didnt". */
  familyAlone: RegExp | null;
  /** The same names, ending a string ("…the Summit Pro 2"). */
  productAtEnd: RegExp | null;
  /** Session 60: a model token of letters and figures said without its family ("the 900R then", of the Lumen 900R). */
  modelAlone: RegExp | null;
  orderPrefixes: Set<string>;
}

/** Whether the `length` characters at `index` end a product name of the site ("Summit Pro 2" before "today"). */
// (Review 2 of session 55: a name's "Max" or "Plus" only capitalised, as names are typed: "3 jackets yesterday plus 2 today",
// "can I get max 20 today?" keep their counts.)
function endsProductName(vocab: SiteVocabulary, text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index + length);
  return (vocab.productAtEnd !== null && vocab.productAtEnd.test(before)) || /\b[A-Za-z][a-z]+ (?:[Pp]ro|[Mm]ini|[Ll]ite|Max|Plus) \d{1,4}[A-Za-z]?$|\b[A-Z]+ (?:PRO|MINI|LITE|MAX|PLUS) \d{1,4}[A-Z]?$/.test(before);
}

const vocabularyCache = new WeakMap<readonly Article[], SiteVocabulary>();

/** "3 of the Ridgeline 3P": a count of the customer's own items, the product named after it. */
const COUNT_OF_THE = /(?<!\b(?:page|step|part|chapter|day|minute|section|video|level|stage|number|no|nr)\.?\s+)(?<![\w.,:/-])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty) of (?:the|our|my|those|these) $/i;

/** The prefixes of the order numbers the KB describes ("Our order numbers look like NW-123456" → NW). */
export function orderNumberPrefixes(articles: readonly Article[]): Set<string> {
  const out = new Set<string>();
  for (const a of articles) {
    for (const m of a.body.matchAll(/\border (?:numbers?|no\.?|id)[^.\n]{0,40}?\b([A-Z]{1,4})-[\dx]{4,}/gi)) out.add(m[1]!.toUpperCase());
  }
  return out;
}

/** Product names and order-number prefixes the site's KB uses ("Our order numbers look like NW-123456"). */
function vocabulary(site: SiteContent): SiteVocabulary {
  const cached = vocabularyCache.get(site.articles);
  if (cached) return cached;
  const products = kbNames(site.articles).products.sort((a, b) => b.length - a.length);
  const orderPrefixes = orderNumberPrefixes(site.articles);
  const families = [...new Set(products.map((p) => /(\S+) \d+[A-Za-z]{0,2}$/.exec(p)?.[1]).filter((f): f is string => f !== undefined))];
  const productNames = products.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');
  const vocab: SiteVocabulary = {
    // Not a running pace ("my easy pace 6 min/km").
    otherModels: families.length > 0 ? new RegExp(`(?<![\\w-])(?:${families.map(escapeRegExp).join('|')})\\s+\\d{1,5}[A-Za-z]{0,2}(?![\\w-])(?!\\s*(?:min|mins|minutes|km|k|mi|miles|per|/|%|x)\\b)`, 'gi') : null,
    // "two Lumen 900Rs", "Stormshells": a plural is the same product.
    // (Session 52: a German compound keeps its product, "die Stormshell-Jacke".)
    products: products.length > 0 ? new RegExp(`(?<![\\w-])(${productNames})s?(?![\\w]|-[\\d-])`, 'gi') : null,
    productName: null,
    familyAlone: null,
    modelAlone: null,
    productAtEnd: products.length > 0 ? new RegExp(`(?<![\\w-])(?:${productNames})$`, 'i') : null,
    orderPrefixes,
  };
  // Only a coined name (a capital inside: "VoltPack"), not a word of the language ("Pace", "Pro", "Summit").
  // (Review of session 55: nor inside a web address, "bought it on www.voltpack.example": a dot on either side that goes on.)
  const coined = families.filter((f) => /[a-z][A-Z]/.test(f));
  if (coined.length > 0) vocab.familyAlone = new RegExp(`(?<![\\w.-])(?:${coined.map(escapeRegExp).join('|')})s?(?![\\w-]|\\.\\w)`, 'gi');
  // Only a token of figures and letters of three or more ("900R"): a bare number ("400") or "3P" is too often something else.
  const models = [...new Set(products.map((p) => /\s(\d+[A-Za-z]+|[A-Za-z]+\d+)$/.exec(p)?.[1]).filter((t): t is string => t !== undefined && t.length >= 3))];
  if (models.length > 0) vocab.modelAlone = new RegExp(`(?<![\\w.,-])(?:${models.map(escapeRegExp).join('|')})s?(?![\\w-])`, 'gi');
  vocab.productName = vocab.products && new RegExp(vocab.products.source, 'i');
  vocabularyCache.set(site.articles, vocab);
  return vocab;
}

export function extractFacts(text: string, site: SiteContent): Fact[] {
  const vocab = vocabulary(site);
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const taken: [number, number][] = [];
  const add = (kind: FactKind, value: string, index: number) => {
    const v = value.trim();
    const key = v.toLowerCase().replace(/\s+/g, ' ');
    const end = index + value.length;
    if (v.length === 0 || seen.has(key) || taken.some(([s, e]) => index < e && end > s)) return;
    seen.add(key);
    taken.push([index, end]);
    facts.push({ kind, value: v });
  };

  // The count typed before a product's name ("14 ", "two ", "3 of the "). Not a year ("the 2023 Stormshell"), a size
  // ("Size 10 Stormshell") or what another fact holds ("order #55881 Stormshell"): then the product alone ('').
  const countBefore = (index: number) => {
    const before = text.slice(Math.max(0, index - 30), index);
    const counted = COUNT_OF_THE.exec(before)?.[0] ?? COUNT_BEFORE.exec(before.slice(-24))?.[0] ?? '';
    const from = index - counted.length;
    return counted && !/^(?:19|20)\d\d\s/.test(counted) && !/\bsize\s*$/i.test(text.slice(Math.max(0, from - 6), from)) && !taken.some(([a, b]) => from < b && index > a) ? counted : '';
  };
  for (const m of text.matchAll(EMAIL)) add('email', m[0], m.index);
  for (const m of text.matchAll(WEB_ADDRESS)) if (isWebAddress(m[0])) add('link', m[0], m.index);
  for (const m of text.matchAll(VAT_ID)) add('reference', m[0], m.index);
  for (const m of text.matchAll(LABELLED_TAX_ID)) add('reference', m[1]!, m.index + m[0].length - m[1]!.length);
  for (const m of text.matchAll(SUFFIXED_ID)) add('reference', m[0], m.index);
  for (const m of text.matchAll(PREFIXED_ID)) {
    const isOrder = vocab.orderPrefixes.size === 0 ? /order/i.test(text.slice(Math.max(0, m.index - 25), m.index)) : vocab.orderPrefixes.has(m[1]!.toUpperCase());
    add(isOrder ? 'order' : 'reference', m[0], m.index);
  }
  // Session 54: "order number NW 448120": the site's own order prefix typed with a space.
  for (const m of text.matchAll(SPACED_ID)) if (vocab.orderPrefixes.has(m[1]!.toUpperCase())) add('order', m[0], m.index);
  for (const m of text.matchAll(HASH_ORDER)) add('order', m[0], m.index);
  for (const m of text.matchAll(LABELLED_NUMBER)) add('reference', m[1]!, m.index + m[0].length - m[1]!.length);
  for (const m of text.matchAll(MIXED_ID)) add('reference', m[0], m.index);
  for (const m of text.matchAll(LABELLED_CODE)) add('reference', m.groups!.code!, m.index + m[0].length - m.groups!.code!.length);
  // (Review of session 54: only where money was taken; "the watch shows GPS-ERR" is a screen's words, no merchant.)
  if (/\b(charge[sd]?|charging me|statement|bank|card|paypal|amex|visa|mastercard|transactions?|merchant|debit(ed)?|billed|payments?|paid)\b/i.test(text)) for (const m of text.matchAll(MERCHANT_NAME)) add('company', m[0], m.index);
  // After the identifiers: "Order AB-204417" is an order number, not a company "Order AB".
  for (const m of text.matchAll(COMPANY)) {
    // The capital of a sentence's first word is no part of the name: "Yesterday Acme Ltd called".
    const lead = COMPANY_LEAD.exec(m[0])?.[0].length ?? 0;
    add('company', m[0].slice(lead), m.index + lead);
  }
  for (const m of text.matchAll(BARE_COMPANY)) add('company', m[1]!, m.index + m[0].length - m[1]!.length);
  for (const m of text.matchAll(NUMERIC_DATE)) {
    // "version 3.1.12." ends a sentence with a version: a final stop only after a slash date or a four-digit year.
    if (text[m.index + m[0].length] === '.' && m[2] === '.' && !/\d{4}$/.test(m[0])) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    // Not a version: "firmware 2.1.14".
    if (/\b(?:firmware|version|update|updated|app|software|ios|android|v)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (a >= 1 && b >= 1 && Math.min(a, b) <= 12 && Math.max(a, b) <= 31) add('date', m[0], m.index);
  }
  for (const a of findAmounts(text)) {
    // "two jackets at one hundred and twenty euros each": the price is per item, and the agent needs to see that.
    const per = /^\s*(?:each|apiece|a piece|\/\s?each|per (?!(?:way|month|week|day|year|night|hour|time|cent|my|the|your|our|a|an|this|that|their|his|her)\b)[a-z]+|pro st(?:ü|u)ck|cada (?:una?|uno))\b(?!\s+(?:way|month|week|day|year|night|time)\b)/i.exec(text.slice(a.index + a.raw.length));
    // "even on a €250 order": what the sum is of, as typed.
    const of = per ? null : /^\s(?:order|purchase|basket|cart|refund|charge|payment|invoice|bill)\b/i.exec(text.slice(a.index + a.raw.length));
    // "40+ units" is a count, not a sum ("a discount for 40+ units"): a bare figure with a plus is left to the counts.
    if (a.currency === null && /^\+/.test(text.slice(a.index + a.raw.length))) continue;
    // "2 x 94,90 on my card": how many times, as typed, is part of the sum.
    const times = /\b[1-9]\d?\s?[x×]\s?$/i.exec(text.slice(Math.max(0, a.index - 6), a.index));
    // Session 60: "just over three hundred euros", "two payments of 149.00", "… euros and fifty cents" whole.
    const lead = times ? null : AMOUNT_LEAD.exec(text.slice(Math.max(0, a.index - 40), a.index));
    const cents = per || of || !/\p{L}/u.test(a.raw) ? null : CENTS_AFTER.exec(text.slice(a.index + a.raw.length));
    const raw = (lead?.[0] ?? '') + a.raw + (cents?.[0] ?? '');
    if (times) add('amount', times[0] + a.raw + (per?.[0] ?? ''), a.index - times[0].length);
    else add('amount', per ? raw + per[0] : of ? raw + of[0] : raw, a.index - (lead?.[0].length ?? 0));
  }
  for (const m of [...text.matchAll(PHONE), ...text.matchAll(PHONE_SAID)]) {
    if (m[0].replace(/\D/g, '').length >= 8) add('phone', m[0], m.index);
  }
  for (const m of text.matchAll(LAST_DIGITS)) {
    // "the voucher ends 2026": without "in" a year is when it ends, not its digits.
    if (/^(?:19|20)\d\d$/.test(m[1]!) && !/\b(?:in|with|auf|mit|en)\s*#?\s*\d+$/i.test(m[0])) continue;
    add('last_digits', m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  }
  for (const m of text.matchAll(HANDLE)) add('reference', m[0], m.index);
  for (const m of text.matchAll(MEASURE)) add('quantity', m[0], m.index);
  // After phones ("0151 2345 6789" is one). A payment card number is not copied into the package: the agent does not
  // need it and must not spread it (a gift-card code does not pass the card checksum).
  for (const m of text.matchAll(DIGIT_GROUPS)) {
    // The card's digits are then no one's: not a quantity "1111 was" either.
    if (isCardNumber(m[0])) taken.push([m.index, m.index + m[0].length]);
    else add('reference', m[0], m.index);
  }
  for (const m of text.matchAll(QUOTED)) {
    const inner = m.slice(1).find((g) => g !== undefined)!;
    const at = m.index + m[0].indexOf(inner);
    // Scare quotes ("your so-called 'customer service'") are a tone, not a specific.
    if (/\b(?:so[- ]called|supposed|alleged)\s*$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // A quoted single word that is only a word ("it's 'fine'") says little; anything with a capital, digit or space does.
    // (A hyphened term quoted is the wording at issue: "because the other shop's price was 'member-only'".)
    if (/\p{L}/u.test(inner) && (/[\s\d\p{Lu}.]/u.test(inner.trim()) || inner.length > 12 || (/\p{L}-\p{L}/u.test(inner) && !/^(\p{L}+)-\1$/u.test(inner))) && inner.trim().length < text.trim().length - 2) add('quote', inner, at);
  }
  for (const m of text.matchAll(CARD_TEXT)) add('quote', m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  for (const m of text.matchAll(INITIALS)) add('quote', m[0], m.index);
  for (const m of text.matchAll(PACKING_ASK)) add('quote', m[0], m.index);
  for (const m of text.matchAll(HOLDER_NAME)) add('name', m[0], m.index);
  // Before model names: "Calle Mayor 5" is an address, not a product "Mayor 5".
  // With the flat or floor typed after the number ("calle Coso 112, 3º B"): the courier needs it.
  const withUnit = (m: RegExpMatchArray) => m[0] + (/\d/.test(m[0]) ? (ADDRESS_UNIT.exec(text.slice(m.index! + m[0].length))?.[0] ?? '') : '');
  for (const m of text.matchAll(ADDRESS_BEFORE)) add('address', withUnit(m), m.index);
  for (const m of text.matchAll(ADDRESS_AFTER)) if (!NOT_A_STREET_NAME.test(m[0])) add('address', withUnit(m), m.index);
  // Before the counts in words: "only five months old" whole, not "five months".
  // (Session 55: not the number of a product's name, "the Summit Pro 2 today": the product's, read below.)
  for (const c of findCounts(text)) if (!endsProductName(vocab, text, c.index, /^\S+/.exec(c.value)![0].length)) add('quantity', c.value, c.index);
  for (const m of text.matchAll(COUNTED)) {
    if (NOT_QUANTITY_NOUN.test(m[1]!)) continue;
    add('quantity', m[1]!, m.index);
  }
  if (vocab.products) {
    for (const m of text.matchAll(vocab.products)) {
      // "the Northwind Trail app", "my Lumen 400 headlamp": the noun that follows says which thing it is.
      const noun = PRODUCT_NOUN_AFTER.exec(text.slice(m.index + m[0].length));
      const count = countBefore(m.index);
      const at = m.index - count.length;
      add('product', withVariant(text, at, count + (noun ? m[0] + noun[0] : m[0])), at);
    }
  }
  // After the products ("1,000 Lumen 400 headlamps" keeps its product).
  for (const m of text.matchAll(BIG_COUNT)) add('quantity', m[0], m.index);
  for (const m of text.matchAll(K_COUNT)) add('quantity', m[0], m.index);
  for (const m of text.matchAll(CAPITAL_COUNT)) add('quantity', m[0], m.index);
  if (vocab.otherModels) for (const m of text.matchAll(vocab.otherModels)) add('product', withVariant(text, m.index, m[0]), m.index);
  if (vocab.familyAlone) for (const m of text.matchAll(vocab.familyAlone)) add('product', m[0], m.index);
  if (vocab.modelAlone) for (const m of text.matchAll(vocab.modelAlone)) add('product', m[0], m.index);
  for (const m of text.matchAll(MODEL_WORD_TYPED)) if (!MODEL_STOP.test(m[1]!)) add('product', withVariant(text, m.index, m[1]!), m.index);
  // Devices typed with their model: "iPhone 15", "iPad 9".
  for (const m of text.matchAll(DEVICE_TYPED)) add('product', m[0], m.index);
  for (const m of text.matchAll(MODEL_TYPED)) {
    // "Ridgeline 3P", "Summit Pro 1", "ridgeline 3p": a name with a model token, not "Order 2" or "Day 4".
    // "Happy 80th" is no model: an ordinal.
    if (/\d(?:st|nd|rd|th)$/i.test(m[1]!)) continue;
    let [at, named] = [m.index, m[1]!];
    // "The Ridgeline 3P inside": the capital is the sentence's, the name follows it.
    if (MODEL_STOP.test(named)) {
      // Only after a determiner, and not a year: "For Christmas 2025", "At Terminal 5" stay no product.
      const rest = /^(?:The|My|Our|Your|His|Her|Their) (?=[A-Z][a-z]+ (?!(?:19|20)\d\d\b))/.exec(named);
      if (!rest || MODEL_STOP.test(named.slice(rest[0].length))) continue;
      [at, named] = [at + rest[0].length, named.slice(rest[0].length)];
    }
    // "would need 14 Ridgeline 3P tents", "3 of the Ridgeline 3P have snapped poles": how many, as with the KB's names.
    const count = countBefore(at);
    const noun = count ? PRODUCT_NOUN_AFTER.exec(text.slice(at + named.length)) : null;
    add('product', withVariant(text, at - count.length, count + named + (noun?.[0] ?? '')), at - count.length);
  }
  for (const m of text.matchAll(SPARE_PART)) add('product', m[0], m.index);
  for (const m of text.matchAll(ERROR_CODE)) add('error_code', m[1]!, m.index);
  for (const m of text.matchAll(WOUND_ES_DE)) add('problem', m[0], m.index);
  for (const m of text.matchAll(PART_ES_DE)) add('product', m[0], m.index);
  for (const m of text.matchAll(PROMO)) add('promo_code', m[1]!, m.index);
  // Before the provider alone: "opened a dispute with PayPal" says who holds the money.
  for (const m of text.matchAll(DISPUTE_WITH)) add('problem', m[0], m.index);
  for (const m of text.matchAll(PROVIDER)) add('provider', m[0], m.index);
  for (const m of text.matchAll(UPS)) add('provider', m[0], m.index);
  // Before days: "by Friday", "until Saturday afternoon" are deadlines, the word in front says so.
  for (const m of text.matchAll(DEADLINE)) add('deadline', m[0], m.index);
  for (const m of text.matchAll(HOLD_UNTIL)) {
    const at = m[0].toLowerCase().lastIndexOf('until');
    add('deadline', m[0].slice(at), m.index + at);
  }
  // "el día 3 de junio" whole, before DATE's "3 de junio".
  for (const m of text.matchAll(DAY_ES)) add('date', m[0], m.index);
  // "a race on Sunday", "our raffle in October": the day with what it is for, when the customer typed it just before.
  const addDay = (day: string, index: number) => {
    const event = /^(?:on|in|this|next|by|for)\s/i.test(day) ? EVENT_BEFORE.exec(text.slice(Math.max(0, index - 40), index)) : null;
    if (event && !taken.some(([a, b]) => index - event[0].length + event[0].indexOf(event[1]!) < b && index > a)) {
      const at = index - (event[0].length - event[0].indexOf(event[1]!));
      add('date', text.slice(at, index + day.length), at);
    } else add('date', day, index);
  };
  for (const m of text.matchAll(DATE)) {
    // "the 2nd lamp", "the 3rd floor", "May 2 people": a noun after it makes it no day ("on the 23rd?", "5 may" are).
    // "late may i get…": a lower-case may without a number is the verb.
    if (/(?:early|mid|late|end of|beginning of)\s+may$/.test(m[0])) continue;
    const ambiguous = /^the\s/i.test(m[0]) || (/\bmay\b/i.test(m[0]) && !/\d(?:st|nd|rd|th)\b/i.test(m[0]));
    const after = text.slice(m.index + m[0].length);
    if (ambiguous && NOUN_AFTER.test(after) && !NOT_A_DAY_NOUN.test(after)) continue;
    // Session 60: "by the 14th" is a deadline, the word in front says so.
    const by = /^the\s/i.test(m[0]) ? DATE_DEADLINE_LEAD.exec(text.slice(Math.max(0, m.index - 20), m.index)) : null;
    if (by) add('deadline', by[0] + m[0], m.index - by[0].length);
    else addDay(m[0], m.index);
  }
  for (const m of text.matchAll(IN_MONTH)) addDay(m[0], m.index);
  for (const m of text.matchAll(AGO)) add('date', m[0], m.index);
  for (const m of text.matchAll(TIME_OF_DAY)) add('date', m[0], m.index);
  for (const m of text.matchAll(OCCASION)) add('date', m[0], m.index);
  // Not "100% sure", "battery at 100%", "99% of the time".
  for (const m of text.matchAll(PERCENT)) if (!/^100\b/.test(m[0]) && !/^\s+of\b/i.test(text.slice(m.index + m[0].length))) add('amount', m[0], m.index);
  for (const m of text.matchAll(SIZE)) add('size', m[1]!, m.index);
  for (const m of text.matchAll(COLOUR)) add('colour', m[1]!, m.index);
  // Receipt and ticket numbers typed as digit groups: "no. 0042-7781". After phones and amounts, which take theirs
  // first; not a range of years or an amount range ("120-250 EUR").
  for (const m of text.matchAll(DIGIT_REFERENCE)) if (!/^(19|20)\d\d-(19|20)\d\d$/.test(m[0])) add('reference', m[0], m.index);
  for (const m of text.matchAll(QUANTITY)) {
    if (NOT_QUANTITY_NOUN.test(m[1]!)) continue;
    add('quantity', m[1]!, m.index);
  }
  for (const m of text.matchAll(WANTED_COUNT)) add('quantity', m[0], m.index);
  for (const m of text.matchAll(NO_BACKUP_CODES)) add('problem', m[0], m.index);
  for (const m of text.matchAll(HELD_DOCUMENT)) add('problem', m[0], m.index);
  // The authenticator only when the phone that held it changed: a question about setting one up is no case's fact.
  if (text.search(PHONE_CHANGED) >= 0) for (const m of [...text.matchAll(AUTHENTICATOR), ...text.matchAll(PHONE_CHANGED)]) add('problem', m[0], m.index);
  // Last ("Summit Pro 2" is no town, "in Orange or Olive" are colours): where it goes or happened, when the words around
  // say it is a place: "to Denver", "in Lyon", "the Portland store"; not a name ("Hi, it's Charlotte").
  // "bought on the US site": which of the shop's sites, which decides where it can go back.
  for (const m of text.matchAll(SHOP_SITE)) add('place', m[0], m.index);
  for (const l of findDataLocations(text)) add('place', l.value, l.index);
  const places = findPlaces(text);
  for (const [i, p] of places.entries()) {
    const before = text.slice(Math.max(0, p.start - 12), p.start);
    const after = text.slice(p.start + p.typed.length, p.start + p.typed.length + 14);
    if (!PLACE_BEFORE.test(before) && !PLACE_AFTER.test(after)) continue;
    // "in Austin, Denver and Seattle": the list as typed (each town alone says less than where they all are).
    let end = p.start + p.typed.length;
    for (const next of places.slice(i + 1)) {
      if (!PLACE_LIST_JOIN.test(text.slice(end, next.start))) break;
      end = next.start + next.typed.length;
    }
    // "our Boston office", "the Portland store": which of them, with the noun that says so.
    const noun = PLACE_NOUN_AFTER.exec(after)?.[0] ?? '';
    add('place', text.slice(p.start, end) + noun, p.start);
  }
  for (const m of text.matchAll(TRIP_PLACE)) {
    const name = m[1]!;
    if (NOT_A_TRIP_PLACE.test(name) || vocab.productName?.test(name) === true || site.config.name.toLowerCase().startsWith(name.toLowerCase())) continue;
    add('place', name, m.index + m[0].length - name.length);
  }
  // What is wrong ("a large tear in the flysheet", "pole cracked"): it may hold a fact found above ("10cm tear",
  // "VoltPack 20000 has gone puffy"), so it takes no span from them; one another fact already holds adds nothing.
  for (const p of findProblems(text)) {
    const key = p.value.toLowerCase().replace(/\s+/g, ' ');
    if ([...seen].some((k) => k.includes(key))) continue;
    seen.add(key);
    facts.push({ kind: 'problem', value: p.value });
  }
  return facts;
}
