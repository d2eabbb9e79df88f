/**
 * Typing slips ("adress", "recieve", "cancle"): a word the KB never uses and the English dictionary does not know,
 * one edit (a letter dropped, added, changed or two swapped) from exactly one word the KB does use, is read as that
 * word. Without it a slip counted as the thing asked that the KB lacks, and "can i still change the adress" was a
 * second failed question. The dictionary check is what keeps real words the KB lacks ("servers" is not "serves")
 * unanswered; it is passed in (`isWord`) because loading it is I/O.
 */
import { words } from './text.js';

export type IsWord = (word: string) => boolean;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Shorter words have too many neighbours one edit away ("ship", "shop"; "chile", "while") to guess from. */
const MIN_LENGTH = 6;
const CACHE_LIMIT = 20_000;

export interface SpellingFixer {
  /** The KB word a slip stands for, or null when `word` is no slip (or no single KB word fits). */
  fix(word: string): string | null;
}

export function buildSpellingFixer(kbText: readonly string[], isWord: IsWord): SpellingFixer {
  const vocabulary = new Set<string>();
  for (const text of kbText) for (const w of words(text)) if (w.length >= MIN_LENGTH - 1 && /^[a-z]+$/.test(w)) vocabulary.add(w);
  // A word longer than this is one edit from no KB word. Checked first: trying every edit costs the square of the length,
  // and a customer's 4,000-letter "word" held the event loop for over a second (a security review).
  const longest = Math.max(0, ...[...vocabulary].map((w) => w.length)) + 1;
  const cache = new Map<string, string | null>();
  function candidates(w: string): Set<string> {
    const found = new Set<string>();
    const test = (c: string) => {
      if (vocabulary.has(c)) found.add(c);
    };
    for (let i = 0; i <= w.length; i++) {
      const head = w.slice(0, i);
      const tail = w.slice(i);
      if (tail) test(head + tail.slice(1));
      if (tail.length > 1) test(head + tail[1] + tail[0] + tail.slice(2));
      for (const l of LETTERS) {
        if (tail && l !== tail[0]) test(head + l + tail.slice(1));
        test(head + l + tail);
      }
    }
    return found;
  }
  return {
    fix(word) {
      if (word.length < MIN_LENGTH || word.length > longest || !/^[a-z]+$/.test(word) || vocabulary.has(word)) return null;
      let fixed = cache.get(word);
      if (fixed === undefined) {
        fixed = null;
        if (!isWord(word)) {
          const found = [...candidates(word)];
          // "deliverd" is one edit from "deliver", "delivered" and "delivery": a letter left out is the commonest slip in
          // chat, so the one word that puts a letter back is it ("hourse": "hours" or "house", each a letter too many,
          // stays unread).
          const restored = found.filter((f) => f.length === word.length + 1);
          if (found.length === 1) fixed = found[0]!;
          else if (restored.length === 1) fixed = restored[0]!;
        }
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(word, fixed);
      }
      return fixed;
    },
  };
}
