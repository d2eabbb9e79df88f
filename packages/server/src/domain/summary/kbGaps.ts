/**
 * What the help centre lacks, in the customer's words: the phrases around words the
 * knowledge base never uses ("whatsapp notifications", "re-proofing service", "bulk
 * price"). When the bot could not answer, these are what the agent has to deal with,
 * and they are facts the agent would otherwise have to dig out of the transcript.
 */
import { detectLanguage } from '../escalation/language.js';
import type { Article } from '../pipelineTypes.js';
import { normalise, stem, STOP_WORDS, words } from '../bot/text.js';
import { askingSentences, nounPhrases, type Tagger } from './nounPhrases.js';

const vocabularyCache = new WeakMap<readonly Article[], Set<string>>();

/** Stemmed words of every article (title and body). */
function kbVocabulary(articles: readonly Article[]): Set<string> {
  let vocab = vocabularyCache.get(articles);
  if (!vocab) {
    vocab = new Set();
    for (const a of articles) for (const w of words(`${a.title} ${a.body}`)) vocab.add(stem(w));
    vocabularyCache.set(articles, vocab);
  }
  return vocab;
}

const bigramCache = new WeakMap<readonly Article[], Set<string>>();

/** Stemmed pairs of neighbouring words in every article ("pole section" is no pair there even if both words are). */
function kbBigrams(articles: readonly Article[]): Set<string> {
  let pairs = bigramCache.get(articles);
  if (!pairs) {
    pairs = new Set();
    for (const a of articles) {
      const w = words(`${a.title}\n${a.body}`).map(stem);
      for (let i = 1; i < w.length; i++) pairs.add(`${w[i - 1]} ${w[i]}`);
    }
    bigramCache.set(articles, pairs);
  }
  return pairs;
}

const ASKS = /^(?:do|does|did|can|could|would|will|is|are|was|were|should|shall|may|how|what|where|when|which|why|who|whom|any|anything)$/i;

/**
 * What the customer asked about that the KB lacks, as noun phrases (as typed): a phrase with a word the KB never uses
 * ("apple health"), or several words the KB never puts together ("pole section", "re-proofing service"). Phrases of
 * the message's questions come first (with `askedOnly`, only those). Verbs and adverbs are no topic ("Frankly", "faff about").
 */
export function kbGapNounPhrases(text: string, articles: readonly Article[], tag: Tagger, limit = 2, exclude: ReadonlySet<string> = new Set(), askedOnly = false): string[] {
  if (articles.length === 0) return [];
  const guess = detectLanguage(text);
  if (guess.language !== 'en' && guess.confidence > 0.5) return [];
  const vocab = kbVocabulary(articles);
  const pairs = kbBigrams(articles);
  const tokens = tag(text);
  const asking = askingSentences(tokens, ASKS);
  const scored = nounPhrases(text, tokens).flatMap((p) => {
    const parts = words(p.text).filter((w) => !exclude.has(w));
    const content = parts.filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !/\d/.test(w));
    if (content.length === 0) return [];
    const stems = parts.map(stem);
    const unknown = content.some((w) => !vocab.has(stem(w)));
    // Not with a number: "order NW-529036" is the order number (a fact of its own), not a phrase the KB lacks.
    const newPair = !parts.some((w) => /\d/.test(w)) && stems.some((w, i) => i > 0 && !pairs.has(`${stems[i - 1]} ${w}`));
    const score = unknown ? 2 : newPair ? 1 : 0;
    return score === 0 ? [] : [{ p, score, asked: asking.has(p.sentence) }];
  });
  scored.sort((a, b) => Number(b.asked) - Number(a.asked) || b.score - a.score || a.p.start - b.p.start);
  // What the questions ask is the topic; the story around them only when nothing is asked.
  const asked = scored.some((x) => x.asked) || askedOnly ? scored.filter((x) => x.asked) : scored;
  const out: string[] = [];
  for (const { p } of asked) {
    if (out.length >= limit) break;
    if (!out.some((o) => o.toLowerCase() === p.text.toLowerCase())) out.push(p.text);
  }
  return out;
}

/** Typed tokens with their position; a run of content words is broken by punctuation or a stop word. */
const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const MAX_RUN = 4;

/** Chat words that say nothing about the topic, beyond the stop list. */
const FILLER = new Set(['mean', 'meant', 'guess', 'wonder', 'wondering', 'honestly', 'seriously', 'hope', 'hoping', 'sorry', 'thinking', 'hmm', 'hmmm', 'lol']);

function isContent(norm: string, exclude: ReadonlySet<string>): boolean {
  return norm.length >= 3 && !STOP_WORDS.has(norm) && !FILLER.has(norm) && !exclude.has(norm) && !/\d/.test(norm);
}

/**
 * Phrases (as typed) around words the KB never uses, at most `limit`, from an English message. A run of content
 * words next to each other ("show whatsapp notifications") is the phrase; a long run is cut to the unknown word and
 * its neighbours.
 */
export function kbGapPhrases(text: string, articles: readonly Article[], limit = 2, exclude: ReadonlySet<string> = new Set()): string[] {
  if (articles.length === 0) return [];
  const guess = detectLanguage(text);
  if (guess.language !== 'en' && guess.confidence > 0.5) return [];
  const vocab = kbVocabulary(articles);
  const tokens = [...text.matchAll(TOKEN)].map((m) => {
    const norm = normalise(m[0]).replace(/['’]/g, '');
    return { typed: m[0], start: m.index, end: m.index + m[0].length, norm, content: isContent(norm, exclude) };
  });
  const out: string[] = [];
  for (let i = 0; i < tokens.length && out.length < limit; i++) {
    const t = tokens[i]!;
    const parts = t.norm.split('-').filter(Boolean);
    if (!t.content || parts.every((p) => vocab.has(stem(p)))) continue;
    // A word right after a number is its unit ("20 min", "3 hrs"), not a subject the KB lacks.
    if (i > 0 && /^\d+$/.test(tokens[i - 1]!.norm) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, t.start))) continue;
    // Extend over neighbouring content words separated only by spaces.
    let a = i;
    let b = i;
    const joined = (x: number, y: number) => /^\s+$/.test(text.slice(tokens[x]!.end, tokens[y]!.start));
    while (a > 0 && tokens[a - 1]!.content && joined(a - 1, a)) a--;
    while (b < tokens.length - 1 && tokens[b + 1]!.content && joined(b, b + 1)) b++;
    if (b - a + 1 > MAX_RUN) {
      a = Math.max(a, i - 1);
      b = Math.min(b, i + 1);
    }
    const phrase = text.slice(tokens[a]!.start, tokens[b]!.end);
    if (!out.some((p) => p.toLowerCase() === phrase.toLowerCase())) out.push(phrase);
    i = b;
  }
  return out;
}
