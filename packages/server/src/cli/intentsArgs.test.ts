import { describe, expect, it } from 'vitest';
import { parseIntentsArgs } from './intentsArgs.js';

describe('pnpm intents: arguments', () => {
  it('reads the three ways of testing', () => {
    expect(parseIntentsArgs(['--train', 'a.csv', '--test', 'b.csv'])).toEqual({ train: 'a.csv', evaluation: { kind: 'test', file: 'b.csv' }, seed: 1, options: {}, json: false, labelNames: true });
    expect(parseIntentsArgs(['--train', 'a.csv', '--split', '0.8', '--seed', '3']).evaluation).toEqual({ kind: 'split', fraction: 0.8 });
    expect(parseIntentsArgs(['--train', 'a.csv', '--few-shot', '10', '--json', '--no-label-names'])).toMatchObject({ evaluation: { kind: 'few-shot', perLabel: 10 }, json: true, labelNames: false });
    expect(parseIntentsArgs(['--train', 'a.csv', '--split', '0.8', '--options', '{"C":0.5}']).options).toEqual({ C: 0.5 });
  });

  it.each([
    // A newcomer's first try: the file on its own (node's parseArgs threw a TypeError with a stack trace).
    [['a.csv', '--split', '0.8'], /^a file is given with --train \(and --test\), not on its own: "a\.csv"\nUsage: pnpm intents --train A\.csv/],
    [['--split', '0.8'], /^--train FILE is required\nUsage:/],
    [['--train', 'a.csv'], /^say how to test: --test FILE, --split 0\.8 or --few-shot 10\nUsage:/],
    [['--train', 'a.csv', '--test', 'b.csv', '--split', '0.8'], /^give one of --test, --split\n/],
    [['--train', 'a.csv', '--split', '80'], /^--split takes the training share, a fraction between 0 and 1 \(e\.g\. 0\.8\), not "80"/],
    [['--train', 'a.csv', '--few-shot', 'ten'], /^--few-shot takes a count of examples per label/],
    [['--train', 'a.csv', '--split', '0.8', '--options', '{C:1}'], /^--options is not JSON/],
    [['--train', 'a.csv', '--split', '0.8', '--colour'], /^Unknown option '--colour'/],
  ])('refuses %j with a message and the usage', (argv, message) => {
    expect(() => parseIntentsArgs(argv)).toThrow(message);
  });
});
