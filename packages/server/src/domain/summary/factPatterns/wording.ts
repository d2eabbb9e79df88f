/** Patterns for words the customer wants kept as typed: quotations, the text of a gift card, initials, the name an order is in. */

/**
 * Words the customer put in quotes: the text for a gift note or an engraving, a status the tracking page shows
 * ("Congrats Mia & Jonas", 'J.M.', 'in customs'). The opening quote follows no letter, so "dad's" opens nothing.
 */
export const QUOTED = /(?<![\p{L}\p{N}])(?:'([^'\n]{2,80}?)'|"([^"\n]{2,80}?)"|‘([^‘’\n]{2,80}?)’|“([^“”\n]{2,80}?)”|„([^„“”\n]{2,80}?)[“”]|«\s?([^«»\n]{2,80}?)\s?»)(?![\p{L}\p{N}])/gu;
/**
 * The words for a gift card or note, typed without quotes: "a little card in saying Happy 80th, Doris?" (a card
 * introduced as one: not "an error message saying E42", "the tag reading XL", "my card keeps saying declined"); they end
 * where the customer goes on ("…saying happy birthday Lena, nothing fancy", "…from me, and leave the price off").
 */
// (At most four words before it, one to three spaces each: "a\n" repeated 2,000 times was tried from every "a" to the end.)
export const CARD_TEXT = /\b(?:(?:a|little|small|gift|greeting|greetings|birthday|handwritten)\s{1,3}){1,4}(?:card|note|message|tag)\b(?:\s+(?:in|inside|with (?:it|them)|included))?\s+(?:saying|that says|which says|reading|with the words)\s*:?\s+([^?!\n]{2,60}?)(?=[?!]|(?<!\b(?:Dr|Mr|Mrs|Ms|St|\p{Lu}))\.(?:\s|$)|\n|$|,\s*(?:and|or|but|nothing|please|no|just|if|so|thanks|thank)\b|\s+(?:and|or|but)\s+(?:leave|put|print|don't|do not|please|no)\b)/giu;
/** Initials as typed, for an engraving or a name on a parcel: "J.M.K.", "A.B." (not "U.S.", "P.S."). */
export const INITIALS = /(?<![\p{L}\d.])(?!(?:U\.S|U\.K|E\.U|P\.S|A\.M|P\.M|N\.B|I\.E|E\.G)\.(?![\p{L}]))(?:\p{Lu}\.){2,4}(?![\p{L}\d])/gu;
/** A person who holds the account or order, named: "in the name of Arthur Cartwright", "under the name Lena Vogel". */
export const HOLDER_NAME = /(?=\p{Lu})(?<=\b(?:in|under)\s+(?:the\s+)?name\s+(?:of\s+)?)\p{Lu}\p{Ll}+(?:[ -](?:van|von|de|del|da|di|le)?\s?\p{Lu}[\p{Ll}'’]+){1,2}(?![\p{L}-])/gu;
/**
 * Session 58: how a present should be packed, as typed: "without the invoice", "no prices inside", "gift wrapping",
 * "leave the receipt out". The agent acts on these; the words around them are the story.
 */
export const PACKING_ASK =
  /\b(?:without (?:the |an? |any )?(?:invoice|receipt|price tags?|prices?|packing slip|delivery note)s?(?: inside| in (?:the )?(?:box|parcel|package))?|no (?:price tags?|prices?)(?: inside| in (?:the )?(?:box|parcel|package))?|no (?:invoice|receipt)s? (?:inside|in (?:the )?(?:box|parcel|package))|gift[- ]?wrap(?:ping|ped)?|(?:leave|keep|take) (?:the |out the )?(?:invoice|receipt|price tags?|prices?|packing slip)s? (?:out|off))\b/gi;
