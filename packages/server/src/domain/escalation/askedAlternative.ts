/**
 * Session 60 (R): after the bot could not say, the no checked and something close asked for in its place ("ok so no
 * rental at all? what about a used/demo one from the store for cheap?", "so you don't engrave? could I at least get a
 * gift note on it?"): the same need narrowed, a second attempt (repeatedFailure.ts). Read on normalise()d text.
 */

/** The no said back as a question: "so no rental at all?", "you don't do repairs?", "there's no way to hire one?". */
const NO_CHECKED = /^(?:(?:ok(?:ay)?|oh+|ah+|hm+|right|wait|sorry|hmm+|alright)\W+)*(?:so\s+)?(?:no\b|(?:you|u|they|the stores?|the shop)\s+(?:dont|do not|cant|cannot|wont|arent|are not)\b|(?:theres|there is|there are)\s+no\b|not even\b|none\b|nothing\b)[^.!?]{0,50}\?+\s*/;
/** Asking for what might do instead: "what about…", "how about…", "could I at least…", "any other way…". */
const ALTERNATIVE = /^(?:(?:ok(?:ay)?|and|but|then|so)\W+)*(?:what about|how about|or (?:maybe|perhaps|could|can|do|would)|(?:could|can|would) (?:i|we|you) (?:at least|maybe|perhaps|instead)|(?:is there|are there|any) (?:any |some )?(?:other|another|alternative)|anything (?:else|similar|like that))\b[^?]{3,120}\?/;
/** The alternative points back at what was asked ("a used one", "something like that", "instead"). */
const POINTS_BACK = /\b(one|ones|that|those|it|them|something (similar|like (that|it))|instead|alternative|other way|another way)\b/;

/** The alternative asked after the no checked, or null when the message is not that. */
export function alternativeAfterNo(said: string): string | null {
  const no = NO_CHECKED.exec(said);
  if (!no) return null;
  const rest = said.slice(no[0].length);
  return ALTERNATIVE.test(rest) ? rest : null;
}

/** True when the alternative points back at the failed question (or `shares` a word with it, as repeatedFailure counts). */
export function asksAlternativeAfterNo(said: string, shares: (rest: string) => boolean): boolean {
  const rest = alternativeAfterNo(said);
  return rest !== null && (POINTS_BACK.test(rest) || shares(rest));
}
