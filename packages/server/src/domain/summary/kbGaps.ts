/**
 * What the help centre lacks, in the customer's words: the phrases around words the
 * knowledge base never uses ("whatsapp notifications", "re-proofing service", "bulk
 * price"). When the bot could not answer, these are what the agent has to deal with,
 * and they are facts the agent would otherwise have to dig out of the transcript.
 */
import { detectLanguage } from '../escalation/language.js';
import type { Article } from '../pipelineTypes.js';
import { normalise, stem, STOP_WORDS, words } from '../bot/text.js';

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
