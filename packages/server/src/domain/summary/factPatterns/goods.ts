/** Patterns for what is bought or broken and how much of it: products and models, sizes, colours, counts and quantities, measures, codes, companies, providers, percentages. */
import { MONTH_FULL, WEEKDAY } from './when.js';

/** A measurement as typed: "30W", "65W", "120 m", "20000 mAh", "2.5 kg" (the figure the question turns on). */
export const MEASURE = /(?<![\w.,])(?:\d{1,5}(?:[.,]\d{1,2})?\s?(?:W|Wh|kWh|mAh|V|mm|cm|m|km|kg|lbs?|oz|°C|°F|ml)|\d{1,4}w)(?![\w°])/g;
/** A count written with thousands separators and its noun: "1,240 Trailpoints", "10,000 steps". */
/** Session 51: "about 12k followers", "1.5k reviews": thousands written with a k, of a plural. */
// (Review: not a race distance or a screen resolution, "three 5k runs", "my 10k times", "4k videos".)
export const K_COUNT = /(?<![\w.,:-])\d{1,3}(?:[.,]\d)?k\s+(?!(?:runs|races|times|splits|paces|videos|screens|displays|monitors|tvs|cameras)\b)\p{L}[\p{L}-]*s(?![\p{L}\d-])/gu;
export const BIG_COUNT = /(?<![\w.,:-])\d{1,3}(?:[,.]\d{3})+\s+(?!(?:and|or|but|to|in|on|at|for|of|the|a|an|is|was|are|were|so|then|with|from|by|times|und|oder|y|o)\b)\p{L}[\p{L}-]+(?!\s+\d)/gu;
/** Session 50: a count of a capitalised plural, the site's own word for it: "860 Trailpoints", "40 Stormshells" (not "at 14 Thanks", "30 Days"). */
export const CAPITAL_COUNT = /(?<![\w.,:/-])(?!(?:19|20)\d\d\s)\d{2,5}\s(?!(?:Thanks|Cheers|Regards|Days|Hours|Minutes|Weeks|Months|Years|Euros|Dollars)\b)(?:\p{Lu}\p{Ll}{2,}){1,2}s(?![\p{L}\d-])/gu;
/** What after "error 15" makes it a count, a time or a sum, not a code ("error 15 times", "Fehler 10 Mal", "error 50 euros"). */
export const NOT_A_CODE_AFTER = String.raw`times|x\b|%|minutes?|mins?|seconds?|secs?|days?|hours?|weeks?|months?|years?|mal\b|veces|euros?|eur\b|dollars?|€|\$`;
export const ERROR_CODE = new RegExp(String.raw`(?<![\w-])([A-Za-z]{1,4}-\d{2,3}|[Ee]\d{2,3}|[A-Z]{2,4}\d{2,3}|(?:ERR|Err|err|ERROR|Error|error|Fehler) ?\d{2,3}(?! ?(?:${NOT_A_CODE_AFTER})))(?![\w-])`, 'g');
export const PROMO = /(?<![\w-])([A-Z]{3,}\d{1,4}|[A-Z]{3,}-[A-Z]*\d[A-Z0-9]*)(?![\w-])/g;
export const MODEL_TYPED = /(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+)? (?:\d+[A-Za-z]{0,2}|[A-Z]{1,2}\d+|[A-Z]{2})|[a-z]{3,} \d+[a-z]{1,2})(?![\w]|-(?![A-Za-zÄÖÜäöüß]{3,}(?![\w-])))/g;
/** A company by its legal form, as typed: "Vaughan & Daughters Ltd", "Fairweather Joinery Ltd.", "Bergwelt Sport GmbH". */
export const COMPANY = /(?<![\w&-])(?:\p{Lu}[\p{L}'’-]*[ \t]+(?:(?:&|and|und|y)[ \t]+)?){1,4}(?:Ltd|GmbH|AG|B\.?V|Inc|LLC|LLP|plc|PLC|SARL|S\.L|S\.A|SRL|S\.r\.l)\.?(?![\w-])/gu;
/** Session 58 (S2): a legal form said of the customer without a name ("we're a GmbH with a VAT ID", "somos una S.L."): what they are. */
export const BARE_COMPANY = /(?<![\w-])(?:a|an|eine|einer|una|un)[ \t]+(Ltd|GmbH|AG|UG|KG|LLC|Inc|plc|SARL|SRL|S\.L\.|S\.A\.|B\.V\.)(?![\w-])/g;
export const COMPANY_LEAD = /^(?:(?:The|Our|My|At|For|From|With|Hi|Hello|Dear|Sirs|Thanks|Regards|Yesterday|Today|Also|Called|We|I|Die|Der|Das|Bei|Meine|Mein|Unsere|Unser|Firma)[ \t]+)+/;
export const PRODUCT_NOUN_AFTER = /^ (?:app|watch|tent|jacket|headlamp|lamp|power bank|battery|charger|cable|strap)(?:e?s)?\b/i;
/** How many of a product: "12 Ridgeline 3P", "four Lumen 900R", "20–25 Stormshells", "40+". */
export const COUNT_BEFORE = /(?<![\w.,:/-])(?:\d{1,5}(?:\s?[–-]\s?\d{1,5})?\+?(?:\s?x(?=\s))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a couple of|a pair of)\s+(?:x\s+)?$/i;
// (Session 61 T: the customer's phone with its number, as typed, "pixel 7", "Galaxy S23 Ultra", "iphone 14"; not a count of
// pixels or a dead one, "a dead pixel 2 days after".)
export const DEVICE_TYPED = /(?<![\w-])(?:i(?:Phone|Pad|Pod)(?: (?:\d{1,2}|SE|Pro|Mini|Max|Air)){1,3}|(?<!\b(?:dead|stuck|bright|hot|broken|burnt|few|one) )(?:[Pp]ixel|PIXEL) \d{1,2}[a]?(?: (?:Pro|XL|Fold|pro|xl))?(?! ?(?:days?|weeks?|months?|years?|hours?|times|x|px|pixels?)\b)|(?:[Gg]alaxy|GALAXY) (?:[SsAaMmNn]\d{1,3}\+?|Z (?:Flip|Fold) ?\d|[Nn]ote ?\d{1,2})(?: (?:Ultra|Plus|FE|ultra|plus))?|(?:iphone|Iphone|IPhone|IPHONE) (?:\d{1,2}|SE)(?: (?:Pro|Max|Plus|Mini|pro|max|plus|mini)){0,2}|(?:OnePlus|Oneplus|oneplus) \d{1,2}[RrTt]?|(?:[iI][oO][sS]|iPadOS|watchOS|macOS|[aA]ndroid|Wear OS|Windows) ?\d{1,2}(?:\.\d{1,2}){0,2})(?![\w-])/g;
/** The last word a plural: "30 days", not "30 days as" nor "40 staff as" (the lookbehind sits after the final s). */
export const NOT_PLURAL = String.raw`(?<![su]s|\bwas|\bhas|\bdoes|\bgoes|\bsays|\bthis|\bplus|\bless|\bunless|\balways|\bas|\bis|\bits|\byes)`;
export const QUANTITY = new RegExp(String.raw`(?<![\w.,:-])(\d{1,5}(?:\s?[–-]\s?\d{1,5})?(?:\s+(?:[a-z]+(?:-[a-z]+)?)){1,3}?s${NOT_PLURAL})\b`, 'g');
/**
 * A count in words, up to the first plural ("two separate invoices", "two Trailsense watches", "three different
 * cards"): taken before product names, so the product stays inside the count rather than the count being lost.
 */
export const NUMBER_WORD = '(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)';
export const COUNTED = new RegExp(
  // Not a name made of numbers ("Five Ten shoes"), nor "Three Peaks"; the noun is lowercase, four letters or more, and a
  // plural (not "this", "plus"), with no "and" on the way ("thirty minutes", not "thirty minutes and works"; "two
  // pairs of socks", "two or three weeks" whole).
  String.raw`(?<![\w-])(?<!\b(?:[Oo]ne|${NUMBER_WORD})\s+)(${NUMBER_WORD}(?!\s+${NUMBER_WORD}\b)(?:\s+(?!(?:and|but|to|then|so|as|is|was|were|are|this|that|it|we|you|they)\b)[A-Za-z][a-z]+(?:-[a-z]+)?){0,2}\s+[a-z]{3,}s${NOT_PLURAL})\b(?!\s+ago\b)`,
  'g',
);
/** A lowercase name with a model word and number: "summit pro 2", "trail max 3" (capitalised ones are MODEL_TYPED). */
export const MODEL_WORD_TYPED = /(?<![\w-])([a-z]{3,} (?:pro|mini|lite) \d{1,4}[a-z]{0,2})(?![\w-])(?!\s+[a-z]+s\b)/gi;
/** A size as typed, in English, Spanish or German: "size 10", "XS", "talla S", "Größe M". */
export const SIZE = /(?<![\w-])(XXS|XS|XL|XXL|XXXL|(?:size|[Tt]alla|[Gg]r(?:ö|oe)(?:ß|ss)e) (?:\d{1,2}(?:[.,]5)?|XXS|XS|S|M|L|XL|XXL))(?![\w-])/g;
// (Session 59: "a mustard Stormshell instead of the navy one": colours that name nothing else; not "mint", "rust", "cream".)
export const COLOUR = /\b(navy|black|white|grey|gray|red|blue|green|orange|yellow|olive|beige|sand|charcoal|burgundy|teal|pink|purple|mustard|khaki|maroon|turquoise|lilac|lavender|magenta|ochre|taupe|mauve|fuchsia|aubergine|terracotta)\b/gi;
/** A size or colour typed right after a product says which one ("Stormshell in XS", "Summit Pro 2 in green"). */
export const VARIANT_AFTER = new RegExp(`^ in (?:${SIZE.source}|${COLOUR.source})`, 'i');
/** How they paid or who carries the parcel, as typed ("amex", "UPS"). */
export const PROVIDER = /(?<![\w-])(?:visa|mastercard|amex|american express|paypal|klarna|apple pay|google pay|bancontact|fedex|royal mail|evri|postnl|colissimo|dhl|dpd|gls|usps)(?![\w-])/gi;
/** "ups" is also a word. */
export const UPS = /(?<![\w-])UPS(?![\w-])/g;
/** Percentages as typed: "40%", "20% off". */
export const PERCENT = /(?<![\w.,])(?:\d{1,3}\s?[–-]\s?)?\d{1,3}(?:[.,]\d{1,2})?\s?%(?:\s+off\b)?/gi;
/** Words after a number that make it a quantity worth keeping ("30 headlamps", "4 nights", "12 business days"). */
export const NOT_QUANTITY_NOUN = /\b(times|ones|thanks|minutes ago|mins|things|questions|ways|options|days ago|weeks ago)$/i;
/** First words that make "<word> 2" no model name: "Order 2", "Day 4", "about 300", "Friday 13 June", "Your 48 hours". */
export const MODEL_STOP = new RegExp(
  String.raw`^(order|day|days|size|step|page|option|number|item|items|week|weeks|version|error|code|the|my|your|our|his|her|their|its|this|that|these|those|every|each|all|after|before|since|until|within|with|from|to|by|of|no|not|room|floor|level|gate|platform|chapter|at|on|in|for|about|around|and|or|but|only|top|row|mon|tue|wed|thu|fri|sat|sun|${WEEKDAY}|${MONTH_FULL})\b`,
  'i',
);
/** The product as typed, with the size or colour typed right after it. */
/** A model tier typed after the name: "my Stormshell Pro has lost its waterproofing". */
const TIER_AFTER = /^ (?:Pro|Plus|Max|Lite|Mini|Ultra|Elite|Kids|Junior)(?![\w-])(?! (?:brightness|mode|setting|output|speed|power|level|size|version)\b)/;
/** Session 53: a German compound typed onto the name ("Ridgeline 3P-Zelt", "Stormshell-Jacke") is the name as typed. */
// (Review: not an English suffix, "Summit Pro 2-person", "Lumen 400-ish", "Trailsense-compatible".)
const COMPOUND_AFTER = /^-(?!(?:ish|like|style|compatible|person|sized?|type|based|related|friendly|proof|owners?|users?|only|series)(?![\w-]))[A-Za-zÄÖÜäöüß]{3,}(?![\w-])/;
export function withVariant(text: string, index: number, named: string): string {
  const compound = COMPOUND_AFTER.exec(text.slice(index + named.length));
  if (compound) return named + compound[0];
  const tier = TIER_AFTER.exec(text.slice(index + named.length));
  if (tier) return withVariant(text, index, named + tier[0]);
  const variant = VARIANT_AFTER.exec(text.slice(index + named.length));
  return variant ? named + variant[0] : named;
}

/** A wound or damage named in Spanish or German ("me ha dejado una ampolla", "eine Brandblase"): the English patterns of problems.ts do not read them. */
export const WOUND_ES_DE = /(?<![\p{L}-])(?:ampollas?|quemaduras?|heridas?|cortes? profundos?|brandblasen?|verbrennung(?:en)?|wunden?|schnittwunden?|platzwunden?)(?![\p{L}-])/giu;
/** A part or accessory named in German or Spanish ("das Ladekabel für meine Pace 5", "el cargador"): the thing the chat is about. */
export const PART_ES_DE = /(?<![\p{L}-])(?:ladekabel|ladegerät|ladegerat|netzteil|armband|ersatzarmband|heringe|gestänge|gestange|cargador(?:es)?|cable de carga|correa(?:s)?|funda(?:s)?|piquetas?|varillas?)(?![\p{L}-])/giu;
