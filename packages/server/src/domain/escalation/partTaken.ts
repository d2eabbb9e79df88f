/**
 * Part of a reply taken, and what follows it (repeatedFailure.ts): the other part of a two-part question asked again
 * after "but", or a surprised echo of the reply before taking it.
 */
import { contentWords, sentences } from '../bot/text.js';
import { TAKEN_BITTERLY } from './closingWords.js';

/** "thanks, the review part's clear. but the old orders, …?", "45 h is great. but the chest strap, …?": one part taken, then "but" and the rest. */
const PART_TAKEN_BUT = /^[^?]{0,80}\b(clear|great|fine|good|perfect|helpful|useful|thanks|thank you|thx|got it|makes sense|answered|sorted|noted|understood)\b[^?]{0,20}?[.,;!]*\s+but\b(?<rest>[^]{0,400})$/;
/**
 * Session 59: a message that asked two things, answered on one; the customer takes that part and asks the other again in
 * its words ("do my orders from last year count? and how many points for a review?" … "the review part's clear. but the
 * old orders, … do those get added?"): the answer left it out, a second attempt at it. The question asked again is the
 * one whose words come back most; the reply must have answered the other one at least as well, and some word of it said
 * again must be one the reply never used (not a follow-up on the answer, "great, thanks. but what about the Pace 5 battery
 * in GPS mode?").
 */
export function reasksLeftOut(before: string, reply: string, said: string): boolean {
  const rest = PART_TAKEN_BUT.exec(said)?.groups?.rest;
  const asked = sentences(before).filter((s) => s.includes('?')).map((s) => new Set(contentWords(s)));
  if (!rest?.includes('?') || asked.length < 2) return false;
  const replied = new Set(contentWords(reply));
  const covered = (q: Set<string>) => [...q].filter((w) => replied.has(w)).length / Math.max(1, q.size);
  const again = contentWords(rest);
  const shared = (q: Set<string>) => again.filter((w) => q.has(w));
  const [left, ...others] = [...asked].sort((a, b) => new Set(shared(b)).size - new Set(shared(a)).size);
  const n = new Set(shared(left!)).size;
  // (A reply that covers neither question tells nothing of which one it left out.)
  return n >= 2 && shared(left!).some((w) => !replied.has(w)) && others.every((q) => covered(q) > 0 && covered(q) >= covered(left!) && new Set(shared(q)).size < n);
}

/** "oh, not overnight at all?", "really? not on the bed?": the passage's point said back in surprise (once or twice), no question word in it; not
 * the bot's not knowing said back ("no idea then?"), which presses. */
const ECHO_QUESTION = /^(?:(?:oh+|ah+|wait|hm+|really|so|wow)\W+)*(?:(?!(?:how|what|whats|when|where|which|who|why|can|could|do|does|did|is|are|will|would|should|may|any)\b)(?![^?]{0,40}\b(?:idea|clue|know|knows|answer|answers|info|information|nothing|nobody|no one|anyone|anything)\b)[^?]{1,40}\?[?!]*\s*){1,2}/;
/** What follows an echo question ("oh, not overnight at all? ok, …" → "ok, …"); null when the message opens with none. */
export function afterEcho(said: string): string | null {
  const m = ECHO_QUESTION.exec(said);
  return m ? said.slice(m[0].length) : null;
}

/**
 * "oh, not overnight at all? ok, I'll do it in the evening while I'm around": surprise, then the passage taken, as `takes`
 * reads what follows the echo (review 1 of session 59: not a sneer, "really? not even unworn? ok whatever, you keep my money").
 */
export function takenAfterEcho(said: string, takes: (rest: string) => boolean): boolean {
  const rest = afterEcho(said);
  return rest !== null && !rest.includes('?') && takes(rest) && !TAKEN_BITTERLY.test(rest);
}
