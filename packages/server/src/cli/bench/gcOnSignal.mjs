/**
 * Preloaded into `bench delivery` server processes (with `--expose-gc`): SIGHUP runs a full GC and writes
 * `process.memoryUsage()` to `$BATON_BENCH_MEMDIR/<pid>.json`, so the bench reads what an idle process settles
 * to rather than whatever garbage the last GC left behind.
 */
import { writeFileSync } from 'node:fs';

const dir = process.env.BATON_BENCH_MEMDIR;
process.on('SIGHUP', () => {
  globalThis.gc?.();
  if (dir) writeFileSync(`${dir}/${process.pid}.json`, JSON.stringify(process.memoryUsage()));
});
