/**
 * `pnpm intents --train A.csv --test B.csv`: trains the intent classifier (the one behind
 * intent → skill routing) on A and prints accuracy, macro-F1, training seconds and the p99
 * classify time on B. Files are `text,category` CSVs with a header row.
 *
 *   --split 0.8       one file: stratified 80/20 split of --train (seeded)
 *   --few-shot 10     one file: 10 examples per label to train, the rest to test
 *   --seed N          seed for splitting and training (default 1)
 *   --options JSON    classifier options (e.g. '{"C":0.5,"features":{"charRange":[3,5]}}')
 *   --json            one JSON line instead of text
 *   --no-label-names  don't also learn from the label names ("card_arrival" → "card arrival")
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { trainTextClassifier, type TextClassifierOptions, type TrainingExample } from '../domain/intent/classifier.js';
import { examplesFromCsv } from '../domain/intent/csv.js';
import { fewShotSplit, quantile, scorePredictions, stratifiedSplit } from '../domain/intent/evaluate.js';

const usage = 'usage: pnpm intents --train A.csv (--test B.csv | --split 0.8 | --few-shot 10) [--seed N] [--options JSON] [--json]';
const { values } = parseArgs({
  options: {
    train: { type: 'string' },
    test: { type: 'string' },
    split: { type: 'string' },
    'few-shot': { type: 'string' },
    seed: { type: 'string' },
    options: { type: 'string' },
    json: { type: 'boolean' },
    'no-label-names': { type: 'boolean' },
  },
});
if (!values.train || [values.test, values.split, values['few-shot']].filter((v) => v !== undefined).length !== 1) {
  console.error(usage);
  process.exit(2);
}
const fromUser = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
const load = (p: string): TrainingExample[] => examplesFromCsv(readFileSync(fromUser(p), 'utf8'));
const seed = values.seed ? Number(values.seed) : 1;
const options: TextClassifierOptions = { seed, labelAsExample: !values['no-label-names'], ...(values.options ? (JSON.parse(values.options) as TextClassifierOptions) : {}) };

let train: TrainingExample[];
let test: TrainingExample[];
let mode: string;
if (values.test) {
  train = load(values.train);
  test = load(values.test);
  mode = `train ${values.train} / test ${values.test}`;
} else if (values.split) {
  const f = Number(values.split);
  if (!(f > 0 && f < 1)) throw new Error('--split takes a fraction in (0, 1)');
  ({ train, test } = stratifiedSplit(load(values.train), f, seed));
  mode = `stratified split ${f}/${(1 - f).toFixed(2)} of ${values.train} (seed ${seed})`;
} else {
  const k = Number(values['few-shot']);
  if (!(k >= 1)) throw new Error('--few-shot takes a count per label');
  ({ train, test } = fewShotSplit(load(values.train), k, seed));
  mode = `few-shot ${k} per label of ${values.train}, tested on the rest (seed ${seed})`;
}

const t0 = performance.now();
const classifier = trainTextClassifier(train, options);
const trainSeconds = (performance.now() - t0) / 1000;

const predicted: string[] = [];
const times: number[] = [];
for (const e of test) {
  const s = performance.now();
  predicted.push(classifier.classify(e.text).label);
  times.push(performance.now() - s);
}
const m = scorePredictions(
  test.map((e) => e.label),
  predicted,
);
const result = {
  mode,
  train: train.length,
  test: test.length,
  labels: classifier.labels.length,
  accuracy: round(m.accuracy, 4),
  macroF1: round(m.macroF1, 4),
  balancedAccuracy: round(m.balancedAccuracy, 4),
  trainSeconds: round(trainSeconds, 2),
  classifyP50Ms: round(quantile(times, 0.5), 3),
  classifyP99Ms: round(quantile(times, 0.99), 3),
};
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(`${mode}: ${train.length} training / ${test.length} test examples, ${classifier.labels.length} labels`);
  console.log(
    `accuracy=${(m.accuracy * 100).toFixed(2)}% macro_f1=${(m.macroF1 * 100).toFixed(2)}% balanced_acc=${(m.balancedAccuracy * 100).toFixed(2)}% ` +
      `train_s=${trainSeconds.toFixed(2)} classify_p50_ms=${result.classifyP50Ms} classify_p99_ms=${result.classifyP99Ms}`,
  );
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
