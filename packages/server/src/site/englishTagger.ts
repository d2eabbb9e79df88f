/**
 * Part-of-speech tagging for English (wink-nlp with its shipped English model), for the handoff package's topic
 * phrases (domain/summary/nounPhrases.ts). Loaded once per process (~0.15 s).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { TaggedToken, Tagger } from '../domain/summary/nounPhrases.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export const tagEnglish: Tagger = (text) => {
  const out: TaggedToken[] = [];
  let at = 0;
  nlp.readDoc(text).sentences().each((s, sentence) => {
    const words = s.tokens().out() as string[];
    const tags = s.tokens().out(its.pos) as string[];
    words.forEach((w, k) => {
      const start = text.indexOf(w, at);
      // wink normalises a few tokens (quotes, ellipses): such a token keeps no place in the text.
      if (start < 0 || start - at > 20) return out.push({ text: w, pos: tags[k]!, start: -1, end: -1, sentence });
      at = start + w.length;
      out.push({ text: w, pos: tags[k]!, start, end: at, sentence });
    });
  });
  return joinSplitWords(out);
};

/**
 * "trade-in", "gift-wrap": wink splits at the hyphen; typed without spaces they are one word, a noun if any part is.
 * A possessive "'s" joins its word.
 */
function joinSplitWords(tokens: TaggedToken[]): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (const t of tokens) {
    const dash = out.at(-1);
    const before = out.at(-2);
    // "women's Stormshell", "son's birthday": the possessive stays on its noun.
    if (dash && /^['’]s$/i.test(t.text) && dash.start >= 0 && t.start === dash.end && t.sentence === dash.sentence) {
      out.splice(-1, 1, { ...dash, text: dash.text + t.text, end: t.end });
      continue;
    }
    if (before && dash?.text === '-' && before.start >= 0 && dash.start === before.end && t.start === dash.end && t.sentence === before.sentence) {
      const tags = [before.pos, t.pos];
      const pos = tags.some((x) => x === 'NOUN' || x === 'PROPN') ? 'NOUN' : tags.includes('ADJ') ? 'ADJ' : t.pos;
      out.splice(-2, 2, { text: `${before.text}-${t.text}`, pos, start: before.start, end: t.end, sentence: t.sentence });
    } else out.push(t);
  }
  return out;
}
