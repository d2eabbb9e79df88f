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
import { performance } from 'node:perf_hooks';
import { trainTextClassifier, type TextClassifierOptions, type TrainingExample } from '../domain/intent/classifier.js';
import { examplesFromCsv } from '../domain/intent/csv.js';
import { fewShotSplit, quantile, scorePredictions, stratifiedSplit } from '../domain/intent/evaluate.js';
import { IntentsArgsError, parseIntentsArgs, type IntentsArgs } from './intentsArgs.js';
import { fromUser } from './cliInput.js';

const args = ((): IntentsArgs => {
  try {
    return parseIntentsArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof IntentsArgsError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
})();
const load = (p: string): TrainingExample[] => {
  let text: string;
  try {
    text = readFileSync(fromUser(p), 'utf8');
  } catch (err) {
    console.error(`cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    process.exit(1);
  }
  return examplesFromCsv(text);
};
const { seed } = args;
const options: TextClassifierOptions = { seed, labelAsExample: args.labelNames, ...args.options };

let train: TrainingExample[];
let test: TrainingExample[];
let mode: string;
const e = args.evaluation;
if (e.kind === 'test') {
  train = load(args.train);
  test = load(e.file);
  mode = `train ${args.train} / test ${e.file}`;
} else if (e.kind === 'split') {
  ({ train, test } = stratifiedSplit(load(args.train), e.fraction, seed));
  mode = `stratified split ${e.fraction}/${(1 - e.fraction).toFixed(2)} of ${args.train} (seed ${seed})`;
} else {
  ({ train, test } = fewShotSplit(load(args.train), e.perLabel, seed));
  mode = `few-shot ${e.perLabel} per label of ${args.train}, tested on the rest (seed ${seed})`;
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
if (args.json) console.log(JSON.stringify(result));
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
