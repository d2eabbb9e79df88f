/**
 * PGlite is one process's database: a second process opening the same data directory (a second server, or
 * `pnpm agent add` while the server runs) works on its own copy and can corrupt the files. The first process takes
 * `<dataDir>.pid`; a later one is refused while that process lives. A lock left by a killed process is taken over.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The database in ${dataDir} is in use by process ${pid} (a running Baton?). Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes.`);
  }
}

/** Directories this process holds: our own pid in a lock we do not hold is left over from before a restart. */
const held = new Set<string>();

function holderAlive(pid: number, dataDir: string): boolean {
  if (pid === process.pid) return held.has(dataDir);
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock's content, or null when it is gone (released meanwhile). */
function readLock(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Takes the lock (or throws DataDirInUse); the returned function releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.pid`;
  // Written in full under another name, then linked into place: the lock never exists without its pid, so a second
  // process can never read it empty and take it as stale.
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(mine, file);
        held.add(dataDir);
        return () => {
          held.delete(dataDir);
          rmSync(file, { force: true });
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const content = readLock(file);
        if (content === null) continue; // released meanwhile: try again
        const pid = Number(content.trim());
        if (Number.isInteger(pid) && pid > 0 && holderAlive(pid, dataDir)) throw new DataDirInUse(dataDir, pid);
        // Stale (its process is gone, or unreadable): removed only if it is still that file.
        if (readLock(file) === content) rmSync(file, { force: true });
      }
    }
    throw new DataDirInUse(dataDir, Number((readLock(file) ?? '').trim()));
  } finally {
    rmSync(mine, { force: true });
  }
}
