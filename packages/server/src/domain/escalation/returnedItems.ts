/**
 * Which priced items a partial return names: "a Ridgeline 3P (€329) and a Lumen 400 (€39.95) … only the Lumen 400 goes
 * back" refunds €39.95, "… keeping the Ridgeline 3P" leaves €39.95 too. An item is named by the words typed just before
 * its price; a name the customer uses must share a distinctive word with it (a model name or number: "the lamp" against
 * "Lumen 400" names nothing, and the amounts are then left as they are).
 */
import type { Amount } from './amounts.js';

const FILLER = new Set(['a', 'an', 'the', 'my', 'our', 'one', 'and', 'at', 'for', 'was', 'is', 'were', 'cost', 'costs', 'priced', 'of', 'with', 'plus', 'also', 'had', 'has', 'it', 'order', 'in', 'x', 'each', 'which', 'that', 'both', 'two', 'new', 'most', 'rest', 'everything', 'all', 'else', 'them', 'other', 'others', 'lot', 'back', 'sending', 'returning', 'keeping', 'send', 'return', 'keep']);

/** The words naming the item priced by `a`: what stands between the previous price (or clause) and it. */
function itemWords(lower: string, a: Amount, prevEnd: number): string[] {
  const chunk = lower.slice(prevEnd, a.index).split(/[.;:!?]|,| and | plus | but | so | because | since | und | y /).pop() ?? '';
  return (chunk.match(/[a-z0-9]+/g) ?? []).filter((w) => !FILLER.has(w));
}

/** Whether the customer's words name this item: a shared word that is a model name or number, not a common noun. */
function names(said: readonly string[], item: readonly string[]): boolean {
  return said.some((w) => item.includes(w) && (/\d/.test(w) || (w.length >= 4 && !COMMON_NOUN.test(w))));
}
const COMMON_NOUN = /^(tent|tents|jacket|jackets|lamp|lamps|headlamp|headlamps|watch|watches|bank|pack|packs|gloves|boots|shoes|bag|bags|item|items|thing|things|stuff|gift|present|one|ones|size|pair|pairs|colour|color)$/;

const ONLY_BACK = /\b(?:only|just) (?:the |my |our |a |one )?([a-z0-9][a-z0-9 ]{1,30}?) (?:goes|is going|going|gets sent|is coming|comes|will go|will come|needs to go) back\b|\b(?:returning|sending back|send back|return) (?:only|just) (?:the |my |our |a |one )?([a-z0-9][a-z0-9 ]{1,30}?)(?=[.,;!?]|$| and\b| but\b| for\b| from\b)/;
// (Review of session 54: "I kept the Ridgeline 3P (€329) and sent back the Lumen 400", told as done, its price after it.)
const KEEPING = /\b(?:keeping|keep|will keep|im keeping|were keeping|(?:i|we) kept) (?:the |my |our )?([a-z0-9][a-z0-9 ]{1,30}?)(?=[.,;!?]|$| and\b| but\b| though\b| because\b| as\b| since\b| \()/;

/**
 * The amounts the return covers, when `said` (lower case, no apostrophes) names items among `amounts` priced in `lower`;
 * undefined when it names none of them.
 */
export function returnedItems(said: string, lower: string, amounts: readonly Amount[]): Amount[] | undefined {
  if (amounts.length < 2) return undefined;
  const items = amounts.map((a, i) => itemWords(lower, a, i === 0 ? Math.max(0, a.index - 40) : amounts[i - 1]!.index + amounts[i - 1]!.raw.length));
  const only = ONLY_BACK.exec(said);
  const onlyWords = (only?.[1] ?? only?.[2])?.split(' ');
  if (onlyWords) {
    const chosen = amounts.filter((_, i) => names(onlyWords, items[i]!));
    if (chosen.length > 0 && chosen.length < amounts.length) return chosen;
  }
  const kept = KEEPING.exec(said)?.[1]?.split(' ');
  if (kept) {
    const left = amounts.filter((_, i) => !names(kept, items[i]!));
    if (left.length > 0 && left.length < amounts.length) return left;
  }
  // Review of session 54: "I kept the €389 tent and returned the €39 lamp": the price typed right after what is kept.
  const keptPriced = amounts.filter((a) => !/\b(keeping|keep|kept) (the|my|our)\s*$/.test(lower.slice(Math.max(0, a.index - 20), a.index)));
  if (keptPriced.length > 0 && keptPriced.length < amounts.length) return keptPriced;
  return undefined;
}
