/**
 * Memory per idle connection for `bench delivery`. An idle server's RSS swings by tens of MB with GC timing:
 * garbage, and heap V8 keeps committed but free (it sizes that headroom to the recent allocation rate; measured
 * here, 47–84 MB committed around the same 40–48 MB in use), as much as 1,000 connections add. So each reading
 * comes after two full GCs (gcOnSignal.mjs), the ladder of connections goes well past 1,000, and the
 * per-connection figure is a robust slope over its steps.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const memDir = mkdtempSync(path.join(tmpdir(), 'baton-mem-'));
/** Node flags for every measured server process. */
export const memoryArgs = ['--expose-gc', '--import', pathToFileURL(path.join(import.meta.dirname, 'gcOnSignal.mjs')).href];
export const memoryEnv = { BATON_BENCH_MEMDIR: memDir };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface MemoryReading {
  rssKb: number;
  heapUsedKb: number;
}

/** Sum over the processes, once idle for `settleMs` and after two full GCs (the first after start-up returns pages only gradually). */
export async function settledMemory(pids: number[], settleMs: number): Promise<MemoryReading> {
  await sleep(settleMs);
  for (let round = 0; round < 2; round++) {
    for (const p of pids) process.kill(p, 'SIGHUP');
    await sleep(1500);
  }
  const readings: number[] = [];
  for (let k = 0; k < 3; k++, await sleep(500)) readings.push(pids.reduce((sum, p) => sum + rssKb(p), 0));
  const heapUsedKb = pids.reduce((sum, p) => sum + (JSON.parse(readFileSync(path.join(memDir, `${p}.json`), 'utf8')) as { heapUsed: number }).heapUsed / 1024, 0);
  return { rssKb: median(readings), heapUsedKb };
}

/** Theil–Sen slope (median of pairwise slopes): one reading caught mid-swing does not decide it. */
export function robustSlope(points: readonly (readonly [number, number])[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const [x1, y1] = points[i]!;
      const [x2, y2] = points[j]!;
      if (x2 !== x1) slopes.push((y2 - y1) / (x2 - x1));
    }
  }
  return slopes.length ? median(slopes) : NaN;
}
