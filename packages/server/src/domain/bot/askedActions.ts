/**
 * What a request asks of the shop ("could you *split* it…", "do you offer a re-proofing *service*"), as stemmed query
 * terms: knowledgeBase weighs a passage that lacks it (ACTION_WEIGHT) and caps one the KB never names (OOV_ACTION_CAP).
 */
import { processTerm, STOP_WORDS, words } from './text.js';
import { namedShop } from '../site/siteNames.js';

/** Verbs after "can you" that frame a question ("could you tell me…") or hedge it, rather than ask for an action. */
const FRAMING_VERBS = new Set(['tell', 'remind', 'clarify', 'describe', 'recommend', 'suggest', 'point', 'walk', 'guide', 'inform', 'answer', 'assist', 'let', 'help', 'explain', 'confirm', 'check', 'give', 'show', 'advise', 'say', 'please', 'kindly', 'maybe', 'also', 'just', 'still', 'possibly', 'perhaps', 'actually', 'really', 'somehow', 'even', 'at', 'least', 'then', 'not', 'do', 'be', 'have', 'get', 'make', 'look', 'see', 'take']);
/** "do you offer…", "does Northwind sell…", "do you guys at Northwind rent…" (`<shop>`: the shop by its name, siteNames.ts). */
const OFFER_ASK = /\b(?:do|does|would|will|can|could) (?:you|u|ya|<shop>|the shop|the store|your (?:shop|store|company))(?: guys| folks| also| still| maybe| perhaps| actually| ever)*(?: (?:at|from) <shop>)? (?:offer|provide|sell|rent|hire out|do|run|have|stock|carry|organi[sz]e|arrange) (?:a |an |any |some |the )?((?:[\w-]+ ){0,2}[\w-]+)/g;

/** The verb of "could you split…", "can you hold…", and what "do you offer / sell / rent…" asks for: what is asked of the shop (`shop`: site.json `name`). */
export function askedActions(text: string, shop = ''): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:can|could|would|will) (?:you|u|ya|the (?:store|shop|staff)|your (?:store|shop|staff))(?: guys| folks| please| kindly| maybe| also| just| possibly| perhaps| actually| somehow| even| at least| then)* (\w+)/g)) {
    const w = m[1]!;
    if (FRAMING_VERBS.has(w) || STOP_WORDS.has(w)) continue;
    const st = processTerm(w);
    if (st) out.push(st);
    // "could you gift wrap it": a noun that makes a verb with the word after it; the verb is the action.
    const next = /^\s+(wrap|wrapped|match|engrave|clean|wash|proof)\b/.exec(text.slice(m.index + m[0].length));
    if (next) out.push(processTerm(next[1]!)!);
  }
  // "could they keep one aside for me?": "they" is the shop only when asked to hold an item for the customer ("will they
  // keep working in the cold?" is the item).
  for (const m of text.matchAll(/\b(?:can|could|would|will) they (keep|hold|reserve|put|set|save)\b(?=[^.?!]{0,40}\b(aside|for me|for us|until|till)\b)/g)) out.push(processTerm(m[1]!)!);
  // "do you offer a professional re-proofing service", "do you sell spare poles": what is asked for.
  for (const m of text.matchAll(namedShop(OFFER_ASK, shop))) {
    for (const w of m[1]!.split(/\s+/)) {
      if (FRAMING_VERBS.has(w) || STOP_WORDS.has(w)) break;
      // "re-proofing" is read as the query reads it: "re", "proofing".
      for (const part of words(w)) {
        const st = processTerm(part);
        if (st) out.push(st);
      }
    }
  }
  return out;
}
