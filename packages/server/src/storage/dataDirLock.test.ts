import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './dataDirLock.js';

const dataDir = () => join(mkdtempSync(join(tmpdir(), 'baton-lock-')), 'pglite');

describe('PGlite data directory lock', () => {
  it('refuses while another live process holds it, takes it once that process is gone', async () => {
    const dir = dataDir();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    writeFileSync(`${dir}.pid`, String(holder.pid));
    expect(() => lockDataDir(dir)).toThrow(DataDirInUse);
    expect(() => lockDataDir(dir)).toThrow(/in use by process \d+ .*Stop it first, or use PostgreSQL/);
    expect(readFileSync(`${dir}.pid`, 'utf8')).toBe(String(holder.pid)); // refused: left as it was
    holder.kill('SIGKILL');
    await new Promise((r) => holder.on('exit', r));
    const release = lockDataDir(dir); // kill -9 left the file; its process is gone
    expect(readFileSync(`${dir}.pid`, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.pid`)).toBe(false);
  });

  it('refuses a second lock on the same directory in this process, and takes over an unreadable lock file', () => {
    const dir = dataDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirInUse);
    release();
    writeFileSync(`${dir}.pid`, 'garbage');
    lockDataDir(dir)();
  });

  it('a lock naming our own pid is from before a restart that reused it: taken over', () => {
    const dir = dataDir();
    writeFileSync(`${dir}.pid`, String(process.pid));
    lockDataDir(dir)();
    expect(existsSync(`${dir}.pid`)).toBe(false);
  });

  it('never leaves its temporary file behind', () => {
    const dir = dataDir();
    const release = lockDataDir(dir);
    expect(existsSync(`${dir}.pid.${process.pid}`)).toBe(false);
    release();
  });
});
