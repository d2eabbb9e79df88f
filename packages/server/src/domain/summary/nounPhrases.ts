/**
 * Noun phrases from part-of-speech tagged English ("a re-proofing service" → "re-proofing service", "just the one
 * pole section" → "pole section"). The tagger is passed in (site/englishTagger.ts), so the domain stays pure.
 */

/** A token as typed: where it is in the text, its universal part-of-speech tag, and its sentence. */
export interface TaggedToken {
  text: string;
  pos: string;
  start: number;
  end: number;
  sentence: number;
}
export type Tagger = (text: string) => TaggedToken[];

/** The sentences (by index) that ask: with a "?" or opening with one of `openers` ("does", "how"…). */
export function askingSentences(tokens: readonly TaggedToken[], openers: RegExp): Set<number> {
  const asking = new Set<number>();
  for (const [i, t] of tokens.entries()) {
    if (t.text === '?' || (openers.test(t.text) && (i === 0 || tokens[i - 1]!.sentence !== t.sentence))) asking.add(t.sentence);
  }
  return asking;
}

export interface NounPhrase {
  /** As typed, a substring of the text. */
  text: string;
  start: number;
  sentence: number;
}

const CORE = new Set(['NOUN', 'PROPN']);
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN']);
/**
 * "a re-proofing service", "a walking pole", "its packed weight", "the printed receipt": an -ing or -ed word between a
 * determiner (or "its", "my"…) and a noun modifies the noun.
 */
const ING = /^(?!(?:speed|breed|bleed|greed)$)(?:[\p{L}-]+ing|[\p{L}-]{3,}ed)$/iu;
const POSSESSIVE = /^(?:its|my|our|your|his|her|their)$/i;
/** Tagged as nouns but no topic alone: chat words and vague words (times of day and weeks never join: WHEN). */
const VAGUE = new Set([
  'thanks', 'thank', 'hi', 'hello', 'hey', 'lol', 'way', 'thing', 'things', 'stuff', 'bit', 'lot', 'question', 'questions',
  'answer', 'help', 'time', 'day', 'days', 'one', 'ones', 'part', 'rest', 'kind', 'sort', 'idea', 'point', 'case',
  'bot', 'info', 'information', 'problem', 'issue', 'people', 'someone', 'anyone', 'everything', 'nothing',
]);
/** Greetings and thanks run into the next noun in chat ("thanks Anna"): never the front of a phrase. */
const NOT_FRONT = new Set(['thanks', 'thank', 'hi', 'hello', 'hey', 'lol', 'ok', 'okay', 'dear']);
/** Words that say how many or which, not what: "more photos", "own VAT ID", "other jacket" are about the noun. */
const DETERMINING = new Set(['more', 'most', 'other', 'another', 'same', 'own', 'such', 'certain', 'several', 'many', 'much', 'few', 'any', 'some', 'every', 'each', 'next']);
/** A token that can be part of a phrase: a word, not "in." or "i'm" (the tagger takes either for a noun now and then). */
const WORDLIKE = /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*$/u;
const FIRST_PERSON = /^(?:i|im|i['’](?:m|ve|d|ll))$/i;
/** When, not what: "Berlin next month", "Stormshells last year", "Saturday deliveries" name no topic with it. */
const WHEN = /^(?:last|next|this|week|weeks|weekend|month|months|year|years|today|tomorrow|yesterday|tonight|morning|afternoon|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|x)$/i;

/** Runs of adjectives and nouns that end in a noun, without the determiners, numbers and adverbs in front. */
export function nounPhrases(text: string, tokens: readonly TaggedToken[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  let run: TaggedToken[] = [];
  const close = () => {
    // A phrase ends in its noun: drop trailing modifiers ("the tent green" is rare; "order online" is no phrase).
    while (run.length > 0 && !CORE.has(run.at(-1)!.pos)) run.pop();
    while (run.length > 0 && (NOT_FRONT.has(run[0]!.text.toLowerCase()) || DETERMINING.has(run[0]!.text.toLowerCase()))) run.shift();
    if (run.length > 0 && !(run.length === 1 && VAGUE.has(run[0]!.text.toLowerCase()))) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      out.push({ text: text.slice(start, end), start, sentence: run[0]!.sentence });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run.at(-1);
    // Only tokens next to each other with a space between (or a hyphen inside a word) make one phrase.
    const adjacent = prev === undefined || (prev.sentence === t.sentence && /^ ?$/.test(text.slice(prev.end, t.start)));
    const next = tokens[i + 1];
    const modifiesNext = t.pos === 'VERB' && ING.test(t.text) && run.length === 0 && next !== undefined && CORE.has(next.pos) && i > 0 && (tokens[i - 1]!.pos === 'DET' || POSSESSIVE.test(tokens[i - 1]!.text));
    const fits = (MODIFIER.has(t.pos) || modifiesNext) && t.start >= 0 && WORDLIKE.test(t.text) && !FIRST_PERSON.test(t.text) && !WHEN.test(t.text);
    if (fits && adjacent) run.push(t);
    else {
      close();
      if (fits) run.push(t);
    }
  }
  close();
  return out;
}
