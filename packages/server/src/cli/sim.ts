/**
 * `pnpm --filter @baton/server sim SCENARIO.json [--policy POLICY.json]`: replay a queue scenario through the
 * real routing and wait-estimate code on a virtual clock; prints one JSON line per customer:
 * {"id","enqueuedAt","estimate","estimateLow","estimateHigh","assignedAt","abandonedAt","agentId"} (seconds).
 */
import { readFileSync } from 'node:fs';
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
const scenario = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
const policy = policyAt >= 0 && args[policyAt + 1] ? (JSON.parse(readFileSync(args[policyAt + 1]!, 'utf8')) as RoutingPolicy) : undefined;
const rows = replay(scenario, { policy });
process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
