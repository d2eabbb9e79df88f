/**
 * A rating typed into the chat after the bot asked for one ("5", "4/5", "3 stars", "five!"): the customer answered
 * the question, so it is their rating, not a question for the knowledge base.
 */
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

export function typedRating(body: string): number | null {
  const m = /^\s*(?:i'?d (?:say|give (?:it|you))\s+)?(?:a\s+)?([1-5]|one|two|three|four|five)\s*(?:\/\s*5|out of (?:5|five)|stars?)?\s*[!.]*\s*,?\s*(?:thanks?|thank you|cheers)?\s*[!.]*\s*$/i.exec(body);
  if (!m) return null;
  const v = m[1]!.toLowerCase();
  return WORDS[v] ?? Number(v);
}
