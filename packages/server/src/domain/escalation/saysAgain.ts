/**
 * The question said again in other words (repeatedFailure.ts): opening "I mean…", "like…", or (session 62, RF) the
 * thing meant followed by "I mean" ("the hydrostatic head in mm I mean, I'm comparing…"). Read on normalise()d text.
 */

/** Session 56: "like the 'sign in with apple' button loads of shops have": what was asked, said again by example (session 61: "like I hand over my old one and…"). */
export const SAYS_LIKE = /^((no|sorry|so|ok|i mean)\W+)?(like|as in|you know,?) (?!(i said|i told|this|that|it|thanks|ok|so|seriously|really|what|why|how|i(?! (hand|send|give|trade|bring|swap|return|post|drop|sell|exchange|mail|ship|pay|get)\b)|warm|hot|cold|not|very|super|literally|kinda|kind of|a bit|just|if)\b)[^.!?]{10,}/;
/** Opening with "I mean" and saying what was meant, not "i mean, thanks" or "I mean it". */
export const SAYS_AGAIN = /^((no|sorry)\W+)?i mean\b(?!\W+(it|to|thanks|thank you|ok|okay|fine|that|thats|yes|yeah|sure|great|no|well|whatever|come on|seriously|really|i)\b)\W+\S+\s+\S+\s+\S+/;

/**
 * Session 62 (RF): "the hydrostatic head in mm I mean, …": the thing meant named first, "I mean" after it. The words are
 * the customer's own, so none need be shared with the question ("20k or 10k?" then "hydrostatic head"). Not a reply
 * taken ("great I mean, thanks"), nor "I mean it".
 */
const MEANT_FIRST = /^(?!(?:ok(?:ay)?|thanks|thank you|great|fine|cool|sure|yes|yeah|yep|well|no|nope|haha|lol|wow|honestly|seriously|really|sorry)\b)[a-z0-9][^.!?,;:]{2,60}?\s+i mean\b(?! it\b)(?=\s*(?:[,.;:!-]|$))(?![^?]*\b(?:thanks|thank you|fine|works|sorted|got it|never ?mind|all good)\b)/;

/** The thing meant, named and then "I mean": the question restated (`said` normalised). */
export function namesWhatWasMeant(said: string): boolean {
  return MEANT_FIRST.test(said);
}
