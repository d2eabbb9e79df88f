/**
 * Text → sparse TF-IDF vector. Three blocks of features, each sublinear-tf × idf and
 * L2-normalised on its own, then weighted and concatenated (and the whole re-normalised):
 *   - word unigrams (lightly stemmed) — what the message is about;
 *   - word bigrams, with sentence-start/end markers — phrasing ("not received", "^why");
 *   - character n-grams inside word boundaries (" car", "card ", "ecline") — morphology,
 *     typos and unseen inflections still half-match.
 * Vocabulary and idf come from the training texts; unseen features are ignored.
 */
import { normalise } from '../common/text.js';

export interface FeatureOptions {
  /** Character n-gram lengths inside word boundaries; [0, 0] disables them. */
  charRange: [number, number];
  /** Use word bigrams. */
  bigrams: boolean;
  /** Use word trigrams. */
  trigrams?: boolean;
  /** Also pair words up to this many positions apart (ordered skip-bigrams); 0 or 1 disables. */
  skipWindow?: number;
  /** Words left out of skip-bigrams (too common to mean anything in a pair). */
  skipStopWords?: ReadonlySet<string>;
  /** Character n-grams within each word ('word', padded by spaces) or across the whole text ('text'). */
  charMode?: 'word' | 'text';
  /** Term frequency weighting: 1 + log(tf) ('sublinear') or presence only ('binary'). */
  tf?: 'sublinear' | 'binary';
  /** Apply the light stemmer to word features. */
  stem: boolean;
  /** Relative weight of the word (unigram + bigram) block vs the character block. */
  wordWeight: number;
  charWeight: number;
  /** Features seen in fewer training texts are dropped (per block: words, chars). */
  minDfWords: number;
  minDfChars: number;
  /** Words ignored entirely (none by default: "why", "not", "my" often carry the intent). */
  stopWords?: ReadonlySet<string>;
  /** Optional extra tokens for a word (e.g. translations); they join the word block. */
  expand?: (tokens: readonly string[]) => string[];
}

export const DEFAULT_FEATURES: FeatureOptions = {
  charRange: [2, 5],
  bigrams: true,
  stem: true,
  wordWeight: 1,
  charWeight: 1,
  minDfWords: 1,
  minDfChars: 2,
};

/** Word tokens: runs of letters or digits. */
export function tokenize(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A light, general English suffix stemmer (plurals, -ing, -ed, -ly, final -e). */
export function lightStem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys|as)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Raw feature counts of one text, keys prefixed by block ("w:", "b:", "c:"). */
export interface RawFeatures {
  words: Map<string, number>;
  chars: Map<string, number>;
}

export function extractFeatures(text: string, o: FeatureOptions): RawFeatures {
  const all = tokenize(text);
  const tokens = o.stopWords ? all.filter((t) => !o.stopWords!.has(t)) : all;
  const words = new Map<string, number>();
  const chars = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const terms = o.stem ? tokens.map(lightStem) : tokens;
  for (const t of terms) add(words, `w:${/\d/.test(t) ? t.replace(/\d/g, '0') : t}`);
  if (o.bigrams && terms.length > 0) {
    add(words, `b:^_${terms[0]}`);
    for (let i = 0; i + 1 < terms.length; i++) add(words, `b:${terms[i]}_${terms[i + 1]}`);
    add(words, `b:${terms[terms.length - 1]}_$`);
  }
  if (o.skipWindow && o.skipWindow > 1) {
    const content = o.skipStopWords ? terms.filter((t) => !o.skipStopWords!.has(t)) : terms;
    for (let i = 0; i < content.length; i++)
      for (let j = i + 2; j <= i + o.skipWindow && j < content.length; j++) add(words, `s:${content[i]}_${content[j]}`);
  }
  if (o.trigrams) for (let i = 0; i + 2 < terms.length; i++) add(words, `t:${terms[i]}_${terms[i + 1]}_${terms[i + 2]}`);
  if (o.expand) for (const t of o.expand(all)) for (const p of tokenize(t)) add(words, `w:${o.stem ? lightStem(p) : p}`);
  const [lo, hi] = o.charRange;
  if (lo > 0 && o.charMode === 'text') {
    const padded = ` ${tokens.map((t) => (/\d/.test(t) ? t.replace(/\d/g, '0') : t)).join(' ')} `;
    for (let n = lo; n <= hi; n++) for (let i = 0; i + n <= padded.length; i++) add(chars, padded.slice(i, i + n));
  } else if (lo > 0) {
    for (const tok of tokens) {
      const padded = ` ${/\d/.test(tok) ? tok.replace(/\d/g, '0') : tok} `;
      for (let n = lo; n <= hi; n++) {
        if (padded.length < n) break;
        for (let i = 0; i + n <= padded.length; i++) add(chars, padded.slice(i, i + n));
      }
    }
  }
  return { words, chars };
}

/** A sparse vector: parallel arrays of feature indices and values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

export interface Vectorizer {
  dimension: number;
  transform(text: string): SparseVector;
}

/** Learns vocabulary and idf from the training texts. Deterministic (insertion order). */
export function fitVectorizer(texts: readonly string[], o: FeatureOptions): { vectorizer: Vectorizer; train: SparseVector[] } {
  const raw = texts.map((t) => extractFeatures(t, o));
  const n = raw.length;
  const df = new Map<string, number>();
  for (const r of raw) {
    for (const k of r.words.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    for (const k of r.chars.keys()) df.set(`c:${k}`, (df.get(`c:${k}`) ?? 0) + 1);
  }
  const index = new Map<string, number>();
  const idfList: number[] = [];
  for (const [k, d] of df) {
    const min = k.startsWith('c:') ? o.minDfChars : o.minDfWords;
    if (d < min) continue;
    index.set(k, idfList.length);
    idfList.push(Math.log((1 + n) / (1 + d)) + 1);
  }
  const idf = Float64Array.from(idfList);

  const block = (m: Map<string, number>, prefix: string, weight: number, outI: number[], outV: number[]) => {
    const start = outI.length;
    let norm = 0;
    for (const [k, tf] of m) {
      const j = index.get(prefix ? prefix + k : k);
      if (j === undefined) continue;
      const v = (o.tf === 'binary' ? 1 : 1 + Math.log(tf)) * idf[j]!;
      outI.push(j);
      outV.push(v);
      norm += v * v;
    }
    if (norm > 0) {
      const s = weight / Math.sqrt(norm);
      for (let i = start; i < outV.length; i++) outV[i] = outV[i]! * s;
    }
  };
  const vectorOf = (r: RawFeatures): SparseVector => {
    const I: number[] = [];
    const V: number[] = [];
    if (o.wordWeight > 0) block(r.words, '', o.wordWeight, I, V);
    if (o.charWeight > 0) block(r.chars, 'c:', o.charWeight, I, V);
    let norm = 0;
    for (const v of V) norm += v * v;
    const s = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const val = new Float64Array(V.length);
    for (let i = 0; i < V.length; i++) val[i] = V[i]! * s;
    return { idx: Int32Array.from(I), val };
  };

  const vectorizer: Vectorizer = {
    dimension: idf.length,
    transform: (text) => vectorOf(extractFeatures(text, o)),
  };
  return { vectorizer, train: raw.map(vectorOf) };
}
