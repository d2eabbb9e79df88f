import { phrasesFor } from './customerPhrases.js';

/**
 * A rating typed into the chat after the bot asked for one ("5", "4/5", "five!", "1, it did not help", "10/10",
 * "⭐⭐⭐⭐⭐"): the customer answered the question, so it is their rating (and any words after it their comment),
 * not a question for the knowledge base. "5 days ago I ordered…", "2 of them are broken", "3 stars?" are not.
 */
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const THANKS = String.raw`(?:thanks?(?: you)?(?: so much| a lot)?|thx|ty|cheers|danke|gracias|merci)`;
const LEAD = String.raw`(?:(?:${THANKS}|ok(?:ay)?)[,!.]?\s+)?(?:(?:it was|i'?d (?:say|give (?:it|you))|i give (?:it|you)|rating:?|my rating is)\s+)?(?:a\s+)?`;
const SCORE = String.raw`([1-9]|10|one|two|three|four|five)(?:\.0)?\s*(\/\s*(?:5|10)|out of (?:5|five|10|ten)|of 5|stars?|\*)?`;
// After the score: nothing, thanks, an emoji, or a separator and a comment ("1, it did not help", "3 (slow)").
const AFTER = String.raw`\s*[!.]*\s*(?:(?:${THANKS}|[\p{Extended_Pictographic}\u{FE0F}\s]+)[!.]*|[,:;(–—-]\s*(.+?)\)?)?\s*[!.]*\s*$`;
const TYPED = new RegExp(`^\\s*${LEAD}${SCORE}${AFTER}`, 'iu');

export interface TypedRating {
  rating: number;
  comment?: string;
}

export function typedRating(body: string): TypedRating | null {
  const text = body.trim();
  const stars = /^(?:[⭐★]\uFE0F?\s*){1,5}$/u.exec(text);
  if (stars) return { rating: [...text.matchAll(/[⭐★]/gu)].length };
  const m = TYPED.exec(text);
  if (!m) return null;
  const raw = m[1]!.toLowerCase();
  let n = WORDS[raw] ?? Number(raw);
  const scale = (m[2] ?? '').replace(/\s+/g, ' ').toLowerCase();
  if (/10|ten/.test(scale)) n = Math.max(1, Math.round(n / 2));
  else if (n > 5) return null; // "7" alone is no rating on a scale of five
  const comment = m[3]?.trim();
  return comment && !new RegExp(`^${THANKS}[!.]*$`, 'i').test(comment) ? { rating: n, comment } : { rating: n };
}

/**
 * The bot's answer to a rating. A low one is met with an apology and the way back to a person, not "Thanks for
 * rating us 1/5!" (a newcomer found that tone-deaf).
 */
export function ratingReply(rating: number, language?: string | null): string {
  const p = phrasesFor(language);
  if (rating <= 2) return p.ratingLow;
  if (rating === 3) return p.ratingMid;
  return p.ratingHigh(rating);
}
