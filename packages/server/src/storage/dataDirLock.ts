/**
 * PGlite is one process's database: a second process opening the same data directory (a second server, or
 * `pnpm agent add` while the server runs) works on its own copy and can corrupt the files. The first process takes
 * `<dataDir>.pid`; a later one is refused while that process lives. A lock left by a killed process is taken over.
 */
import { linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The database in ${dataDir} is in use by process ${pid} (a running Baton?). Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes.`);
  }
}

function alive(pid: number): boolean {
  // Our own pid in the file is a lock left before a restart that reused it (containers start at the same pid).
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
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
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(mine, file);
        return () => rmSync(file, { force: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const pid = Number(readFileSync(file, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new DataDirInUse(dataDir, pid);
        // Stale: its process is gone. Remove it only if it is still that file (another process may have won meanwhile).
        const before = statSync(file, { throwIfNoEntry: false });
        if (before && Number(readFileSync(file, 'utf8').trim()) === pid) rmSync(file, { force: true });
      }
    }
    throw new DataDirInUse(dataDir, Number(readFileSync(file, 'utf8').trim()));
  } finally {
    rmSync(mine, { force: true });
  }
}
