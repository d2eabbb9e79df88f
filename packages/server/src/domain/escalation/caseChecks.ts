/**
 * Session 62 (RF): follow-ups that take what the bot said rather than try again (repeatedFailure.ts): the customer's
 * case checked against the passage ("so if the ready email comes Monday, Thursday is still within the window?"), or
 * the no granted as fair. Read on normalise()d text.
 */
import { keyWords, passageOnly } from './passageWords.js';

/** "so if…?", "so even when…?": the customer's case put to the rule the passage gave. */
const SO_IF_CASE = /^(?:(?:ok(?:ay)?|right|ah+|oh+|sorry|wait|hmm+|alright)\W+)*so,? (?:even )?(?:if|when)\b[^?]{3,200}\?\s*$/;
/** "…, yes?", "…, right?", "…, isn't it?": their reading put for confirmation. */
const CONFIRM_TAG = /[,;:-]\s*(?:yes|yeah|right|correct|no|isnt (?:it|that)|doesnt it|is that right|am i right|is it|does it)\s*\?+\s*$/;
/** A check that says the passage missed is no check: "…doesn't say, right?", "or not?". */
const SAYS_MISSED = /\b(?:not what i|i (?:didnt|did not) ask|(?:doesnt|does not|didnt|did not) (?:say|help|answer|apply|mention)|or not|wrong (?:answer|article|page|product)|nothing to do with)\b/;

/**
 * The customer builds their own case on the passage and asks only that it be confirmed: a check shape and two of the
 * passage's own words their question did not have ("ready", "email"; "impact", "warranty"). One shared word is often
 * chance; without the shape, two words are how narrowing to something else looks.
 */
export function checksCaseAgainstPassage(question: string, passage: string, said: string): boolean {
  if (!(SO_IF_CASE.test(said) || CONFIRM_TAG.test(said)) || SAYS_MISSED.test(said)) return false;
  const asked = new Set(keyWords(question));
  const brought = new Set(keyWords(passageOnly(passage)).filter((w) => !asked.has(w)));
  return new Set(keyWords(said).filter((w) => brought.has(w))).size >= 2;
}

/** "annoying but fair", "that's understandable", "fair, …": the no granted, said as such (not "the book fair"). */
const GRANTS = /(?:^|[,.;:!-]\s*|\b(?:ah+|oh+|ok(?:ay)?|hm+|well|alright|thats|that is|its|it is|but|though)\s+)(?:fair(?: enough)?|understandable|reasonable|so be it|thats life|i get it|i understand)(?=\s*(?:[,.;:!-]|$|(?:i|ill|i will|then|thanks|thank you|cheers)\b))/;

/**
 * The no granted (`text` normalised, its conceding "but" kept), nothing asked, nor pressed as `insists` reads it (the
 * caller's words of pressing, read without that "but").
 */
export function grantsTheNo(text: string, insists: (s: string) => boolean): boolean {
  return !text.includes('?') && GRANTS.test(text) && !insists(text);
}
