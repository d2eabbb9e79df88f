/**
 * PGlite is one process's database: a second process opening the same data directory (a second server, or
 * `pnpm agent add` while the server runs) works on its own copy and can corrupt the files. The first process takes
 * `<dataDir>.pid`; a later one is refused while that process lives. A lock left by a killed process is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The database in ${dataDir} is in use by process ${pid} (a running Baton?). Stop it first, or use PostgreSQL (DATABASE_URL) to run several processes.`);
  }
}

function alive(pid: number): boolean {
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
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new DataDirInUse(dataDir, pid);
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  throw new DataDirInUse(dataDir, Number(readFileSync(file, 'utf8').trim()));
}
