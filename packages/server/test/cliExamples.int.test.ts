/**
 * The README's command-line examples, run as written from the repository root on the files in examples/, which a
 * fresh clone has (../shared/eval, the project's evaluation material, it has not).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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

/** Files with mistakes in them, under a temporary folder, as the user would name them. */
const tmp = mkdtempSync(path.join(tmpdir(), 'baton-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
function file(name: string, text: string): string {
  writeFileSync(path.join(tmp, name), text);
  return path.join(tmp, name);
}
/** One line on stderr, nothing on stdout, exit 1: no stack trace, no half-written output. */
function oneLineError(r: { code: number | null; stdout: string; stderr: string }): string {
  expect(r).toMatchObject({ code: 1, stdout: '' });
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  return r.stderr.trimEnd();
}

describe('sim: the option before the scenario, and mistakes in the files', () => {
  it('--policy before the scenario file runs as after it', async () => {
    const policy = file('policy.json', JSON.stringify({ minProficiency: 0.5 }));
    const before = await cli('sim', ['--policy', policy, 'examples/queue.json']);
    expect(before).toMatchObject({ code: 0, stderr: '' });
    const after = await cli('sim', ['examples/queue.json', '--policy', policy]);
    expect(after).toMatchObject({ code: 0, stderr: '' });
    expect(before.stdout).toBe(after.stdout);
    expect(lines(before.stdout).map((o) => o.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  });

  it('a scenario file that is not there, a policy that is not JSON, a scenario off its schema: one line naming the file (and field), exit 1', async () => {
    expect(oneLineError(await cli('sim', ['examples/no-such-scenario.json']))).toBe('examples/no-such-scenario.json: cannot read the scenario file (no such file)');
    const notJson = file('not-json.json', 'minProficiency: 0.5\n');
    expect(oneLineError(await cli('sim', ['--policy', notJson, 'examples/queue.json']))).toMatch(new RegExp(`^${notJson}: the policy is not valid JSON \\(.+\\)$`));
    const offSchema = file('scenario.json', JSON.stringify({ name: 'x', agents: [], customers: [{ id: 'c1', arrival: 'soon', skills: ['orders'], handle: 60 }] }));
    expect(oneLineError(await cli('sim', [offSchema]))).toBe(`${offSchema}: not a scenario: customers.0.arrival: Invalid input: expected number, received string`);
    const badPolicy = file('bad-policy.json', JSON.stringify({ minProficiency: 'high' }));
    expect(oneLineError(await cli('sim', ['examples/queue.json', '--policy', badPolicy]))).toBe(`${badPolicy}: not a policy: minProficiency: Invalid input: expected number, received string`);
  });
}, 60_000);

describe('replay: mistakes in the input or the site folder', () => {
  it('a line that is not JSON is named by file and line number, exit 1, before anything is replayed', async () => {
    const input = file('bad.jsonl', `${JSON.stringify({ id: 'ok', customer: {}, turns: ['hi'] })}\n\n{"id": "x", turns: []}\n`);
    expect(oneLineError(await cli('replay', ['--site', 'sites/demo', '--input', input]))).toMatch(new RegExp(`^${input}:3: not valid JSON \\(.+\\)$`));
  });

  it('a site folder that is not there is named, exit 1', async () => {
    expect(oneLineError(await cli('replay', ['--site', 'sites/no-such-site', '--input', 'examples/replay.jsonl']))).toBe('sites/no-such-site: no such folder (--site takes a site folder: site.json and kb/)');
  });
}, 60_000);
