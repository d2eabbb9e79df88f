/**
 * Live heap of a server process, for `bench delivery --heap`: the process is started with
 * `--heapsnapshot-signal=SIGUSR2`; a snapshot runs a full GC first, so the sum of its nodes' self sizes is what
 * is still reachable (unlike RSS, which also holds garbage not yet collected and the heap's headroom).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let dir: string | null = null;
/** Made on first use (only `--heap` runs need it). */
function snapshotDir(): string {
  return (dir ??= mkdtempSync(path.join(tmpdir(), 'baton-heap-')));
}
export const heapSnapshotArgs = (): string[] => ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir()}`];

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Bytes reachable in the process's JS heap (and the buffers it holds) right now. */
export async function liveHeapBytes(pid: number): Promise<number> {
  const d = snapshotDir();
  const before = new Set(readdirSync(d));
  process.kill(pid, 'SIGUSR2');
  const deadline = Date.now() + 120_000;
  let file: string | undefined;
  while (!(file = readdirSync(d).find((f) => !before.has(f)))) {
    if (!alive(pid) || Date.now() > deadline) throw new Error(`no heap snapshot from process ${pid}`);
    await sleep(200);
  }
  const full = path.join(d, file);
  // V8 writes the file while the process stands still; it is done when it parses (a half-written one does not).
  for (;;) {
    await sleep(1500);
    try {
      const snap = JSON.parse(readFileSync(full, 'utf8')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
      rmSync(full);
      const fields = snap.snapshot.meta.node_fields;
      const selfSize = fields.indexOf('self_size');
      let total = 0;
      for (let i = selfSize; i < snap.nodes.length; i += fields.length) total += snap.nodes[i]!;
      return total;
    } catch (err) {
      if (!(err instanceof SyntaxError) || Date.now() > deadline) throw err;
    }
  }
}
