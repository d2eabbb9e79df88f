/** `pnpm bench <delivery|bot|queue>`: benchmarks that print numbers and ratios (never timed assertions in tests). */
import { spawnSync } from 'node:child_process';

const which = process.argv[2];
const scripts: Record<string, string> = { delivery: 'src/cli/bench/delivery.ts', bot: 'src/cli/benchBot.ts', queue: 'src/cli/benchQueue.ts' };
const script = which ? scripts[which] : undefined;
if (!script) {
  console.error(`usage: pnpm bench <${Object.keys(scripts).join('|')}> [options]`);
  process.exit(2);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...process.argv.slice(3)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
