/**
 * A learned reading of one thing a customer message does (asks for a person: personRequestModel.ts; is high stakes:
 * highStakes.ts), beside the patterns that read the shapes they know exactly, for the words customers keep finding
 * that no pattern knows. A logistic regression over word 1–3-grams and character 3–5-grams (TF-IDF, each block
 * L2-normalised), trained offline on labelled conversations (tools/bot-eval/message-models/), scores the whole
 * message and each of its sentences; the highest counts, so one request in a long message is not drowned by its
 * story. The features are defined here once: the trainer reads them from `pnpm message-features`, so both ends agree.
 */
import { normalise } from '../common/text.js';
import { sentences } from '../bot/text.js';
import { memoText } from '../common/memo.js';

/** The weights as exported by tools/bot-eval/message-models/train.py. */
export interface MessageModel {
  /** Feature → [idf, weight], per block. */
  words: Record<string, [number, number]>;
  chars: Record<string, [number, number]>;
  intercept: number;
  /** A message does the thing when its (or one of its sentences') probability is at least this. */
  threshold: number;
  /** Messages with the probability the exporter computed for them (before the vetoes), for the parity test. */
  checks?: [string, number][];
}

export interface MessageFeatures {
  words: string[];
  chars: string[];
}

/**
 * Word 1–3-grams and character 3–5-grams inside each word (padded by spaces), of the normalised text. Memoised: the
 * three models read the same units, and every later turn reads the earlier messages again.
 */
export const messageFeatures = memoText(computeFeatures);

/** Outside the surrogate range every character is one UTF-16 unit, and plain slices are the code-point n-grams. */
const SURROGATE = /[\uD800-\uDFFF]/;

function computeFeatures(text: string): MessageFeatures {
  const tokens = normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  const words: string[] = [];
  const chars: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    words.push(tokens[i]!);
    if (i + 1 < tokens.length) words.push(`${tokens[i]} ${tokens[i + 1]}`);
    if (i + 2 < tokens.length) words.push(`${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`);
    const padded = ` ${tokens[i]} `;
    if (!SURROGATE.test(padded)) {
      for (let n = 3; n <= 5 && n <= padded.length; n++) {
        for (let at = 0; at + n <= padded.length; at++) chars.push(padded.slice(at, at + n));
      }
      continue;
    }
    // Code points, not UTF-16 units: an emoji is one character.
    const w = Array.from(padded);
    for (let n = 3; n <= 5 && n <= w.length; n++) {
      for (let at = 0; at + n <= w.length; at++) chars.push(w.slice(at, at + n).join(''));
    }
  }
  return { words, chars };
}

/** A block's weights as a Map, built once per model: `Object.hasOwn` on an object of ~100k keys cost more than the scoring. */
const blockMaps = new WeakMap<Record<string, [number, number]>, Map<string, [number, number]>>();
function blockMap(block: Record<string, [number, number]>): Map<string, [number, number]> {
  let m = blockMaps.get(block);
  if (!m) blockMaps.set(block, (m = new Map(Object.entries(block))));
  return m;
}

/** One block's contribution: sublinear tf × idf, L2-normalised over the features the model knows, dotted with the weights. */
function blockScore(features: readonly string[], block: Record<string, [number, number]>): number {
  const weights = blockMap(block);
  const counts = new Map<string, number>();
  for (const f of features) if (weights.has(f)) counts.set(f, (counts.get(f) ?? 0) + 1);
  let norm = 0;
  let dot = 0;
  // (Same order and arithmetic as before the Map: the sums, and so every threshold decision, are bit-identical.)
  for (const [f, c] of counts) {
    const [idf, weight] = weights.get(f)!;
    const v = (1 + Math.log(c)) * idf;
    norm += v * v;
    dot += v * weight;
  }
  return norm > 0 ? dot / Math.sqrt(norm) : 0;
}

/** The probability of this text (one unit: a message or a sentence). */
export function unitProbability(model: MessageModel, text: string): number {
  const f = messageFeatures(text);
  const z = model.intercept + blockScore(f.words, model.words) + blockScore(f.chars, model.chars);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The message's probability: the highest of the whole message and (when it has several) each of its sentences,
 * leaving out the units `skip` rejects.
 */
export function messageProbability(model: MessageModel, message: string, skip: (unit: string) => boolean = () => false): number {
  let best = skip(message) ? 0 : unitProbability(model, message);
  const parts = sentences(message);
  if (parts.length > 1) for (const s of parts) if (!skip(s)) best = Math.max(best, unitProbability(model, s));
  return best;
}
