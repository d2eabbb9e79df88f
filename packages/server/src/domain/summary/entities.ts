/**
 * Facts an agent would otherwise have to ask for again, copied exactly as the
 * customer typed them: order and reference numbers, emails, phone numbers, amounts,
 * error and promo codes, product names, sizes/colours and quantities.
 */
import { findPlaces } from '../bot/places.js';
import { kbNames } from '../bot/productNames.js';
import { EMAIL_ADDRESS as EMAIL, escapeRegExp } from '../common/text.js';
import { findAmounts } from '../escalation/amounts.js';
import { findCounts } from './counts.js';
import { findDataLocations } from './dataLocation.js';
import { findProblems } from './problems.js';
import type { Article, SiteContent } from '../pipelineTypes.js';

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
  /** A KB product's family name with another model number ("Lumen 300" when the KB sells the Lumen 400). */
  otherModels: RegExp | null;
  orderPrefixes: Set<string>;
}

const vocabularyCache = new WeakMap<readonly Article[], SiteVocabulary>();

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
  const vocab: SiteVocabulary = {
    // Not a running pace ("my easy pace 6 min/km").
    otherModels: families.length > 0 ? new RegExp(`(?<![\\w-])(?:${families.map(escapeRegExp).join('|')})\\s+\\d{1,5}[A-Za-z]{0,2}(?![\\w-])(?!\\s*(?:min|mins|minutes|km|k|mi|miles|per|/|%|x)\\b)`, 'gi') : null,
    // "two Lumen 900Rs", "Stormshells": a plural is the same product.
    products: products.length > 0 ? new RegExp(`(?<![\\w-])(${products.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|')})s?(?![\\w-])`, 'gi') : null,
    orderPrefixes,
  };
  vocabularyCache.set(site.articles, vocab);
  return vocab;
}

export const PREFIXED_ID = /(?<![\w-])([A-Za-z]{1,4})-(\d{4,})(?![\w-])/g;
const HASH_ORDER = /(?:#\s?\d{4,}|\border\s+(?:number\s+|no\.?\s*|#\s?)?\d{5,})\b/gi;
/** International (+…), national with a leading 0, or North American "503-555-0178" / "(503) 555 0178". */
const PHONE = /(?<![\w.,-])(\+\d[\d\s().-]{6,}\d|\(?0\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4})(?![\w.,]\d)(?!-)/g;
/**
 * A number typed in groups where the customer says it is their phone: "Mi teléfono es 612 48 93 07", "¿Me pueden
 * llamar al 612 345 789?", "Sie erreichen mich unter 0221 / 555 43 19".
 */
const PHONE_SAID = /(?<=\b(?:phone|telephone|tel|mobile|cell|my number|(?:ring|call|reach|text) me (?:on|at)|telefono|teléfono|movil|móvil|mi numero|mi número|handy|handynummer|telefonnummer|meine nummer|(?:erreichen (?:sie )?mich|erreichbar|anrufen|zur(?:ü|ue)ckrufen) unter|llamar(?:me|nos)? al|llamadme al|ll(?:á|a)m(?:e|en)(?:me|nos) al)\b(?<!\b(?:serial|order|invoice|tracking|reference|pedido|bestell|rechnungs|sendungs)\s?(?:number|numero|número|nummer))[^\d\n]{0,15})(\d{2,4}(?:(?:\s?[/.-]\s?|\s)\d{2,4}){2,4})(?![\w.,]?\d)/gi;
/** The last digits of a card or code, which the agent matches against theirs: "the card ends in 8832", "code ending in 4471", "Visa ending 4471". */
const LAST_DIGITS = /\b(?:(?:card|visa|mastercard|amex|code|number|account|voucher|tarjeta|karte|nummer|c(?:ó|o)digo)\b[^.!?\d\n]{0,25}?\b(?:ends(?: in| with)?|end (?:in|with)|ending(?: in| with)?|endet (?:auf|mit)|(?:termina|acaba) en)|last (?:three|four|five|six|[3-6]) (?:digits |numbers )?(?:are |is |of it are )?:?)\s*#?\s*(\d{3,6})(?![\w.,]?\d)(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|%))/gi;
/** References with a suffix ("PO-2291-K", "RMA-55120-B"): longer than an order number, one piece all the same. */
const SUFFIXED_ID = /(?<![\w-])[A-Z]{1,4}-\d{3,}(?:-[A-Z0-9]{1,4})+(?![\w-])/g;
/**
 * A day typed in figures: "14/07/1986", "03.12.2025" (not "1/2" or a price). A full stop after it may end the
 * sentence ("it should be 17/04/1986."); one before more digits makes it something else.
 */
const NUMERIC_DATE = /(?<![\w./,-])(\d{1,2})([./])(\d{1,2})\2(?:\d{4}|\d{2})(?![\w/-]|[.,]\d|\.[\w/])/g;
/** A seller's or user's handle: "outdoor_deals_24" (an underscore is in no word). */
const HANDLE = /(?<![\w@.])@?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@])/g;
/** A measurement as typed: "30W", "65W", "120 m", "20000 mAh", "2.5 kg" (the figure the question turns on). */
const MEASURE = /(?<![\w.,])(?:\d{1,5}(?:[.,]\d{1,2})?\s?(?:W|Wh|kWh|mAh|V|mm|cm|m|km|kg|lbs?|oz|°C|°F|ml)|\d{1,4}w)(?![\w°])/g;
/** A count written with thousands separators and its noun: "1,240 Trailpoints", "10,000 steps". */
const BIG_COUNT = /(?<![\w.,:-])\d{1,3}(?:[,.]\d{3})+\s+(?!(?:and|or|but|to|in|on|at|for|of|the|a|an|is|was|are|were|so|then|with|from|by|times|und|oder|y|o)\b)\p{L}[\p{L}-]+(?!\s+\d)/gu;
const ERROR_CODE = /(?<![\w-])([A-Za-z]{1,4}-\d{2,3}|[Ee]\d{2,3}|[A-Z]{2,4}\d{2,3})(?![\w-])/g;
const PROMO = /(?<![\w-])([A-Z]{3,}\d{1,4}|[A-Z]{3,}-[A-Z]*\d[A-Z0-9]*)(?![\w-])/g;
const MODEL_TYPED = /(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+)? (?:\d+[A-Za-z]{0,2}|[A-Z]{1,2}\d+|[A-Z]{2})|[a-z]{3,} \d+[a-z]{1,2})(?![\w-])/g;
/**
 * Street addresses as typed, in any case: a street-type word before the name ("rua augusta", "Calle Mayor 5",
 * "rue de la Paix") or after it ("12 Baker Street", "Hauptstraße 4"). "via" is left out: it is usually a preposition.
 */
const ADDRESS_BEFORE = /(?<![\p{L}-])(?:rua|calle|avenida|rue|praça|plaza|piazza|viale|boulevard)\s+(?:(?:de|da|do|del|la|le|des|dos|das)\s+)?\p{L}[\p{L}'-]+(?:\s+\d+[a-z]?)?(?![\p{L}-])/giu;
const ADDRESS_AFTER = /(?<![\p{L}\d-])(?:\d+[a-z]?\s+)?\p{L}[\p{L}'-]+\s+(?:street|road|avenue|lane|drive|boulevard)(?:\s+\d+[a-z]?)?(?![\p{L}-])|(?<![\p{L}-])\p{L}+(?:straße|strasse|weg|gasse|platz)(?:\s+\d+[a-z]?)?(?![\p{L}-])/giu;
const NOT_A_STREET_NAME = /^(?:\d+[a-z]?\s+)?(?:the|a|an|this|that|my|your|our|their|main|same|wrong|right|next|one|each|every|any|no)\s/i;
const DIGIT_REFERENCE = /(?<![\w.,+-])\d{3,6}(?:-\d{2,6})?-\d{3,6}(?![\w-]|[.,]\d|\s*(?:€|\$|£|(?:eur|euros?|usd|dollars?|gbp|chf)\b))/gi;
/** When the customer needs it by: "by Saturday", "before friday", "for next Tuesday", "by tomorrow". */
const DEADLINE = /\b(?:by|before|for)\s+(?:this\s+|next\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b(?!'s)(?!\s+(?:the\s+)?\d)/gi;
/** How long something should be held: "until Saturday afternoon", "hold one … until Sunday" (after a word of holding, not opening hours). */
const HOLD_UNTIL = /\b(?:keep|hold|aside|reserve|save)\b[^.!?]{0,40}?\buntil\s+(?:this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow)(?:\s+(?:morning|afternoon|evening|night|lunchtime))?\b/gi;
/** A company by its legal form, as typed: "Vaughan & Daughters Ltd", "Fairweather Joinery Ltd.", "Bergwelt Sport GmbH". */
const COMPANY = /(?<![\w&-])(?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:&|and|und|y)[ \t]+)?){1,4}(?:Ltd|GmbH|AG|B\.?V|Inc|LLC|LLP|plc|PLC|SARL|S\.L|S\.A|SRL|S\.r\.l)\.?(?![\w-])/gu;
const COMPANY_LEAD = /^(?:(?:The|Our|My|At|For|From|With|Hi|Hello|Dear|Sirs|Thanks|Regards|Yesterday|Today|Also|Called|We|I|Die|Der|Das|Bei|Meine|Mein|Unsere|Unser|Firma)[ \t]+)+/;
/** EU VAT numbers: country code and 8–12 digits ("DE318447201"), also typed in groups ("BE0478.123.456"). */
const VAT_ID = /(?<![\w-])(?:(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|GB|CHE)\s?U?\d{8,12}|(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|FI|FR|HR|HU|IT|LT|LU|LV|MT|PL|PT|RO|SE|SI|SK|GB)\s?U?\d{2,4}(?:[.\s]\d{2,4}){2,3}(?![.\s]?\d)|ES\s?[A-Z]\d{7}[A-Z0-9]|ES\s?\d{8}[A-Z]|FR\s?[A-Z0-9]{2}\s?\d{9}|NL\s?\d{9}B\d{2}|IE\s?\d[A-Z0-9+*]\d{5}[A-Z]{1,2})(?![\w-])/g;
const PRODUCT_NOUN_AFTER = /^ (?:app|watch|tent|jacket|headlamp|lamp|power bank|battery|charger|cable|strap)(?:e?s)?\b/i;
/** How many of a product: "12 Ridgeline 3P", "four Lumen 900R", "20–25 Stormshells", "40+". */
const COUNT_BEFORE = /(?<![\w.,:/-])(?:\d{1,5}(?:\s?[–-]\s?\d{1,5})?\+?(?:\s?x(?=\s))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a couple of|a pair of)\s+(?:x\s+)?$/i;
const DEVICE_TYPED = /(?<![\w-])(?:i(?:Phone|Pad|Pod)(?: (?:\d{1,2}|SE|Pro|Mini|Max|Air)){1,3}|(?:[iI][oO][sS]|iPadOS|watchOS|macOS|[aA]ndroid|Wear OS|Windows) ?\d{1,2}(?:\.\d{1,2}){0,2})(?![\w-])/g;
/** The last word a plural: "30 days", not "30 days as" nor "40 staff as" (the lookbehind sits after the final s). */
const NOT_PLURAL = String.raw`(?<![su]s|\bwas|\bhas|\bdoes|\bgoes|\bsays|\bthis|\bplus|\bless|\bunless|\balways|\bas|\bis|\bits|\byes)`;
const QUANTITY = new RegExp(String.raw`(?<![\w.,:-])(\d{1,5}(?:\s?[–-]\s?\d{1,5})?(?:\s+(?:[a-z]+(?:-[a-z]+)?)){1,3}?s${NOT_PLURAL})\b`, 'g');
/**
 * A count in words, up to the first plural ("two separate invoices", "two Trailsense watches", "three different
 * cards"): taken before product names, so the product stays inside the count rather than the count being lost.
 */
const NUMBER_WORD = '(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)';
const COUNTED = new RegExp(
  // Not a name made of numbers ("Five Ten shoes"), nor "Three Peaks"; the noun is lowercase, four letters or more, and a
  // plural (not "this", "plus"), with no "and" on the way ("thirty minutes", not "thirty minutes and works"; "two
  // pairs of socks", "two or three weeks" whole).
  String.raw`(?<![\w-])(?<!\b(?:[Oo]ne|${NUMBER_WORD})\s+)(${NUMBER_WORD}(?!\s+${NUMBER_WORD}\b)(?:\s+(?!(?:and|but|to|then|so|as|is|was|were|are|this|that|it|we|you|they)\b)[A-Za-z][a-z]+(?:-[a-z]+)?){0,2}\s+[a-z]{3,}s${NOT_PLURAL})\b(?!\s+ago\b)`,
  'g',
);
/** A lowercase name with a model word and number: "summit pro 2", "trail max 3" (capitalised ones are MODEL_TYPED). */
const MODEL_WORD_TYPED = /(?<![\w-])([a-z]{3,} (?:pro|mini|lite) \d{1,4}[a-z]{0,2})(?![\w-])(?!\s+[a-z]+s\b)/gi;
/** A size as typed, in English, Spanish or German: "size 10", "XS", "talla S", "Größe M". */
const SIZE = /(?<![\w-])(XXS|XS|XL|XXL|XXXL|(?:size|[Tt]alla|[Gg]r(?:ö|oe)(?:ß|ss)e) (?:\d{1,2}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL))(?![\w-])/g;
const COLOUR = /\b(navy|black|white|grey|gray|red|blue|green|orange|yellow|olive|beige|sand|charcoal|burgundy|teal|pink|purple)\b/gi;
/** A size or colour typed right after a product says which one ("Stormshell in XS", "Summit Pro 2 in green"). */
const VARIANT_AFTER = new RegExp(`^ in (?:${SIZE.source}|${COLOUR.source})`, 'i');
/**
 * Words the customer put in quotes: the text for a gift note or an engraving, a status the tracking page shows
 * ("Congrats Mia & Jonas", 'J.M.', 'in customs'). The opening quote follows no letter, so "dad's" opens nothing.
 */
const QUOTED = /(?<![\p{L}\p{N}])(?:'([^'\n]{2,80}?)'|"([^"\n]{2,80}?)"|‘([^‘’\n]{2,80}?)’|“([^“”\n]{2,80}?)”|„([^„“”\n]{2,80}?)[“”]|«\s?([^«»\n]{2,80}?)\s?»)(?![\p{L}\p{N}])/gu;
/** How they paid or who carries the parcel, as typed ("amex", "UPS"). */
const PROVIDER = /(?<![\w-])(?:visa|mastercard|amex|american express|paypal|klarna|apple pay|google pay|bancontact|fedex|royal mail|evri|postnl|colissimo|dhl|dpd|gls|usps)(?![\w-])/gi;
/** "ups" is also a word. */
const UPS = /(?<![\w-])UPS(?![\w-])/g;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const MONTH_FULL = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * When it happened, counted back: "two weeks ago", "3 days ago", "vor drei Wochen", "hace dos semanas", "yesterday",
 * "last week".
 */
const AGO = /(?<![\w-])(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few|several)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b|(?<![\w-])(?:vor\s+(?:\d{1,3}|einer?|einem|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|neun|zehn)\s+(?:Minuten|Stunden?|Tagen|Woche[n]?|Monate?n?|Jahren?)|hace\s+(?:\d{1,3}|una?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\s+(?:minutos?|horas?|d(?:í|i)as?|semanas?|meses|mes|a(?:ñ|n)os?))(?![\w-])|(?<![\w-])(?:yesterday|last\s+(?:week|weekend|month|year|night))\b/gi;
/** A time of day with the word that makes it a limit or a slot: "before 2pm", "after 17:30", "until 7 pm"; not a pace ("at 5:45 min/km") or a running time ("after 1:30 of use"). */
const TIME_LEAD = String.raw`(?<![\w-])(?:before|after|by|until|till|from|around|at)\s+`;
const TIME_OF_DAY = new RegExp(
  String.raw`${TIME_LEAD}\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\w-])|${TIME_LEAD}\d{1,2}:\d{2}(?![\w.:/-])(?!\s*(?:min|mins|minutes|per|of|in the|into)\b|\s*\/)`,
  'gi',
);
/** An occasion counted by its ordinal: "for his 60th", "our 25th anniversary"; not "our 2nd tent", "this is my 4th". */
const OCCASION = /(?<![\w-])(?:my|his|her|our|their|your)\s+\d{1,3}(?:st|nd|rd|th)\s+(?:birthday|anniversary|wedding anniversary)\b|(?<=\b(?:for|celebrate|celebrating)\s+)(?:my|his|her|our|their|your)\s+\d{1,3}(?:st|nd|rd|th)(?![\w-])/gi;
/**
 * The words for a gift card or note, typed without quotes: "a little card in saying Happy 80th, Doris?" (a card
 * introduced as one: not "an error message saying E42", "the tag reading XL", "my card keeps saying declined"); they end
 * where the customer goes on ("…saying happy birthday Lena, nothing fancy", "…from me, and leave the price off").
 */
const CARD_TEXT = /\b(?:(?:a|little|small|gift|greeting|greetings|birthday|handwritten)\s+)+(?:card|note|message|tag)\b(?:\s+(?:in|inside|with (?:it|them)|included))?\s+(?:saying|that says|which says|reading|with the words)\s*:?\s+([^?!\n]{2,60}?)(?=[?!]|(?<!\b(?:Dr|Mr|Mrs|Ms|St|\p{Lu}))\.(?:\s|$)|\n|$|,\s*(?:and|or|but|nothing|please|no|just|if|so|thanks|thank)\b|\s+(?:and|or|but)\s+(?:leave|put|print|don't|do not|please|no)\b)/giu;
/** Percentages as typed: "40%", "20% off". */
const PERCENT = /(?<![\w.,])(?:\d{1,3}\s?[–-]\s?)?\d{1,3}(?:[.,]\d{1,2})?\s?%(?:\s+off\b)?/gi;
/** A web address typed bare or with its scheme (a phishing site, a tracking page): "northwind-parcels.example.net". */
const WEB_ADDRESS = /(?<![\w@.-])(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|info|biz|io|co|de|es|fr|nl|eu|uk|us|at|ch|it|shop|store|online|site|link|xyz)(?:\/[^\s"'<>()]*[^\s"'<>().,!?])?(?![\w@-])/gi;
/** The words around a town or country that make it a place: "to Denver", "the Portland store", "Bath, BA1 2AB". */
const PLACE_BEFORE = /\b(?:to|in|into|from|near|at|via|outside|around|across|of|for|nach|aus|en|a|de|desde|hacia)\s+(?:the\s+)?$/i;
const PLACE_AFTER = /^\s+(?:store|shop|branch|office|warehouse|area|region|site)\b|^\s*,\s*(?:[A-Z]{2}\b|\p{Lu})/u;
/**
 * The noun that says which of a company's sites a place is: "our Boston office", "the Leeds branch" (the shop's own
 * stores are known by their town: "Portland" says "the Portland store").
 */
const PLACE_NOUN_AFTER = /^\s+(?:branch|office|warehouse|depot|headquarters|HQ)\b/i;
/** The flat, floor or door after a street and number: "Calle Coso 112, 3º B", "12 Baker Street, Flat 4", "Hauptstraße 4, 2. OG". */
const ADDRESS_UNIT = /^,?\s*(?:\d{1,2}\s?[ºª°]\s?(?:[A-Z]|izq(?:da)?\.?|dcha\.?)?|(?:apt|apartment|flat|unit|suite|piso|puerta|wohnung|whg)\.?\s*\d{1,4}[A-Za-z]?|\d{1,2}(?:st|nd|rd|th)\s+floor|\d{1,2}\.\s?(?:OG|Stock))(?![\p{L}\d])/iu;
/** Initials as typed, for an engraving or a name on a parcel: "J.M.K.", "A.B." (not "U.S.", "P.S."). */
const INITIALS = /(?<![\p{L}\d.])(?!(?:U\.S|U\.K|E\.U|P\.S|A\.M|P\.M|N\.B|I\.E|E\.G)\.(?![\p{L}]))(?:\p{Lu}\.){2,4}(?![\p{L}\d])/gu;
/** A person who holds the account or order, named: "in the name of Arthur Cartwright", "under the name Lena Vogel". */
const HOLDER_NAME = /(?<=\b(?:in|under)\s+(?:the\s+)?name\s+(?:of\s+)?)\p{Lu}\p{Ll}+(?:[ -](?:van|von|de|del|da|di|le)?\s?\p{Lu}[\p{Ll}'’]+){1,2}(?![\p{L}-])/gu;
/** A day of the month in Spanish: "el día 12", "para el día 3 de junio". */
const DAY_ES = /(?<![\p{L}-])el\s+d[ií]a\s+\d{1,2}(?:\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))?(?![\p{L}\d])/giu;
/** A month alone, when it is when: "in October", "by early June" is DATE's; May only with its capital (not "in may be"). */
const IN_MONTH = /(?<![\w-])(?:[Ii]n|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ss]ince|[Ff]rom|[Ff]or|[Dd]uring)\s+(?:(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|May|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember))(?![\w-])/g;
/** The event a day is for, typed before it: "a race on Sunday", "our raffle in October", "my flight next Friday". */
const EVENT_BEFORE = /\b(?:a|an|the|my|our|his|her|their|this|that)\s+((?:[\p{L}-]+\s+)?(?:race|marathon|ultra|trip|wedding|party|raffle|event|flight|holiday|hike|trek|tour|festival|competition|expedition|camp|ceremony|graduation|birthday|anniversary|match|tournament|concert|show|fair|walk|ride|climb|holidays|vacation)s?)\s+$/iu;
/** Card and gift-card numbers typed in groups of four: "4417 2290 8831 0056". */
const DIGIT_GROUPS = /(?<![\w.,+-])\d{4}(?:[ -]\d{4}){2,3}(?![\w-]|[.,]\d)/g;
/**
 * A day the customer names: "the 23rd", "Friday the 14th", "3 March", "March 3rd", "on Saturday", "on Thursday the 17th
 * of October" (one day, not two). A weekday alone
 * only after on/since/last/next ("I work on saturday" is one too: the agent may need it).
 */
const DATE = new RegExp(
  `(?<![\\w-])(?:(?:${WEEKDAY}\\s+)?the\\s+\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+${MONTH})?|${WEEKDAY}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+${MONTH})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|(?:on|since|last|next|this)\\s+${WEEKDAY}(?:\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)(?:\\s+of\\s+${MONTH})?|\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|\\s+\\d{1,2}(?:st|nd|rd|th)|\\s+(?:morning|afternoon|evening|night))?|${WEEKDAY}\\s+(?:morning|afternoon|evening|night)|(?:early|mid|late|end of|beginning of)\\s+(?:${MONTH_FULL})|\\d{1,2}\\.\\s?(?:januar|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)|\\d{1,2}\\s+de\\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))(?![\\w-])`,
  'gi',
);
/** A word after "the 2nd" or "May 2" that makes it something else ("the 2nd lamp", "May 2 people"). */
const NOUN_AFTER = /^\s+(?![a-z]+ly\b)(?!(?:at|and|or|but|please|then|so|if|when|because|latest|morning|afternoon|evening|night|i|we|is|was|will|would|could|can|since|until|from|to|of|in|the|this|next|last|as|already|yet|still)\b)[a-z]/i;
/** Words after a number that make it a quantity worth keeping ("30 headlamps", "4 nights", "12 business days"). */
const NOT_QUANTITY_NOUN = /\b(times|ones|thanks|minutes ago|mins|things|questions|ways|options|days ago|weeks ago)$/i;

/** First words that make "<word> 2" no model name: "Order 2", "Day 4", "about 300", "Friday 13 June", "Your 48 hours". */
const MODEL_STOP = new RegExp(
  String.raw`^(order|day|days|size|step|page|option|number|item|items|week|weeks|version|error|code|the|my|your|our|his|her|their|its|this|that|these|those|every|each|all|after|before|since|until|within|with|from|to|by|of|no|not|room|floor|level|gate|platform|chapter|at|on|in|for|about|around|and|or|but|only|top|row|mon|tue|wed|thu|fri|sat|sun|${WEEKDAY}|${MONTH_FULL})\b`,
  'i',
);

/** The product as typed, with the size or colour typed right after it. */
function withVariant(text: string, index: number, named: string): string {
  const variant = VARIANT_AFTER.exec(text.slice(index + named.length));
  return variant ? named + variant[0] : named;
}

/** A payment card number: 13–19 digits starting 2–6 that pass the Luhn checksum. */
function isCardNumber(typed: string): boolean {
  const digits = typed.replace(/\D/g, '');
  if (digits.length < 13 || digits.length > 19 || !/^[2-6]/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A web address, not two sentences without a space ("it.it", "reply.at") nor a payment provider's home page
 * ("paypal.com" is the provider): with a scheme or www, a path, a common generic ending, or three parts.
 */
function isWebAddress(typed: string): boolean {
  if (!/[a-z]/i.test(typed.split('.')[0]!) || /^\d/.test(typed)) return false;
  const bare = !/^(?:https?:\/\/|www\.)/i.test(typed) && !typed.includes('/');
  if (bare && /\b(?:paypal|klarna|visa|mastercard|amex|dhl|ups|fedex|dpd|gls|usps)\./i.test(typed)) return false;
  return !bare || /\.(?:com|net|org|info|biz|io|shop|store|online)$/i.test(typed) || typed.split('.').length >= 3;
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

  for (const m of text.matchAll(EMAIL)) add('email', m[0], m.index);
  for (const m of text.matchAll(WEB_ADDRESS)) if (isWebAddress(m[0])) add('link', m[0], m.index);
  for (const m of text.matchAll(VAT_ID)) add('reference', m[0], m.index);
  for (const m of text.matchAll(SUFFIXED_ID)) add('reference', m[0], m.index);
  for (const m of text.matchAll(PREFIXED_ID)) {
    const isOrder = vocab.orderPrefixes.size === 0 ? /order/i.test(text.slice(Math.max(0, m.index - 25), m.index)) : vocab.orderPrefixes.has(m[1]!.toUpperCase());
    add(isOrder ? 'order' : 'reference', m[0], m.index);
  }
  for (const m of text.matchAll(HASH_ORDER)) add('order', m[0], m.index);
  // After the identifiers: "Order AB-204417" is an order number, not a company "Order AB".
  for (const m of text.matchAll(COMPANY)) {
    // The capital of a sentence's first word is no part of the name: "Yesterday Acme Ltd called".
    const lead = COMPANY_LEAD.exec(m[0])?.[0].length ?? 0;
    add('company', m[0].slice(lead), m.index + lead);
  }
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
    add('amount', per ? a.raw + per[0] : of ? a.raw + of[0] : a.raw, a.index);
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
    if (/\p{L}/u.test(inner) && (/[\s\d\p{Lu}.]/u.test(inner.trim()) || inner.length > 12) && inner.trim().length < text.trim().length - 2) add('quote', inner, at);
  }
  for (const m of text.matchAll(CARD_TEXT)) add('quote', m[1]!, m.index + m[0].lastIndexOf(m[1]!));
  for (const m of text.matchAll(INITIALS)) add('quote', m[0], m.index);
  for (const m of text.matchAll(HOLDER_NAME)) add('name', m[0], m.index);
  // Before model names: "Calle Mayor 5" is an address, not a product "Mayor 5".
  // With the flat or floor typed after the number ("calle Coso 112, 3º B"): the courier needs it.
  const withUnit = (m: RegExpMatchArray) => m[0] + (/\d/.test(m[0]) ? (ADDRESS_UNIT.exec(text.slice(m.index! + m[0].length))?.[0] ?? '') : '');
  for (const m of text.matchAll(ADDRESS_BEFORE)) add('address', withUnit(m), m.index);
  for (const m of text.matchAll(ADDRESS_AFTER)) if (!NOT_A_STREET_NAME.test(m[0])) add('address', withUnit(m), m.index);
  // Before the counts in words: "only five months old" whole, not "five months".
  for (const c of findCounts(text)) add('quantity', c.value, c.index);
  for (const m of text.matchAll(COUNTED)) {
    if (NOT_QUANTITY_NOUN.test(m[1]!)) continue;
    add('quantity', m[1]!, m.index);
  }
  if (vocab.products) {
    for (const m of text.matchAll(vocab.products)) {
      // "the Northwind Trail app", "my Lumen 400 headlamp": the noun that follows says which thing it is.
      const noun = PRODUCT_NOUN_AFTER.exec(text.slice(m.index + m[0].length));
      const counted = COUNT_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[0] ?? '';
      // Not a year ("the 2023 Stormshell"), a size ("Size 10 Stormshell") or what another fact holds ("order #55881
      // Stormshell"): then the product alone.
      const from = m.index - counted.length;
      const count = counted && !/^(?:19|20)\d\d\s/.test(counted) && !/\bsize\s*$/i.test(text.slice(Math.max(0, from - 6), from)) && !taken.some(([a, b]) => from < b && m.index > a) ? counted : '';
      const at = m.index - count.length;
      add('product', withVariant(text, at, count + (noun ? m[0] + noun[0] : m[0])), at);
    }
  }
  // After the products ("1,000 Lumen 400 headlamps" keeps its product).
  for (const m of text.matchAll(BIG_COUNT)) add('quantity', m[0], m.index);
  if (vocab.otherModels) for (const m of text.matchAll(vocab.otherModels)) add('product', withVariant(text, m.index, m[0]), m.index);
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
    add('product', withVariant(text, at, named), at);
  }
  for (const m of text.matchAll(ERROR_CODE)) add('error_code', m[1]!, m.index);
  for (const m of text.matchAll(PROMO)) add('promo_code', m[1]!, m.index);
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
    if (ambiguous && NOUN_AFTER.test(text.slice(m.index + m[0].length))) continue;
    addDay(m[0], m.index);
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
  // Last ("Summit Pro 2" is no town, "in Orange or Olive" are colours): where it goes or happened, when the words around
  // say it is a place: "to Denver", "in Lyon", "the Portland store"; not a name ("Hi, it's Charlotte").
  for (const l of findDataLocations(text)) add('place', l.value, l.index);
  for (const p of findPlaces(text)) {
    const before = text.slice(Math.max(0, p.start - 12), p.start);
    const after = text.slice(p.start + p.typed.length, p.start + p.typed.length + 14);
    if (!PLACE_BEFORE.test(before) && !PLACE_AFTER.test(after)) continue;
    // "our Boston office", "the Portland store": which of them, with the noun that says so.
    const noun = PLACE_NOUN_AFTER.exec(after)?.[0] ?? '';
    add('place', p.typed + noun, p.start);
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
