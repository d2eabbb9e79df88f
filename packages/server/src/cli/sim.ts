/**
 * `pnpm -s --filter @baton/server sim SCENARIO.json [--policy POLICY.json]` (-s: no pnpm banner in the JSONL): replay a queue scenario through the
 * real routing and wait-estimate code on a virtual clock; prints one JSON line per customer:
 * {"id","enqueuedAt","estimate","estimateLow","estimateHigh","assignedAt","abandonedAt","agentId"} (seconds).
 * The option may come before or after the scenario. A file that cannot be read, is not JSON or does not fit its
 * schema is one line naming it (and the field), exit 1.
 */
import type { z } from 'zod';
import { replay } from './sim/replay.js';
import { policySchema, scenarioSchema } from './sim/scenario.js';
import { commandArgs, InputError, readJson, runCommand, UsageError, zodProblems } from './cliInput.js';

const USAGE = 'usage: sim SCENARIO.json [--policy POLICY.json]';

/** The JSON of `file`, checked against `schema`. */
function readChecked<T>(file: string, what: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(readJson(file, what));
  if (!parsed.success) throw new InputError(`${file}: not a ${what}: ${zodProblems(parsed.error)}`);
  return parsed.data;
}

runCommand(USAGE, () => {
  const args = commandArgs({ options: { policy: { type: 'string' } }, allowPositionals: true });
  const [file, ...more] = args.positionals;
  if (!file) throw new UsageError('no scenario file given');
  if (more.length) throw new UsageError(`one scenario file at a time: ${args.positionals.map((p) => `"${p}"`).join(' ')}`);
  const scenario = readChecked(file, 'scenario', scenarioSchema);
  const policy = args.values.policy === undefined ? undefined : readChecked(args.values.policy, 'policy', policySchema);
  const rows = replay(scenario, { policy });
  process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
});
