/**
 * `pnpm bench delivery`: N visitor and M agent Socket.IO clients (this process) against server processes:
 * one node on PGlite, one on PostgreSQL, two on PostgreSQL + Redis, and a bare Socket.IO relay baseline.
 * Prints delivery latency (visitor send → agent receives) p50/p95/p99, throughput, and RSS and JS heap in use per
 * idle visitor (memory.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { io as connect, type Socket } from 'socket.io-client';
import { batonProcess, type BatonProcess } from '../batonProcess.js';
import { createDatabase, freePort } from '../localResources.js';
import { memoryArgs, memoryEnv, robustSlope, settledMemory } from './memory.js';

const { values } = parseArgs({
  options: {
    visitors: { type: 'string', default: '1000' },
    agents: { type: 'string', default: '10' },
    rate: { type: 'string', default: '100' },
    seconds: { type: 'string', default: '20' },
    /** Idle seconds after each step of connections before memory is read. */
    settle: { type: 'string', default: '5' },
    /** Memory is read on a ladder of idle visitors up to this many (in `steps` steps); traffic then uses `visitors`. */
    'memory-visitors': { type: 'string', default: '4000' },
    steps: { type: 'string', default: '8' },
    configs: { type: 'string', default: 'bare,pglite,postgres,cluster' },
  },
});
const N = Number(values.visitors);
const M = Number(values.agents);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const SETTLE_MS = Number(values.settle) * 1000;
const STEPS = Number(values.steps);
const MEM_N = Math.max(N, Number(values['memory-visitors']));
const DATABASE_URL = process.env.DATABASE_URL;
const REDIS_URL = process.env.REDIS_URL;
process.env.BATON_NODE_ARGS = [process.env.BATON_NODE_ARGS ?? '', ...memoryArgs].join(' ').trim();
Object.assign(process.env, memoryEnv);

const QUESTIONS = [
  'How long does a refund take?',
  'Which payment methods do you accept?',
  'Where is my parcel?',
  'Can I change the delivery address of my order?',
  'How do I return an item?',
  'Do you ship to Canada?',
  'How do I reset my password?',
  'Can I use two gift cards on one order?',
  'How should I wash a wool blanket?',
  'What does the warranty cover?',
  'When is your support team available?',
  'How do I delete my account data?',
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);

interface Target {
  name: string;
  visitorUrl: string;
  agentUrl: string;
  pids: () => number[];
  baton: boolean;
  stop(): Promise<void>;
}

async function startBare(): Promise<Target> {
  const port = await freePort();
  const proc: ChildProcess = spawn(process.execPath, [...memoryArgs, '--import', 'tsx', 'src/cli/bench/bareRelay.ts'], {
    cwd: path.resolve(import.meta.dirname, '../../..'),
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) break;
    await sleep(100);
  }
  return { name: 'bare Socket.IO relay', visitorUrl: url, agentUrl: url, pids: () => [proc.pid!], baton: false, stop: async () => void proc.kill('SIGKILL') };
}

async function startBaton(name: string, nodes: number, env: Record<string, string>): Promise<Target> {
  const procs: BatonProcess[] = [];
  for (let i = 0; i < nodes; i++) {
    const port = await freePort();
    procs.push(batonProcess({ port, demoPort: 0, env: { LOG_LEVEL: 'error', BATON_PUBLIC_URL: `http://localhost:${port}`, ...env } }));
  }
  await Promise.all(procs.map((p) => p.start()));
  return {
    name,
    visitorUrl: procs[0]!.url,
    agentUrl: procs[procs.length - 1]!.url,
    pids: () => procs.map((p) => p.pid()!).filter(Boolean),
    baton: true,
    stop: async () => void (await Promise.all(procs.map((p) => p.stop()))),
  };
}

async function visitorToken(url: string, i: number): Promise<string> {
  const res = await fetch(`${url}/api/visitor/session`, {
    method: 'POST',
    // Each simulated visitor comes from its own address (Baton trusts X-Forwarded-For from loopback proxies).
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
    body: JSON.stringify({ siteKey: 'demo', hostOrigin: 'http://localhost:3001' }),
  });
  return ((await res.json()) as { visitorToken: string }).visitorToken;
}

async function agentCookie(url: string): Promise<string> {
  const res = await fetch(`${url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@demo.baton.dev', password: 'baton-demo-agent' }) });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const opts = { transports: ['websocket'], forceNew: true, reconnection: false };
const ready = (s: Socket) => new Promise<void>((resolve, reject) => (s.connected ? resolve() : (s.once('connect', () => resolve()), s.once('connect_error', reject))));

async function run(t: Target) {
  const cookie = t.baton ? await agentCookie(t.agentUrl) : '';
  const agents = Array.from({ length: M }, () => connect(`${t.agentUrl}/agent`, { ...opts, extraHeaders: { cookie } }));
  await Promise.all(agents.map(ready));
  const visitors: Socket[] = [];
  const connectUpTo = async (n: number) => {
    for (let i = visitors.length; i < n; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, n - i) }, async (_, j) => {
          const auth = t.baton ? { visitorToken: await visitorToken(t.visitorUrl, i + j) } : {};
          const s = connect(`${t.visitorUrl}/visitor`, { ...opts, auth });
          await ready(s);
          return s;
        }),
      );
      visitors.push(...batch);
    }
    const m = await settledMemory(t.pids(), SETTLE_MS);
    console.error(`  ${t.name}: ${n} idle visitors, RSS ${(m.rssKb / 1024).toFixed(1)} MB, heap used ${(m.heapUsedKb / 1024).toFixed(1)} MB`);
    return { n, ...m };
  };
  // Per idle visitor = the slope over MEM_N/STEPS … MEM_N connected visitors, so that one-off growth (pools, JIT
  // code, the young generation sizing up) is not charged to each connection.
  const steps = [];
  for (let q = 1; q <= STEPS; q++) steps.push(await connectUpTo(Math.floor((MEM_N * q) / STEPS)));
  // Traffic runs with N visitors connected.
  for (const s of visitors.splice(N)) s.close();
  await sleep(2000);
  // Visitors are mid-conversation (each has said hello and been answered) before the clock starts.
  for (let i = 0; i < visitors.length; i += 50) {
    await Promise.all(visitors.slice(i, i + 50).map((s, j) => new Promise((r) => s.emit('message:send', { clientMsgId: `hello${i + j}`, body: 'Hello!' }, r))));
  }
  await sleep(2000);

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let firstSend = 0;
  let lastDelivery = 0;
  agents[0]!.on('message:created', (e: { message: { clientMsgId: string | null } }) => {
    const t0 = e.message.clientMsgId ? sentAt.get(e.message.clientMsgId) : undefined;
    if (t0 === undefined) return;
    sentAt.delete(e.message.clientMsgId!);
    lastDelivery = performance.now();
    latencies.push(lastDelivery - t0);
  });
  let failed = 0;
  const total = RATE * SECONDS;
  firstSend = performance.now();
  for (let k = 0; k < total; k++) {
    const due = firstSend + (k * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const clientMsgId = `bench${k.toString(36).padStart(6, '0')}`;
    sentAt.set(clientMsgId, performance.now());
    // Different questions, none repeated by one visitor: chat traffic the bot answers, not an escalation storm.
    const body = QUESTIONS[((k % visitors.length) + Math.floor(k / visitors.length)) % QUESTIONS.length]!;
    visitors[k % visitors.length]!.emit('message:send', { clientMsgId, body }, (a: { ok: boolean }) => {
      if (!a.ok) failed++;
    });
  }
  const end = Date.now() + 10_000;
  while (sentAt.size && Date.now() < end) await sleep(100);
  const result = {
    config: t.name,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    delivered: latencies.length,
    lost: sentAt.size,
    failed,
    throughput: latencies.length / ((lastDelivery - firstSend) / 1000),
    rssPerVisitorKb: robustSlope(steps.map((x) => [x.n, x.rssKb] as const)),
    heapPerVisitorKb: robustSlope(steps.map((x) => [x.n, x.heapUsedKb] as const)),
  };
  for (const s of [...visitors, ...agents]) s.close();
  return result;
}

const results = [];
for (const c of values.configs!.split(',')) {
  let t: Target | null = null;
  if (c === 'bare') t = await startBare();
  if (c === 'pglite') t = await startBaton('1 node, PGlite', 1, { DATABASE_URL: '', REDIS_URL: '' });
  if ((c === 'postgres' || c === 'cluster') && !DATABASE_URL) {
    console.error(`skipping ${c}: DATABASE_URL is not set`);
    continue;
  }
  if (c === 'postgres') t = await startBaton('1 node, PostgreSQL', 1, { DATABASE_URL: await createDatabase(DATABASE_URL!, 'baton_bench'), REDIS_URL: '' });
  if (c === 'cluster') {
    if (!REDIS_URL) {
      console.error('skipping cluster: REDIS_URL is not set');
      continue;
    }
    t = await startBaton('2 nodes, PostgreSQL + Redis', 2, { DATABASE_URL: await createDatabase(DATABASE_URL!, 'baton_bench'), REDIS_URL, BATON_REDIS_PREFIX: `bench${Date.now().toString(36)}` });
  }
  if (!t) continue;
  console.error(`running ${t.name}: ${N} visitors, ${M} agents, ${RATE} msg/s for ${SECONDS}s…`);
  try {
    results.push(await run(t));
  } finally {
    await t.stop();
  }
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const bare = results.find((r) => r.config.startsWith('bare'));
const ratio = (x: number, b: number | undefined) => (b ? f(x / b, 2) : '–');
console.log(`\n${N} visitors, ${M} agents, ${RATE} msg/s for ${SECONDS}s (latency = visitor send → agent receives, ms); memory per idle visitor (KB, slope over ${MEM_N / STEPS}…${MEM_N} idle visitors after full GCs)\n`);
console.log('| setup | p50 | p95 | p99 | p99 × bare | msg/s | lost | RSS/idle visitor | RSS × bare | heap/idle visitor | heap × bare |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.config} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${ratio(r.p99, bare?.p99)} | ${f(r.throughput)} | ${r.lost} | ${f(r.rssPerVisitorKb)} | ${ratio(r.rssPerVisitorKb, bare?.rssPerVisitorKb)} | ${f(r.heapPerVisitorKb)} | ${ratio(r.heapPerVisitorKb, bare?.heapPerVisitorKb)} |`,
  );
}
process.exit(0);
