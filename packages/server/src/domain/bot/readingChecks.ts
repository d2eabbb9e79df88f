/**
 * Session 62 (V): the customer checks that they read the last answer right ("Android 12 counts as 'Android 10 or later',
 * yes?", "So the jacket delivered on the 2nd is spendable from around the 2nd of next month? Just making sure I
 * understood."). Such a message restates the answer in its own words, often at length, so it is read on the last
 * answer's article like a short follow-up (alone its words find another passage, and a VIP was handed off for it).
 * Only the check itself is read here: whether the article bears it out is the search's (answer.ts).
 */

/** A tag asking for a yes ("…, yes?", "…, right?", "…, correct?"), at the end of a question sentence. */
const YES_TAG = /(?:,|\s[-–—])\s*(?:yes|yeah|yep|right|correct|true|no)\s*\?/;
/** "is that right?", "have I got that right?", "did I understand that correctly?" (not "am I right to…", "is that the right size?"). */
const RIGHT_ASKED = /\b(?:is that|is this|was that|have i got (?:that|this|it)|did i get (?:that|this|it)|do i have (?:that|this|it)|did i (?:understand|read) (?:that|this|it)|am i) (?:right|correct|correctly|understood correctly)\b(?! (?:to|for|size|one|thing|way|place|address|item|colou?r|model)\b)/;
/** "just making sure I understood", "to check I read it right", "if I understood correctly". */
const UNDERSTOOD = /\b(?:making sure|make sure|to be sure|checking|double[- ]?checking|to check|to confirm|want to confirm|so) (?:that )?i (?:understood|understand|got (?:it|that|this)(?: right)?|read (?:it|that|this) (?:right|correctly))\b|\bif i (?:understood|understand|read (?:it|that|this)|got (?:it|that|this)) (?:correctly|right)\b/;

/** `question` as the customer wrote it. */
export function checksReading(question: string): boolean {
  const said = question.toLowerCase().replace(/[’']/g, '');
  // "…for private customers, right? does transfer work for businesses?": a check and then a question of its own.
  if (said.replace(/\?+/g, '?').split('?').length > 2) return false;
  return YES_TAG.test(said) || RIGHT_ASKED.test(said) || UNDERSTOOD.test(said);
}
