/** Patterns for where: street addresses with their flat or floor, and the words around a town that make it a place. */

/**
 * Street addresses as typed, in any case: a street-type word before the name ("rua augusta", "Calle Mayor 5",
 * "rue de la Paix") or after it ("12 Baker Street", "Hauptstraße 4"). "via" is left out: it is usually a preposition.
 */
export const ADDRESS_BEFORE = /(?<![\p{L}-])(?:rua|calle|avenida|rue|praça|plaza|piazza|viale|boulevard)\s+(?:(?:de|da|do|del|la|le|des|dos|das)\s+)?\p{L}[\p{L}'-]+(?:\s+\d+[a-z]?)?(?![\p{L}-])/giu;
export const ADDRESS_AFTER = /(?<![\p{L}\d-])(?:\d+[a-z]?\s+)?\p{L}[\p{L}'-]+\s+(?:street|road|avenue|lane|drive|boulevard)(?:\s+\d+[a-z]?)?(?![\p{L}-])|(?<![\p{L}-])\p{L}+(?:straße|strasse|weg|gasse|platz)(?:\s+\d+[a-z]?)?(?![\p{L}-])/giu;
export const NOT_A_STREET_NAME = /^(?:\d+[a-z]?\s+)?(?:the|a|an|this|that|my|your|our|their|main|same|wrong|right|next|one|each|every|any|no)\s/i;
/** The words around a town or country that make it a place: "to Denver", "the Portland store", "Bath, BA1 2AB". */
export const PLACE_BEFORE = /\b(?:to|in|into|from|near|at|via|outside|around|across|of|for|nach|aus|en|a|de|desde|hacia)\s+(?:the\s+)?$/i;
export const PLACE_AFTER = /^\s+(?:store|shop|branch|office|warehouse|area|region|site)\b|^\s*,\s*(?:[A-Z]{2}\b|\p{Lu})/u;
/**
 * The noun that says which of a company's sites a place is: "our Boston office", "the Leeds branch". (Session 58: and
 * "the Berlin store" as typed, which the labels keep whole: the town alone could be where the customer lives.)
 */
export const PLACE_NOUN_AFTER = /^\s+(?:branch|office|warehouse|depot|headquarters|HQ|store|shop|outlet)\b/i;
/** The flat, floor or door after a street and number: "Calle Coso 112, 3º B", "12 Baker Street, Flat 4", "Hauptstraße 4, 2. OG". */
export const ADDRESS_UNIT = /^,?\s*(?:\d{1,2}\s?[ºª°]\s?(?:[A-Z]|izq(?:da)?\.?|dcha\.?)?|(?:apt|apartment|flat|unit|suite|piso|puerta|wohnung|whg)\.?\s*\d{1,4}[A-Za-z]?|\d{1,2}(?:st|nd|rd|th)\s+floor|\d{1,2}\.\s?(?:OG|Stock))(?![\p{L}\d])/iu;

/**
 * Where a trip goes, named after the trip ("a 5-day trek in Sarek", "walking the length of the Wild Atlantic Way", "an
 * expedition to the Fann Mountains", "una ruta por los Picos de Europa"): a capitalised name no gazetteer holds.
 */
export const TRIP_PLACE = /\b(?:trek|trekking|traverse|trip|expedition|hike|hiking|walk|walking|climb|climbing|tour|holiday|vacation|camping|paddle|paddling|kayak(?:ing)?|cycling|crossing|ski(?:ing)?|thru-hike|backpacking|journey|wanderung|wandern|reise|urlaub|tour|viaje|ruta|excursion|travesia)\s+(?:[\p{L}\d'-]+\s+){0,4}?(?:in|of|to|through|across|around|along|on|up|over|into|nach|durch|en|por|a)\s+(?:(?:the\s+(?:length\s+of\s+the\s+|whole\s+|entire\s+)?)|la\s+|el\s+|los\s+|las\s+|den\s+|die\s+|das\s+)?(\p{Lu}[\p{L}'-]+(?:\s+(?:(?:de|del|la|di|da|of|the)\s+)?\p{Lu}[\p{L}'-]+){0,3})/gu;
/** Capitalised words after a trip that are no place: a month, a day, a season, a language, "I". */
export const NOT_A_TRIP_PLACE = /^(?:I|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|English|Spanish|German|French|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre)\b/;
/** Between two places of a list: "Austin, Denver and Seattle". */
export const PLACE_LIST_JOIN = /^(?:\s*,\s*(?:and\s+|or\s+|y\s+|und\s+)?|\s+(?:and|or|&|y|und)\s+)$/;

/** Which of the shop's sites an order came from, as typed: "bought on the US site", "the eu website". */
export const SHOP_SITE = /(?<![\w-])(?:EU|US|(?<=\b(?:the|on|from|via) )(?:eu|us))[ -]?(?:site|website|webshop|web shop|online shop|online store)(?![\w-])/g;
