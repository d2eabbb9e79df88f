/**
 * `pnpm -s --filter @baton/server sim SCENARIO.json [--policy POLICY.json]` (-s: no pnpm banner in the JSONL): replay a queue scenario through the
 * real routing and wait-estimate code on a virtual clock; prints one JSON line per customer:
 * {"id","enqueuedAt","estimate","estimateLow","estimateHigh","assignedAt","abandonedAt","agentId"} (seconds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RoutingPolicy } from '../domain/routing/selectAgents.js';
import { replay } from './sim/replay.js';
import { parseScenario } from './sim/scenario.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const policyAt = args.indexOf('--policy');
if (!file) {
  console.error('usage: sim SCENARIO.json [--policy POLICY.json]');
  process.exit(2);
}
/** Paths are relative to where the command was typed (pnpm --filter runs scripts inside the package). */
function locate(p: string): string {
  if (existsSync(p)) return p;
  const fromInit = process.env.INIT_CWD ? resolve(process.env.INIT_CWD, p) : p;
  return existsSync(fromInit) ? fromInit : p;
}
const scenario = parseScenario(JSON.parse(readFileSync(locate(file), 'utf8')));
const policy = policyAt >= 0 && args[policyAt + 1] ? (JSON.parse(readFileSync(locate(args[policyAt + 1]!), 'utf8')) as RoutingPolicy) : undefined;
const rows = replay(scenario, { policy });
process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
