/**
 * Session 61 (V3): the customer says back the "no" they were given and lets it go ("ahh ok marketplace doesnt count.
 * fair enough", "right, so sale items aren't covered. understood"): nothing left to settle. Not a fault reported
 * ("ok the code doesn't work. thanks"): only a rule's reach (count, apply, qualify, covered…) is said back, and the
 * message ends in giving in, not in thanks alone. `t` normalised.
 */
const SAYS_NO_BACK = /^\W*(?:(?:ah+|oh+|ok(?:ay)?|right|alright|i see|hm+|ah ok|so)\W+){1,3}(?:so\W+)?[a-z ]{0,40}\b(?:doesnt|dont|isnt|arent|wont|cant|not|no longer)\s(?:count|counts|apply|applies|qualify|qualifies|covered|included|eligible|allowed|accepted|possible|valid|work that way)\b(?: (?:to|for|on|with|in|at) [a-z ]{1,25})?\W+(?:fair enough|understood|noted|got it|makes sense|(?:oh|ah) well|shame|pity|no worries|thats fair|i get it)(?:\W+(?:thanks|thank you|cheers))?\W*$/;
export function acceptsTheNo(t: string): boolean {
  return t.length < 200 && !/\d|\b(but|still|need|want|please|pls|can you|could you)\b/.test(t) && SAYS_NO_BACK.test(t);
}
