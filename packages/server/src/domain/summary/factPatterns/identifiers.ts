/** Patterns for the identifiers a customer types: order and reference numbers, phones, last digits, VAT ids, handles, web addresses (entities.ts finds the facts with them). */

export const PREFIXED_ID = /(?<![\w-])([A-Za-z]{1,4})-(\d{4,})(?![\w-])/g;
/** "NW 448120": a prefix and its digits apart (an order only when the prefix is the site's, entities.ts). */
export const SPACED_ID = /(?<![\w-])([A-Za-z]{1,4}) (\d{5,})(?![\w-]|[.,]\d)/g;
/** Session 54: "a charge… from something called NWG-SERVICES": a statement's merchant name, in capitals and joined. */
export const MERCHANT_NAME = /(?<=\b(?:called|named|from|merchant|says|shows|as)\s+["'“]?)[A-Z][A-Z0-9]{1,}(?:[-*.&][A-Z][A-Z0-9]{1,})+(?![\w-])/g;
export const HASH_ORDER = /(?:#\s?\d{4,}|\border\s+(?:number\s+|no\.?\s*|#\s?)?\d{5,})\b/gi;
/**
 * A bare number the customer names as a reference of some kind: "refund reference 74829105", "case no. 558812",
 * "Sendungsnummer 00340434161094042557", "número de seguimiento 7730019". The number is group 1.
 */
export const LABELLED_NUMBER = /\b(?:reference|ref|case|ticket|claim|tracking|arn|transaction|confirmation|parcel|shipment|consignment|serial|invoice|receipt|rma|referenz|sendungsnummer|sendungs-?nr|vorgangsnummer|rechnungsnummer|seriennummer|referencia|seguimiento|factura|recibo)(?:\s+(?:number|num|no|nr|id|code|nummer|n(?:ú|u)mero))?\.?(?:\s+(?:is|was|es|ist))?\s*(?:[:#]\s*)?(\d{5,22})(?![\w.,]?\d|\s*(?:€|\$|£|(?:eur|euros?|usd|dollars?|gbp|chf)\b))/gi;
/** International (+…), national with a leading 0, or North American "503-555-0178" / "(503) 555 0178". */
export const PHONE = /(?<![\w.,-])(\+\d[\d\s().-]{6,}\d|\(?0\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4})(?![\w.,]\d)(?!-)/g;
/**
 * A number typed in groups where the customer says it is their phone: "Mi teléfono es 612 48 93 07", "¿Me pueden
 * llamar al 612 345 789?", "Sie erreichen mich unter 0221 / 555 43 19".
 */
export const PHONE_SAID = /(?=\d)(?<=\b(?:phone|telephone|tel|mobile|cell|my number|(?:ring|call|reach|text) me (?:on|at)|telefono|teléfono|movil|móvil|mi numero|mi número|handy|handynummer|telefonnummer|meine nummer|(?:erreichen (?:sie )?mich|erreichbar|anrufen|zur(?:ü|ue)ckrufen) unter|llamar(?:me|nos)? al|llamadme al|ll(?:á|a)m(?:e|en)(?:me|nos) al)\b(?<!\b(?:serial|order|invoice|tracking|reference|pedido|bestell|rechnungs|sendungs)\s?(?:number|numero|número|nummer))[^\d\n]{0,15})(\d{2,4}(?:(?:\s?[/.-]\s?|\s)\d{2,4}){2,4})(?![\w.,]?\d)/gi;
/** The last digits of a card or code, which the agent matches against theirs: "the card ends in 8832", "code ending in 4471", "Visa ending 4471". */
export const LAST_DIGITS = /\b(?:(?:card|visa|mastercard|amex|code|number|account|voucher|tarjeta|karte|nummer|c(?:ó|o)digo)\b[^.!?\d\n]{0,25}?\b(?:ends(?: in| with)?|end (?:in|with)|ending(?: in| with)?|endet (?:auf|mit)|(?:termina|acaba) en)|last (?:three|four|five|six|[3-6]) (?:digits |numbers )?(?:are |is |of it are )?:?)\s*#?\s*(\d{3,6})(?![\w.,]?\d)(?!\s*(?:days?|weeks?|months?|years?|hours?|minutes?|%))/gi;
/** References with a suffix ("PO-2291-K", "RMA-55120-B"): longer than an order number, one piece all the same. */
/**
 * A case or account reference of letters and digits in hyphened parts, with a capital and three digits in a row:
 * "The case number they gave me was 7741-B", "NW-B2B-0412 is the reference they gave me" (not "USB-C"; an error code
 * "PAY-204" is left to its own pattern). Review 3 of session 52: not a model number joined to a German noun, "die Lumen
 * 900R-Stirnlampe", "VoltPack 20000-Powerbank" (the product keeps its name).
 */
export const MIXED_ID = /(?<![\w-])(?![A-Za-z]{1,4}-\d+(?![\w-]))(?!\d+[A-Za-z]{0,2}-[A-ZÄÖÜ][a-zäöüß]{3,}(?![\w-]))(?=[\w-]*\d{3})(?=[\w-]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w-])/g;
/**
 * Session 56: a code the customer names as one, short and mixed ("voucher TP-88K2 says 'not valid'", "code XK-4P2"); the
 * code is the group `code`. (Review of session 56: the label matched, not looked behind for, which took 30 ms on a long run
 * of spaces; "Voucher code" at a sentence's start too; not an error code, "the watch shows error code GPS-ERR2".)
 */
export const LABELLED_CODE = /\b(?:[Vv]oucher|[Cc]ode|[Cc]oupon|[Pp]romo|[Gg]ift [Cc]ard|[Rr]eference|[Rr]ef)(?<![Ee]rror [Cc]ode)[ \t]{1,3}(?:code[ \t]{1,3})?["'“]?(?<code>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])(?![A-Z0-9-]*ERR)[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+)(?![\w-])/g;
export const SUFFIXED_ID = /(?<![\w-])[A-Z]{1,4}-\d{3,}(?:-[A-Z0-9]{1,4})+(?![\w-])/g;
/** A seller's or user's handle: "outdoor_deals_24" (an underscore is in no word). */
export const HANDLE = /(?<![\w@.])@?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@])/g;
export const DIGIT_REFERENCE = /(?<![\w.,+-])\d{3,6}(?:-\d{2,6})?-\d{3,6}(?![\w-]|[.,]\d|\s*(?:€|\$|£|(?:eur|euros?|usd|dollars?|gbp|chf)\b))/gi;
/** EU VAT numbers: country code and 8–12 digits ("DE318447201"), also typed in groups ("BE0478.123.456"). */
/** Session 51: a tax number named by its label ("con el NIF B12345678", "USt-IdNr. 123456789"), the ID without a country prefix. */
export const LABELLED_TAX_ID = /\b(?:NIF|CIF|NIE|DNI|USt-?IdNr\.?|Steuernummer|UID(?:-?Nummer)?|VAT (?:ID|number|no\.?))\s*(?:[:#]\s*)?([A-Z]?\d{7,10}[A-Z]?)(?![\w-])/gi;
export const VAT_ID = /(?<![\w-])(?:(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|GB|CHE)\s?U?\d{8,12}|(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|FI|FR|HR|HU|IT|LT|LU|LV|MT|PL|PT|RO|SE|SI|SK|GB)\s?U?\d{2,4}(?:[.\s]\d{2,4}){2,3}(?![.\s]?\d)|ES\s?[A-Z]\d{7}[A-Z0-9]|ES\s?\d{8}[A-Z]|FR\s?[A-Z0-9]{2}\s?\d{9}|NL\s?\d{9}B\d{2}|IE\s?\d[A-Z0-9+*]\d{5}[A-Z]{1,2})(?![\w-])/g;
/** A web address typed bare or with its scheme (a phishing site, a tracking page): "northwind-parcels.example.net". */
export const WEB_ADDRESS = /(?<![\w@.-])(?:https?:\/\/)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|info|biz|io|co|de|es|fr|nl|eu|uk|us|at|ch|it|shop|store|online|site|link|xyz)(?:\/[^\s"'<>()]*[^\s"'<>().,!?])?(?![\w@-])/gi;
/** Card and gift-card numbers typed in groups of four: "4417 2290 8831 0056". */
export const DIGIT_GROUPS = /(?<![\w.,+-])\d{4}(?:[ -]\d{4}){2,3}(?![\w-]|[.,]\d)/g;
/** A payment card number: 13–19 digits starting 2–6 that pass the Luhn checksum. */
export function isCardNumber(typed: string): boolean {
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
export function isWebAddress(typed: string): boolean {
  if (!/[a-z]/i.test(typed.split('.')[0]!) || /^\d/.test(typed)) return false;
  const bare = !/^(?:https?:\/\/|www\.)/i.test(typed) && !typed.includes('/');
  if (bare && /\b(?:paypal|klarna|visa|mastercard|amex|dhl|ups|fedex|dpd|gls|usps)\./i.test(typed)) return false;
  return !bare || /\.(?:com|net|org|info|biz|io|shop|store|online)$/i.test(typed) || typed.split('.').length >= 3;
}
