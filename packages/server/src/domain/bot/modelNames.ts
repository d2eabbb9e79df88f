/**
 * Product names with their model ("Summit Pro 2", "Lumen 300") in a question: words the KB never uses inside one are
 * the item's name, counted like the KB's own product names (knowledgeBase's P.product), not as the unanswered thing
 * asked. A VIP's "I bought a Summit Pro 2 three weeks ago… can I still return it?" was handed off as a question the KB
 * could not settle.
 */
import { processTerm, words } from './text.js';

const MODEL_NAME = /(?<![\w-])((?!(?:Room|Terminal|Floor|Gate|Route|Level|Platform|Covid|Day|Week|Step|Page|Option|Version|Season|Stage|Unit|Suite|Building|House|Flat|Block|Hall|Track|Apartment|Apt|Box|Order|Size|Number|Year|Chapter|Section|Part|Lane|Street|Road|Pier|Dock|Seat|Row)\b)(?:[A-Z][a-z]+ ){1,2})\d{1,4}[A-Za-z]{0,2}(?![\w.-])/g;

/** Asking whether the item itself can be had (stock, restock, holding one): then its name is what the KB lacks. */
const ABOUT_THE_ITEM = /\b(in stock|out of stock|stock (?:it|them|one|the)|stocks?\b(?! ?holm)|restock\w*|available|availability|back in|sold out|discontinued|release\w*|launch\w*|coming out|aside(?! from)|hold (?:one|it|them|a|an|the)\b|reserve\w*|specs?|specifications?|weigh\w*|compare\w*|difference|vs|versus)\b/;

/**
 * The model names in `query` (as typed), unless `text` (normalised) asks about the item itself: each with its stemmed
 * words and its name without the model token, normalised ("Summit Pro 2" → "summit pro").
 */
export function modelNameTerms(query: string, text: string): { terms: string[]; phrase: string }[] {
  if (ABOUT_THE_ITEM.test(text)) return [];
  const out: { terms: string[]; phrase: string }[] = [];
  for (const m of query.matchAll(MODEL_NAME)) {
    // The model's own token too ("3P" in "Ridgeline 3P"): a word the KB lacks, not the thing asked.
    const terms = words(m[0]).map(processTerm).filter((t): t is string => t !== null);
    out.push({ terms, phrase: m[1]!.trim().toLowerCase() });
  }
  return out;
}
