import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './dataDirLock.js';

describe('PGlite data directory lock', () => {
  it('refuses a second holder while the first lives, and frees on release', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'baton-lock-')), 'pglite');
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.pid`, 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUse);
    expect(() => lockDataDir(dir)).toThrow(/in use by process \d+ .*Stop it first, or use PostgreSQL/);
    release();
    expect(existsSync(`${dir}.pid`)).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left by a process that is gone (kill -9)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'baton-lock-')), 'pglite');
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    writeFileSync(`${dir}.pid`, String(pid));
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.pid`, 'utf8')).toBe(String(process.pid));
    release();
  });
});
