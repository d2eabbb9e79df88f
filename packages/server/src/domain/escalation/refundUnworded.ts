/**
 * Session 60 (S3): the refund-over-200 rule read where the word "refund" is not said, and where it is said of a refund
 * that already came back short. All run on normalise()d text (lower case, no apostrophes).
 */
import { findAmounts } from './amounts.js';

const SUM = String.raw`(?:[€$£]\s?\d[\d.,]{0,12}|\b\d[\d.,]{0,12}\s?(?:€|eur|euros?|usd|dollars?)\b)`;

/**
 * "I'd like to return the Summit Pro 2 (€449) and the Lumen 400 (€49)": a return asked for, the items priced, is the
 * money asked back (the guidelines' "requests a refund"), not a swap for another size or a repair.
 */
const RETURN_ASKED = /(?<!\bif (?:i|we) )\b(?:(?:want|wanna|need|would like|id like|like|going|looking|planning) to (?:return|send back)|(?:want|need|would like|id like|wed like|we would like) (?:to )?(?:send|post) (?:\S+ ){1,4}?back|(?:im|i am|were|we are) (?:returning|sending back))\b/;
/** …unless it asks how to go about the return ("how do I print the label?", "is return shipping free?"): a question the help articles answer. */
const HOW_TO_RETURN = /\b(how|where) (do|can|should|would) (i|we)\b|\blabel\b/;
/** …nor part of a larger order priced by its total ("order came to $1,640 in total. we're sending back just the 3 headlamps"). */
const PART_OF_TOTAL = /\b(?:in total|came to|total(?:led|ed)? (?:of )?|the whole order (?:was|cost)|just the|only the|some of|(?:one|two|three|part) of (?:the|them|it))\b/;
const NOT_FOR_MONEY = /\b(?:exchang\w*|swap\w*|replace\w*|replacement|instead|(?:different|another|other|smaller|bigger|larger) (?:size|colou?r|one|model)|store credit|repair\w*|fix\w*)\b/;

/**
 * "I returned 3 tents and got nothing. $620 missing": the money of a return not come back, said without "refund"
 * (rules.ts asks for a return told too, so "the parcel came and got nothing wrong" or a missing item is no chase).
 */
const GOT_NOTHING = new RegExp(
  String.raw`\b(?:got|received|seen|had|gotten) nothing\b(?! (?:wrong|else|but|in the|from the (?:courier|carrier)))|\b(?:never|not) (?:got|received|saw|seen) (?:a (?:single )?(?:cent|penny|dime)|any ?(?:thing|money)|my money|the money)\b|${SUM} (?:is |are |still )?missing\b|\bmissing ${SUM}`,
);

/** "I posted the jackets back", "mailed both back": a return told in words rules.ts's RETURNED does not read. */
const POSTED_BACK = /\b(?:posted|mailed|shipped|couriered) (?:\S+ ){1,4}?back\b/;

/** A refund asked or chased in other words: a priced return asked for, or a return whose money never came. */
export function refundUnworded(said: string, text: string, returned: boolean): boolean {
  const asked = (RETURN_ASKED.test(said) && !NOT_FOR_MONEY.test(said) && !PART_OF_TOTAL.test(said) && !HOW_TO_RETURN.test(said) && !said.includes('?')) || ((returned || POSTED_BACK.test(said)) && GOT_NOTHING.test(said));
  return asked && findAmounts(text).length > 0;
}

/**
 * "got the refund but it's €20 less than I paid", "refunded €139 instead of €159", "where did the other 20 go": a refund
 * that came back short chases the gap, not the item's price (the guidelines: the amount is what is to be refunded).
 */
const CAME_SHORT = new RegExp(
  String.raw`\b(?:refund\w*|paid back|credited|got back|(?:got|received|only got) ${SUM})\b[^.!?]{0,60}(?:\b(?:less|lower) than (?:what )?(?:i|we|it|the \w+)(?: \w+)? (?:paid|spent|cost|was)\b|\bshort (?:by|of)\b|\b(?:came|comes|come|is|was|its) (?:up )?short\b|\binstead of ${SUM}|\bnot the (?:full|whole) (?:amount|price|sum)\b)|\bwhere (?:did|has|have|do) (?:the )?(?:other |remaining |missing |rest of the )?(?:${SUM}|\d[\d.,]{0,12}|rest|difference)(?: \w+)? (?:go|gone|went)\b`,
);
/** The gap itself named: "€250 less", "short by €230". */
const GAP = new RegExp(String.raw`(${SUM}) (?:less|short|missing)\b|\bshort (?:by|of) (${SUM})`);

/** Whether the refund in these messages came back short, by a gap not itself over `over`. */
export function refundCameShort(saidBodies: readonly string[], over: number): boolean {
  const short = saidBodies.filter((b) => CAME_SHORT.test(b));
  if (short.length === 0) return false;
  const gaps = short.flatMap((b) => findAmounts(GAP.exec(b)?.[1] ?? GAP.exec(b)?.[2] ?? '').map((a) => a.value));
  return !gaps.some((g) => g > over);
}
