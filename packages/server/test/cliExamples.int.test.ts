/**
 * The README's command-line examples, run as written from the repository root on the files in examples/, which a
 * fresh clone has (../shared/eval, the project's evaluation material, it has not).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');

/** `pnpm -s <script> …` from the repository root: pnpm runs it in packages/server with INIT_CWD set to the root. */
function cli(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: path.join(repo, 'packages/server'),
    env: { ...process.env, INIT_CWD: repo },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
const lines = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('the example inputs under examples/', () => {
  it('replay: the demo site on examples/replay.jsonl, one line per conversation', async () => {
    const r = await cli('replay', ['--site', 'sites/demo', '--input', 'examples/replay.jsonl']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(lines(r.stdout).map((o) => [o.id, o.escalate, o.reason, o.skill])).toEqual([
      ['ex1', false, null, null],
      ['ex2', true, 'explicit_request', 'orders'],
      ['ex3', true, 'language', 'billing'],
    ]);
  });

  it('intents: examples/intents.csv split 80/20, and a file given on its own is a usage message, not a stack trace', async () => {
    const r = await cli('intents', ['--train', 'examples/intents.csv', '--split', '0.8']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^stratified split 0\.8\/0\.20 of examples\/intents\.csv \(seed 1\): 12 training \/ 3 test examples, 3 labels\naccuracy=/);
    const wrong = await cli('intents', ['examples/intents.csv', '--split', '0.8']);
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toMatch(/^a file is given with --train \(and --test\), not on its own: "examples\/intents\.csv"\nUsage: pnpm intents --train/);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });

  it('sim: examples/queue.json, one line per customer', async () => {
    const r = await cli('sim', ['examples/queue.json']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const rows = lines(r.stdout);
    expect(rows.map((o) => o.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(rows.every((o) => typeof o.assignedAt === 'number' || typeof o.abandonedAt === 'number')).toBe(true);
  });
}, 60_000);
