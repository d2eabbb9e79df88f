/**
 * `pnpm intents …`: the arguments, checked before any file is read. A mistake is an IntentsArgsError with a message
 * and the usage, never a stack trace (`pnpm intents A.csv --split 0.8` printed node's TypeError).
 */
import { parseArgs } from 'node:util';
import type { TextClassifierOptions } from '../domain/intent/classifier.js';

export const INTENTS_USAGE = `Usage: pnpm intents --train A.csv --test B.csv           train on A, test on B
       pnpm intents --train A.csv --split 0.8         one file: stratified 80/20 split of A
       pnpm intents --train A.csv --few-shot 10       one file: 10 examples per label to train, the rest to test
       [--seed N] [--options JSON] [--json] [--no-label-names]
Files are CSV with a header row: text,category (e.g. examples/intents.csv).`;

export class IntentsArgsError extends Error {}

export type Evaluation = { kind: 'test'; file: string } | { kind: 'split'; fraction: number } | { kind: 'few-shot'; perLabel: number };

export interface IntentsArgs {
  train: string;
  evaluation: Evaluation;
  seed: number;
  options: TextClassifierOptions;
  json: boolean;
  labelNames: boolean;
}

const usageError = (problem: string) => new IntentsArgsError(`${problem}\n${INTENTS_USAGE}`);

export function parseIntentsArgs(argv: readonly string[]): IntentsArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
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
      allowPositionals: true,
    });
  } catch (err) {
    throw usageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length) throw usageError(`a file is given with --train (and --test), not on its own: ${positionals.map((p) => `"${p}"`).join(' ')}`);
  if (!values.train) throw usageError('--train FILE is required');
  const chosen = [values.test !== undefined && '--test', values.split !== undefined && '--split', values['few-shot'] !== undefined && '--few-shot'].filter(Boolean);
  if (chosen.length !== 1) throw usageError(chosen.length ? `give one of ${chosen.join(', ')}` : 'say how to test: --test FILE, --split 0.8 or --few-shot 10');
  let evaluation: Evaluation;
  if (values.test !== undefined) evaluation = { kind: 'test', file: values.test };
  else if (values.split !== undefined) {
    const fraction = Number(values.split);
    if (!(fraction > 0 && fraction < 1)) throw usageError(`--split takes the training share, a fraction between 0 and 1 (e.g. 0.8), not "${values.split}"`);
    evaluation = { kind: 'split', fraction };
  } else {
    const perLabel = Number(values['few-shot']);
    if (!(Number.isInteger(perLabel) && perLabel >= 1)) throw usageError(`--few-shot takes a count of examples per label (e.g. 10), not "${values['few-shot']}"`);
    evaluation = { kind: 'few-shot', perLabel };
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (!Number.isFinite(seed)) throw usageError(`--seed takes a number, not "${values.seed}"`);
  let options: TextClassifierOptions = {};
  if (values.options !== undefined) {
    try {
      options = JSON.parse(values.options) as TextClassifierOptions;
    } catch (err) {
      throw usageError(`--options is not JSON: ${(err as Error).message}`);
    }
  }
  return { train: values.train, evaluation, seed, options, json: values.json ?? false, labelNames: !values['no-label-names'] };
}
