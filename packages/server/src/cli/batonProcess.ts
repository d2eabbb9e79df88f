/** Runs the real Baton server (packages/server/src/main.ts) as a child process, so a test can crash and restart it. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BatonProcess {
  url: string;
  demoUrl: string;
  dataDir: string;
  output: () => string;
  pid: () => number | null;
  /** SIGKILL: a crash, no graceful shutdown. */
  crash(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

async function waitHealthy(url: string, proc: ChildProcess, out: () => string): Promise<void> {
  // Generous: on a loaded 2-core machine tsx's first compile of the server alone has taken over 30 s.
  const deadline = Date.now() + 75_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`Baton exited early (${proc.exitCode}):\n${out()}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Baton did not become healthy:\n${out()}`);
}

export function batonProcess(opts: { port: number; demoPort: number; env?: Record<string, string> }): BatonProcess {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'baton-node-'));
  const url = `http://localhost:${opts.port}`;
  let proc: ChildProcess | null = null;
  let log = '';
  const self: BatonProcess = {
    url,
    demoUrl: `http://localhost:${opts.demoPort}/`,
    dataDir,
    output: () => log,
    pid: () => proc?.pid ?? null,
    async start() {
      log = '';
      // BATON_NODE_ARGS: extra node flags for the server processes, e.g. --cpu-prof when profiling a bench.
      const nodeArgs = (process.env.BATON_NODE_ARGS ?? '').split(' ').filter(Boolean);
      proc = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: {
          ...process.env,
          PORT: String(opts.port),
          HOST: '127.0.0.1',
          BATON_DEMO_PORT: String(opts.demoPort),
          BATON_PUBLIC_URL: url,
          BATON_DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          DATABASE_URL: '',
          REDIS_URL: '',
          ...opts.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      proc.stdout!.on('data', (d) => (log += d));
      proc.stderr!.on('data', (d) => (log += d));
      await waitHealthy(url, proc, () => log);
    },
    async crash() {
      if (!proc) return;
      const p = proc;
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGKILL');
      await exited;
      proc = null;
    },
    async stop() {
      if (!proc) return;
      const p = proc;
      const exited = new Promise((r) => p.once('exit', r));
      p.kill('SIGTERM');
      // A profiled process needs time to write its profile.
      await Promise.race([exited, new Promise((r) => setTimeout(r, process.env.BATON_NODE_ARGS ? 60_000 : 5000))]);
      if (p.exitCode === null) p.kill('SIGKILL');
      proc = null;
    },
  };
  return self;
}
