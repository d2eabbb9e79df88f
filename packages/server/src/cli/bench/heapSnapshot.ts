/**
 * Live heap of a server process, for `bench delivery --heap`: the process is started with
 * `--heapsnapshot-signal=SIGUSR2`; a snapshot runs a full GC first, so the sum of its nodes' self sizes is what
 * is still reachable (unlike RSS, which also holds garbage not yet collected and the heap's headroom).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const snapshotDir = mkdtempSync(path.join(tmpdir(), 'baton-heap-'));
export const heapSnapshotArgs = ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Bytes reachable in the process's JS heap (and the buffers it holds) right now. */
export async function liveHeapBytes(pid: number): Promise<number> {
  const before = new Set(readdirSync(snapshotDir));
  process.kill(pid, 'SIGUSR2');
  let file: string | undefined;
  while (!(file = readdirSync(snapshotDir).find((f) => !before.has(f)))) await sleep(200);
  const full = path.join(snapshotDir, file);
  // The file appears empty and grows while V8 writes it; it is done when its size stops changing.
  for (let size = -1; ; ) {
    await sleep(1500);
    const now = statSync(full).size;
    if (now > 0 && now === size) break;
    size = now;
  }
  const snap = JSON.parse(readFileSync(full, 'utf8')) as { snapshot: { meta: { node_fields: string[] } }; nodes: number[] };
  rmSync(full);
  const fields = snap.snapshot.meta.node_fields;
  const selfSize = fields.indexOf('self_size');
  let total = 0;
  for (let i = selfSize; i < snap.nodes.length; i += fields.length) total += snap.nodes[i]!;
  return total;
}
