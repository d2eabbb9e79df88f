/**
 * Session 60: the words typed around a fact that change what it says, kept with it: how far a sum is from the figure
 * ("just over three hundred euros"), how many payments ("two payments of 149.00"), the cents of a sum in words, a
 * deadline's "by the 14th", and how many the customer wants ("3 for the family", "another 20").
 */

const COUNT_WORD = '(?:\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
/** Before a sum: "just over", "about", "nearly"; or "two payments of", "3 charges of" (how many times it was taken). */
export const AMOUNT_LEAD = new RegExp(
  `(?<![\\w-])(?:(?:(?:just|a\\s+bit|a\\s+little|slightly|well)\\s+)?(?:over|under|above|below)|(?:just\\s+)?(?:around|roughly|nearly|almost|approximately|approx\\.?)|(?:just\\s+|(?<=\\b(?:is|was|it's|its|of|for|cost|costs|paid|spent|totals?|be)\\s))about|${COUNT_WORD}\\s+(?:payments|charges|transactions|debits|withdrawals)\\s+of)\\s+$`,
  'i',
);
/** After a sum in words: "… euros and fifty cents", "… dollars and 5 cents". */
export const CENTS_AFTER = /^\s+and\s+(?:\d{1,2}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\s+cents?\b/i;
/** The word that makes "the 14th" a deadline: "by the 14th", "before the 14th". */
export const DATE_DEADLINE_LEAD = /(?<![\w-])(?:by|before|no\s+later\s+than)\s+$/i;
/** A day's word that is no noun of it: "send it on the 19th instead". */
export const NOT_A_DAY_NOUN = /^\s+(?:instead|anyway|either|too|though|onwards?|latest)\b/i;
/**
 * How many the customer wants to buy, with who for or that it comes on top: "buy 3 for the family", "I'd like three for
 * the team", "we need another 20". After a word of buying, so "it took 3 for the family to…" stays no count.
 */
export const WANTED_COUNT = new RegExp(
  // (The lookahead first: a lookbehind with \\s+ at every position of a run of spaces costs the square of its length.)
  `(?=[\\da-z])(?<=\\b(?:buy|buying|order|ordering|get|getting|need|want|like|take|taking|purchase)\\s+)(?:${COUNT_WORD}\\s+for\\s+(?:the|my|our)\\s+(?:family|team|kids|children|group|club|school|staff|crew|class)|(?:another|a\\s+further|an\\s+extra)\\s+${COUNT_WORD}(?!\\s*(?:%|€|\\$|£|(?:minutes?|mins?|hours?|days?|weeks?|months?|years?|seconds?|percent|euros?|dollars?|pounds?|quid|bucks|cents?)\\b)))(?![\\w-])`,
  'gi',
);
