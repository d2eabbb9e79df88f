/** Splits and metrics for measuring a text classifier. Deterministic given the seed. */
import type { TrainingExample } from './classifier.js';
import { seededRandom, shuffleInPlace } from '../common/random.js';

function byLabel(examples: readonly TrainingExample[]): Map<string, TrainingExample[]> {
  const groups = new Map<string, TrainingExample[]>();
  for (const e of examples) (groups.get(e.label) ?? groups.set(e.label, []).get(e.label)!).push(e);
  return groups;
}

/** Stratified split: `trainFraction` of each label goes to train (at least one), the rest to test. */
export function stratifiedSplit(examples: readonly TrainingExample[], trainFraction: number, seed = 1): { train: TrainingExample[]; test: TrainingExample[] } {
  const rng = seededRandom(seed);
  const train: TrainingExample[] = [];
  const test: TrainingExample[] = [];
  for (const group of byLabel(examples).values()) {
    const g = shuffleInPlace([...group], rng);
    const cut = Math.max(1, Math.round(g.length * trainFraction));
    train.push(...g.slice(0, cut));
    test.push(...g.slice(cut));
  }
  return { train, test };
}

/** Few-shot split: `perLabel` random examples of each label to train, the rest to test. */
export function fewShotSplit(examples: readonly TrainingExample[], perLabel: number, seed = 1): { train: TrainingExample[]; test: TrainingExample[] } {
  const rng = seededRandom(seed);
  const train: TrainingExample[] = [];
  const test: TrainingExample[] = [];
  for (const group of byLabel(examples).values()) {
    const g = shuffleInPlace([...group], rng);
    train.push(...g.slice(0, perLabel));
    test.push(...g.slice(perLabel));
  }
  return { train, test };
}

export interface Metrics {
  n: number;
  accuracy: number;
  /** Mean per-label recall: the accuracy expected on a test set with equal counts per label. */
  balancedAccuracy: number;
  macroF1: number;
}

export function scorePredictions(gold: readonly string[], predicted: readonly string[]): Metrics {
  const labels = new Set([...gold]);
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let correct = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    if (p === g) {
      correct++;
      inc(tp, g);
    } else {
      inc(fp, p);
      inc(fn, g);
    }
  });
  let f1 = 0;
  let recall = 0;
  for (const l of labels) {
    const t = tp.get(l) ?? 0;
    const prec = t + (fp.get(l) ?? 0) > 0 ? t / (t + (fp.get(l) ?? 0)) : 0;
    const rec = t + (fn.get(l) ?? 0) > 0 ? t / (t + (fn.get(l) ?? 0)) : 0;
    recall += rec;
    f1 += prec + rec > 0 ? (2 * prec * rec) / (prec + rec) : 0;
  }
  const k = labels.size || 1;
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, balancedAccuracy: recall / k, macroF1: f1 / k };
}

/** The q-quantile (0..1) of a list of numbers (nearest rank). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
}
