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

/** A time limit the passage sets: "Within 60 minutes of placing your order", "up to 30 days", "after 14 days". */
const PASSAGE_LIMIT = /\b(?:within|up to|after|under|inside|for)\s+(?:the first\s+)?(\d+|an?|one|two)\s*-?\s*(minute|hour|day|week|month)s?\b/;
/** Their own time set against it: "it's been about 3 hours", "ordered 2 hours ago", "only 40 minutes". */
const OWN_TIME = /\b(?:(?:its|it s|it has|its only|has) been (?:about |around |roughly |nearly |almost |over |just over |only |like |maybe )?|(?:ordered|placed|bought|paid|booked)(?: it| this| that| the order)? (?:about |around |only |just )?|only )(\d+|an?|one|two|three|a few|a couple of)\s*(minute|min|hour|hr|day|week|month)s?\b/;
/** Asking for the rule to bend: "just change it", "can't you still…", "surely…", "it hasn't even shipped". */
const PLEA = /\b(?:just (?:change|cancel|update|edit|fix|do|swap|amend) (?:it|that|this|the \w+)|(?:cant|can not|cannot|couldnt) you (?:just|still|please)|surely (?:you|it|someone)|make an exception|(?:it|the order|my order|the parcel) (?:hasnt|has not|havent|isnt|is not) (?:even |actually )?(?:shipped|left|gone out|been sent|dispatched|packed)(?: yet)?)\b/;
/** The passage's promise not kept is not a plea: "it's been 3 weeks, still no refund". */
const PROMISE_UNKEPT = /\b(?:still (?:no|nothing|not|waiting|hasnt|havent)|nothing (?:yet|came|arrived)|never (?:came|arrived|got)|no (?:refund|money|sign|reply|email|tracking))\b/;

/**
 * Session 62 (RF2): after a passage with a time limit, the customer sets their own time against it and asks for the rule
 * to bend ("it's been about 3 hours. it hasn't shipped yet though?? just change it" after "within 60 minutes…"): they
 * read the passage as the answer and plead with its no, which is not yet asking the failed question again (older
 * labels: "but is not shipped yet, why is not possible?" is not yet a second attempt). `said` normalised.
 */
export function pleadsAgainstLimit(passage: string, said: string): boolean {
  const limit = PASSAGE_LIMIT.exec(passage.toLowerCase());
  const own = OWN_TIME.exec(said);
  if (!limit || !own || !PLEA.test(said) || PROMISE_UNKEPT.test(said)) return false;
  // The same scale of time: hours against minutes or hours, days against days, weeks or months.
  const scale = (u: string) => (/^(minute|min|hour|hr)$/.test(u) ? 'short' : 'long');
  return scale(limit[2]!) === scale(own[2]!);
}
