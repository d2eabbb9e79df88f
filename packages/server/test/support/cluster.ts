/** Several real Baton processes on one fresh PostgreSQL database and a Redis, for multi-node tests. */
import { io as connect, type Socket } from 'socket.io-client';
import { batonProcess, type BatonProcess } from '../../src/cli/batonProcess.js';
import { freePort } from '../../src/cli/localResources.js';
import { openDatabase } from '../../src/storage/database.js';
import { SiteRegistry } from '../../src/services/siteRegistry.js';
import { upsertAgent } from '../../src/services/agentAuth.js';
import { SITES_DIR, type AgentClient, type VisitorClient } from '../harness.js';

export { createDatabase, freePort } from '../../src/cli/localResources.js';

/** Migrates the database and creates `count` agents of the demo site (agent0@…, capacity as given). */
export async function seedAgents(databaseUrl: string, count: number, capacity: number): Promise<{ email: string; password: string }[]> {
  const db = await openDatabase({ databaseUrl, dataDir: 'unused' });
  const sites = await SiteRegistry.load(db.db, SITES_DIR);
  const site = sites.getByKey('demo')!;
  const skills = [...site.content.config.skills.map((s) => ({ skill: s.id, proficiency: 1 })), { skill: 'en', proficiency: 1 }, { skill: 'es', proficiency: 1 }];
  const out = [];
  for (let i = 0; i < count; i++) {
    const a = { email: `agent${i}@cluster.test`, password: `password-${i}-long` };
    await upsertAgent(db.db, { siteId: site.id, email: a.email, name: `Agent ${i}`, password: a.password, skills, capacity });
    out.push(a);
  }
  await db.close();
  return out;
}

export interface Cluster {
  nodes: BatonProcess[];
  databaseUrl: string;
  stop(): Promise<void>;
}

export async function startCluster(n: number, env: { DATABASE_URL: string; REDIS_URL: string; [k: string]: string }): Promise<Cluster> {
  const prefix = `baton-t-${Math.random().toString(36).slice(2, 8)}`;
  const nodes: BatonProcess[] = [];
  for (let i = 0; i < n; i++) {
    const port = await freePort();
    nodes.push(
      batonProcess({
        port,
        demoPort: 0,
        env: { BATON_REDIS_PREFIX: prefix, BATON_TIMER_POLL_MS: '200', BATON_DISPATCH_SWEEP_MS: '1000', BATON_PUBLIC_URL: `http://localhost:${port}`, ...env },
      }),
    );
  }
  // Started together: migrations take turns under the advisory lock.
  await Promise.all(nodes.map((node) => node.start()));
  return { nodes, databaseUrl: env.DATABASE_URL, stop: async () => void (await Promise.all(nodes.map((node) => node.stop()))) };
}

export async function login(url: string, creds: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(creds) });
  if (res.status !== 200) throw new Error(`login failed ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

export async function token(url: string): Promise<string> {
  const res = await fetch(`${url}/api/visitor/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ siteKey: 'demo', hostOrigin: 'http://localhost:3001' }) });
  return ((await res.json()) as { visitorToken: string }).visitorToken;
}

export function agentSocket(url: string, cookie: string, reconnect = false): AgentClient {
  return connect(`${url}/agent`, { extraHeaders: { cookie }, transports: ['websocket'], forceNew: true, reconnection: reconnect, reconnectionDelay: 100, reconnectionDelayMax: 500 }) as AgentClient;
}

export function visitorSocket(url: string, visitorToken: string, reconnect = false): VisitorClient {
  return connect(`${url}/visitor`, { auth: { visitorToken }, transports: ['websocket'], forceNew: true, reconnection: reconnect, reconnectionDelay: 100, reconnectionDelayMax: 500 }) as VisitorClient;
}

export function connected(s: Socket): Promise<void> {
  if (s.connected) return Promise.resolve();
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve());
    s.once('connect_error', reject);
  });
}

export async function until(pred: () => Promise<boolean> | boolean, ms = 15_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
