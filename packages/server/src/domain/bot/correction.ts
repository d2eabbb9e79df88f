/**
 * "What's the free shipping threshold for Switzerland?" … "Oh sorry, I meant Austria!": the customer puts a detail of
 * the question before right, and the question to answer is that one with the detail corrected. "Sorry, misspoke: one of
 * the two jackets, not half the order. Same question though": the question before, with what they add.
 */
import { findPlaces } from './places.js';

/** "I meant Austria", "oops, meant to say the 900R" (not "I meant to ask…", "what I meant is…", "I meant it"). */
const MEANT = /\b(?:i |we )?(?:meant|ment)(?: to (?:say|write|type|put))?[:,]?\s+(?!(?:it|that|this|like|what|to|you|i|we|is|was|well|really|literally|seriously|no|nothing|every|all|as|for|by|in|on|at|when|if|because|so|but|and)\b)([^.!?,;:\n()]{2,40})/i;
const SAME_QUESTION = /\b(?:same question|(?:the |my )?question(?: is)? (?:still )?the same)\b/i;
/** What is said with a correction stays short: a longer fix is a new question. */
const MAX_FIX_WORDS = 4;

export function correctedQuestion(message: string, previous: string | undefined): string | null {
  if (previous === undefined || previous.trim() === '') return null;
  if (SAME_QUESTION.test(message)) return `${previous}\n${message.replace(SAME_QUESTION, ' ')}`;
  const m = MEANT.exec(message);
  if (!m || message.replace(m[0], ' ').includes('?')) return null;
  const fix = m[1]!.trim();
  if (fix.split(/\s+/).length > MAX_FIX_WORDS) return null;
  const place = findPlaces(fix)[0];
  const was = findPlaces(previous)[0];
  if (place && was) return `${previous.slice(0, was.start)}${place.typed}${previous.slice(was.start + was.typed.length)}`;
  return `${previous}\n${fix}`;
}
