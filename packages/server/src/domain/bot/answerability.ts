/**
 * Does the passage found answer the question? Retrieval confidence (knowledgeBase.ts) is the share of the question's
 * weighted words the passage has; it cannot tell the question's point from its story. This reads the words the
 * passage lacks by part of speech and by sentence (a noun the KB never uses in the question sentence, "servers",
 * "successor", "logo", is what is asked; a verb in the story, "wore", is not), and a gradient-boosted tree model
 * (trained offline, tools/bot-eval/answerability/) turns those counts and the confidence into a probability. The
 * features are relative to the site's own KB (in the passage, elsewhere in its article, elsewhere in the KB, nowhere),
 * so the model names no word of any site.
 */
import type { KbHit, KnowledgeBase } from './knowledgeBase.js';
import { processTerm } from './text.js';
import { askingSentences, type TaggedToken, type Tagger } from '../summary/nounPhrases.js';

/** A tree ensemble as exported by tools/bot-eval/answerability/train.py (sklearn HistGradientBoosting). */
export interface TreeEnsemble {
  features: string[];
  baseline: number;
  /** Each tree: nodes of [feature index, threshold, left, right, leaf value]; left when x ≤ threshold; leaf when feature index is -1. */
  trees: [number, number, number, number, number][][];
}

/** The answerability model: a tree ensemble and the probabilities it answers at. */
export interface TreeModel extends TreeEnsemble {
  /** A passage over the confidence bar answers only with at least this probability. */
  threshold: number;
  /** A passage under the confidence bar answers after all with at least this probability. */
  rescue: number;
  /**
   * The same, for a customer whose first unanswered question is handed to a person (a VIP tier rule): there a
   * wrong "not sure" is a needless hand-off at once, not one miss of two a repeated failure needs.
   */
  rescueFirstMiss?: number;
}

export interface Answerability {
  tag: Tagger;
  model: TreeModel;
}

const QUESTION_OPENER = /^(how|what|when|where|which|who|why|can|could|will|would|do|does|did|is|are|should|any)$/i;

function partOfSpeech(pos: string): string {
  return pos === 'NOUN' || pos === 'PROPN' ? 'n' : pos === 'VERB' ? 'v' : pos === 'ADJ' ? 'a' : 'o';
}

/**
 * Counts of the question's words by part of speech (n, v, a, o), sentence (q: a question sentence, s: the story) and
 * where the KB has them (P: the passage, A: its article, K: elsewhere in the KB, U: nowhere), plus the shape of the
 * message and the retrieval's own numbers.
 */
export function answerabilityFeatures(kb: KnowledgeBase, tokens: readonly TaggedToken[], hit: KbHit, next: KbHit | undefined, first: boolean): Record<string, number> {
  const f: Record<string, number> = {};
  const add = (k: string, v = 1) => (f[k] = (f[k] ?? 0) + v);
  const asking = askingSentences(tokens, QUESTION_OPENER);
  const inPassage = kb.passageTerms[hit.passage.id]!;
  const inArticle = kb.articleTerms.get(hit.articleId)!;
  const seen = new Set<string>();
  for (const t of tokens) {
    const st = processTerm(t.text.toLowerCase());
    if (!st || seen.has(st) || /\d/.test(st)) continue;
    seen.add(st);
    const where = inPassage.has(st) ? 'P' : inArticle.has(st) ? 'A' : kb.articleDf.has(st) ? 'K' : 'U';
    add(`${partOfSpeech(t.pos)}${asking.has(t.sentence) ? 'q' : 's'}${where}`);
    add(`all${where}`);
  }
  add('nq', asking.size);
  add('nsent', new Set(tokens.map((t) => t.sentence)).size);
  add('len', Math.log(1 + tokens.length));
  add('conf', hit.confidence);
  add('inc', hit.incidental ? 1 : 0);
  add('first', first ? 1 : 0);
  add('gap2', next ? hit.confidence - next.confidence : 1);
  return f;
}

/** A model's trees flattened into typed arrays (all trees' nodes end to end), built once per model. */
interface FlatTrees {
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  value: Float64Array;
}

const flattened = new WeakMap<TreeEnsemble, FlatTrees>();

function flatten(model: TreeEnsemble): FlatTrees {
  let flat = flattened.get(model);
  if (flat) return flat;
  const size = model.trees.reduce((n, t) => n + t.length, 0);
  flat = { roots: new Int32Array(model.trees.length), feature: new Int32Array(size), threshold: new Float64Array(size), left: new Int32Array(size), right: new Int32Array(size), value: new Float64Array(size) };
  let at = 0;
  for (const [i, tree] of model.trees.entries()) {
    flat.roots[i] = at;
    for (const [feature, threshold, left, right, value] of tree) {
      flat.feature[at] = feature;
      flat.threshold[at] = threshold;
      // Children as positions in the flat arrays.
      flat.left[at] = flat.roots[i] + left;
      flat.right[at] = flat.roots[i] + right;
      flat.value[at] = value;
      at++;
    }
  }
  flattened.set(model, flat);
  return flat;
}

/**
 * The model's probability that the passage answers, for features by name (absent ones are 0). Walks the flattened
 * trees: the nested arrays of the JSON cost 5x as much per message.
 */
export function predictAnswerable(model: TreeEnsemble, features: Record<string, number>): number {
  const { roots, feature, threshold, left, right, value } = flatten(model);
  const x = new Float64Array(model.features.length);
  for (let i = 0; i < x.length; i++) x[i] = features[model.features[i]!] ?? 0;
  let raw = model.baseline;
  for (let t = 0; t < roots.length; t++) {
    let n = roots[t]!;
    while (feature[n]! >= 0) n = x[feature[n]!]! <= threshold[n]! ? left[n]! : right[n]!;
    raw += value[n]!;
  }
  return 1 / (1 + Math.exp(-raw));
}
