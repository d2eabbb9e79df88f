/**
 * Several server processes on PostgreSQL + Redis (issue #3): cross-node loop, node crashes, dispatcher takeover,
 * a burst of escalations, a Redis restart, a dropped PostgreSQL connection, login limits shared by the nodes and an
 * agent whose node died and who never came back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { ConversationDetail, ConversationSummary, MessageView, VisitorSyncResult } from '@baton/protocol';
import { call, cid, next, ok } from './harness.js';
import { agentSocket, connected, createDatabase, freePort, login, seedAgents, startCluster, token, until, visitorSocket, type Cluster } from './support/cluster.js';
import { LiveTranscript, ReliableSender } from './support/reliableClient.js';
import { tcpProxy } from './support/tcpProxy.js';
import { TEST_DB_PREFIX } from './testDatabases.js';

const BASE_DB = process.env.DATABASE_URL!;
const REDIS = process.env.REDIS_URL!;
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
});

async function cluster(n: number, agents: number, capacity: number, env: Record<string, string> = {}) {
  const databaseUrl = await createDatabase(BASE_DB, TEST_DB_PREFIX.multinode);
  const creds = await seedAgents(databaseUrl, agents, capacity);
  const c = await startCluster(n, { DATABASE_URL: databaseUrl, REDIS_URL: REDIS, ...env });
  cleanups.push(() => c.stop());
  return { c, creds };
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A redis-server of the test's own, which it may kill, restart or pause. */
async function privateRedis() {
  const port = await freePort();
  let proc: ChildProcess | null = null;
  const self = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
      await until(() => new Promise<boolean>((r) => { const x = connect(port, '127.0.0.1'); x.once('connect', () => (x.end(), r(true))); x.once('error', () => r(false)); }), 5000, 'redis to listen');
    },
    kill: () => proc?.kill('SIGKILL'),
    /** One command on a fresh connection (RESP inline), its raw reply. */
    command: (line: string) =>
      new Promise<string>((resolve, reject) => {
        const x = connect(port, '127.0.0.1', () => x.write(`${line}\r\n`));
        let out = '';
        x.on('data', (d) => ((out += d.toString('latin1')), setTimeout(() => x.end(), 50)));
        x.on('end', () => resolve(out));
        x.on('error', reject);
      }),
  };
  await self.start();
  cleanups.push(async () => self.kill());
  return self;
}

/** A customer on one node asks for a person; the agent, on another, gets the offer. */
async function offeredAcrossNodes(visitorUrl: string, agentUrl: string, cred: { email: string; password: string }) {
  const agent = agentSocket(agentUrl, await login(agentUrl, cred));
  const visitor = visitorSocket(visitorUrl, await token(visitorUrl));
  await Promise.all([connected(agent), connected(visitor)]);
  cleanups.push(async () => (agent.close(), visitor.close()));
  const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
  await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'I want to talk to a human please' }));
  return { agent, visitor, conversation: (await offered).conversation };
}

/** Agent loads and double offers, straight from the database. */
async function routingInvariants(c: Cluster) {
  const loads = await query<{ agent: string; n: string; capacity: number }>(
    c.databaseUrl,
    `select a.id as agent, a.capacity, count(cv.id) as n from agents a left join conversations cv
       on (cv.state = 'human' and cv.agent_id = a.id) or (cv.state = 'offered' and cv.offered_to = a.id)
     group by a.id, a.capacity`,
  );
  // An 'offered' event while the conversation was already offered would mean two agents at once.
  const doubles = await query(c.databaseUrl, `select conversation_id from control_events where kind = 'offered' and from_state <> 'queued'`);
  return { overCapacity: loads.filter((l) => Number(l.n) > l.capacity), doubles };
}

describe('several nodes on PostgreSQL + Redis', () => {
  it('(a) customer on node A, agent on node B: the full loop', async () => {
    const { c, creds } = await cluster(2, 1, 3);
    const [A, B] = c.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const { agent, visitor, conversation } = await offeredAcrossNodes(A.url, B.url, creds[0]!);
    const joined = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'joined');
    await ok(call(agent, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));
    await joined;
    const typing = next(visitor, 'typing:updated');
    agent.emit('typing:set', { conversationId: conversation.id, typing: true });
    await typing;
    const fromAgent = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'agent');
    await ok(call(agent, 'message:send', { conversationId: conversation.id, clientMsgId: cid(), body: 'Hello from node B' }));
    expect((await fromAgent).body).toBe('Hello from node B');
    const fromVisitor = next<{ message: MessageView }>(agent, 'message:created', (e) => e.message.authorType === 'visitor');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'Hello from node A' }));
    expect((await fromVisitor).message.body).toBe('Hello from node A');
    const csat = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'csat_request');
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: conversation.id }));
    await ok(call(agent, 'conversation:resolve', { conversationId: conversation.id, expectedVersion: d.conversation.version }));
    await csat;
  });

  it('(b) kill -9 the node holding the customer: reconnect elsewhere, resend, every message exactly once and in order', async () => {
    const { c, creds } = await cluster(2, 1, 3);
    const [A, B] = c.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const lb = await tcpProxy([Number(new URL(A.url).port), Number(new URL(B.url).port)]);
    cleanups.push(() => lb.close());
    const lbUrl = `http://127.0.0.1:${lb.port}`;
    const agent = agentSocket(B.url, await login(B.url, creds[0]!));
    const visitor = visitorSocket(lbUrl, await token(lbUrl), true);
    await Promise.all([connected(agent), connected(visitor)]);
    cleanups.push(async () => (agent.close(), visitor.close()));

    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'Can I speak to an agent?' }));
    const { conversation } = await offered;
    await ok(call(agent, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));

    // The agent's view as the console builds it: live events plus its seq gap-fill (the one window live fan-out
    // cannot cover is a node that acks and dies before its Redis publish leaves).
    const seenByAgent = new LiveTranscript().follow(agent, conversation.id);
    const sender = new ReliableSender(visitor, 'message:send');
    const bodies = Array.from({ length: 30 }, (_, i) => `message ${String(i).padStart(2, '0')}`);
    for (const [i, body] of bodies.entries()) {
      sender.send(body);
      if (i === 12) await A.crash();
      await new Promise((r) => setTimeout(r, 20));
    }
    await sender.drain();
    // The client catches up by seq after reconnecting.
    const sync = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    const stored = sync.messages.filter((m) => m.authorType === 'visitor').map((m) => m.body);
    expect(stored.slice(-30)).toEqual(bodies);
    expect(new Set(sync.messages.map((m) => m.clientMsgId).filter(Boolean)).size).toBe(sync.messages.filter((m) => m.clientMsgId).length);
    await until(() => bodies.every((b) => seenByAgent.bodies().includes(b)), 10_000, 'agent to see every message');
    expect(seenByAgent.bodies().filter((b) => b.startsWith('message '))).toEqual(bodies);
    expect(seenByAgent.duplicates).toEqual([]);
  });

  it('(c) kill -9 the dispatching node: another takes over within 10 s, every queued conversation is offered once', async () => {
    const { c, creds } = await cluster(2, 5, 2);
    const [A, B] = c.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const agents = await Promise.all(creds.map(async (cr) => agentSocket(B.url, await login(B.url, cr))));
    await Promise.all(agents.map(connected));
    const visitors = await Promise.all(Array.from({ length: 8 }, async () => visitorSocket(A.url, await token(A.url))));
    await Promise.all(visitors.map(connected));
    cleanups.push(async () => [...agents, ...visitors].forEach((s) => s.close()));
    // All escalate through node A, which dispatches; A dies right after.
    await Promise.all(visitors.map((v) => ok(call(v, 'conversation:escalate', {}))));
    await A.crash();
    const t0 = Date.now();
    await until(async () => {
      const rows = await query<{ n: string }>(c.databaseUrl, `select count(*) as n from conversations where state = 'offered'`);
      return Number(rows[0]!.n) === 8;
    }, 10_000, 'all 8 conversations offered after the crash');
    expect(Date.now() - t0).toBeLessThan(10_000);
    const inv = await routingInvariants(c);
    expect(inv.overCapacity).toEqual([]);
    expect(inv.doubles).toEqual([]);
  });

  it('(d) 50 escalations at once across 2 nodes with 5 agents: no double offer, no capacity overrun', async () => {
    const { c, creds } = await cluster(2, 5, 3);
    const [A, B] = c.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const agents = await Promise.all(creds.map(async (cr, i) => agentSocket(i % 2 ? A.url : B.url, await login(B.url, cr))));
    await Promise.all(agents.map(connected));
    const offeredTo = new Map<string, string[]>();
    agents.forEach((a, i) => a.on('conversation:offered', (o) => offeredTo.set(o.conversation.id, [...(offeredTo.get(o.conversation.id) ?? []), `agent${i}`])));
    const visitors = await Promise.all(Array.from({ length: 50 }, async (_, i) => visitorSocket(i % 2 ? A.url : B.url, await token(i % 2 ? A.url : B.url))));
    await Promise.all(visitors.map(connected));
    cleanups.push(async () => [...agents, ...visitors].forEach((s) => s.close()));

    await Promise.all(visitors.map((v) => ok(call(v, 'message:send', { clientMsgId: cid(), body: 'I need to talk to a real person' }))));
    await until(async () => {
      const rows = await query<{ state: string; n: string }>(c.databaseUrl, `select state, count(*) as n from conversations group by state`);
      const by = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
      return by.offered === 15 && by.queued === 35;
    }, 20_000, '15 offered and 35 queued');
    const inv = await routingInvariants(c);
    expect(inv.overCapacity).toEqual([]);
    expect(inv.doubles).toEqual([]);
    await until(() => offeredTo.size === 15, 5000, 'every offer to reach an agent');
    expect([...offeredTo.values()].filter((v) => v.length > 1)).toEqual([]);
    const perAgent = new Map<string, number>();
    for (const [a] of [...offeredTo.values()]) perAgent.set(a!, (perAgent.get(a!) ?? 0) + 1);
    expect(Math.max(...perAgent.values())).toBeLessThanOrEqual(3);
  });

  it('(e) Redis restarted mid-run: nodes recover and no message is lost', async () => {
    const redis = await privateRedis();
    const { c, creds } = await cluster(2, 1, 3, { REDIS_URL: redis.url });
    const [A, B] = c.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const agent = agentSocket(B.url, await login(B.url, creds[0]!), true);
    const visitor = visitorSocket(A.url, await token(A.url), true);
    await Promise.all([connected(agent), connected(visitor)]);
    cleanups.push(async () => (agent.close(), visitor.close()));
    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'agent please' }));
    const { conversation } = await offered;
    await ok(call(agent, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));

    const sender = new ReliableSender(visitor, 'message:send');
    for (let i = 0; i < 5; i++) sender.send(`before ${i}`);
    await sender.drain();
    redis.kill();
    for (let i = 0; i < 5; i++) sender.send(`during ${i}`);
    await sender.drain();
    await new Promise((r) => setTimeout(r, 500));
    await redis.start();
    // Live fan-out resumes across nodes…
    await until(async () => {
      const got = next<{ message: MessageView }>(agent, 'message:created', (e) => e.message.body.startsWith('after'), 1500).then(() => true, () => false);
      sender.send(`after ${Date.now()}`);
      return got;
    }, 20_000, 'cross-node delivery after Redis is back');
    // …and the agent's catch-up by seq (what a client does on a gap) has every message exactly once, in order.
    const { messages } = await ok(call<{ messages: MessageView[] }>(agent, 'messages:sync', { conversationId: conversation.id, afterSeq: 0 }));
    const bodies = messages.map((m) => m.body);
    for (const b of [...Array(5).keys()].flatMap((i) => [`before ${i}`, `during ${i}`])) expect(bodies.filter((x) => x === b)).toHaveLength(1);
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
    expect(A.output()).not.toMatch(/uncaught|unhandled/i);
    expect(B.output()).not.toMatch(/uncaught|unhandled/i);
  });

  it('(g) an ack leaves only once its message is in the Redis stream (a node that acks and dies cannot lose the fan-out)', async () => {
    const redis = await privateRedis();
    const { c } = await cluster(1, 1, 3, { REDIS_URL: redis.url, BATON_REDIS_PREFIX: 'g' });
    const A = c.nodes[0]!;
    const visitor = visitorSocket(A.url, await token(A.url));
    await connected(visitor);
    cleanups.push(async () => visitor.close());
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'hello' }));
    // Writes to Redis stall for 1.5 s; reads still answer. The ack must wait for the stream write.
    expect(await redis.command('CLIENT PAUSE 1500 WRITE')).toContain('+OK');
    const t0 = Date.now();
    const ack = await ok(call<{ message: MessageView }>(visitor, 'message:send', { clientMsgId: cid(), body: 'must be in the stream before its ack' }));
    const stream = await redis.command('XRANGE g:socket.io - +');
    expect(Date.now() - t0).toBeGreaterThan(1000);
    expect(stream).toContain(ack.message.id);
  });

  it('(h) login limits hold across nodes: attempts spread over two nodes share one allowance', async () => {
    const { c, creds } = await cluster(2, 1, 1);
    const [A, B] = c.nodes as [typeof c.nodes[0], typeof c.nodes[0]];
    const attempt = (url: string) =>
      fetch(`${url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: creds[0]!.email, password: 'not-the-password' }) }).then((r) => r.status);
    // Ten a minute from one address (one more every 6 s), whichever node answers. Alternating until refused: the first
    // ten are wrong passwords, then the refusal comes once the shared allowance (and what refilled meanwhile: a loaded
    // machine took over 6 s for ten attempts once) is spent, well before either node alone has seen ten.
    const statuses: number[] = [];
    const started = Date.now();
    for (let i = 0; i < 30 && statuses.at(-1) !== 429; i++) statuses.push(await attempt((i % 2 ? B : A).url));
    const refused = statuses.indexOf(429);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(refused).toBeLessThanOrEqual(10 + Math.ceil((Date.now() - started) / 6000));
    // Limits per node would have let through twenty.
    expect(refused).toBeLessThan(20);
    // …and refused on the other node too.
    expect(await attempt((refused % 2 ? A : B).url)).toBe(429);
  });

  it('(i) kill -9 the node holding an agent\'s console, who never comes back: after the grace their chat returns to the queue', async () => {
    const { c, creds } = await cluster(2, 1, 2, { BATON_AGENT_GRACE_SECONDS: '2', BATON_ABANDON_SWEEP_MS: '1000' });
    const [A, B] = c.nodes as [Cluster['nodes'][0], Cluster['nodes'][0]];
    const { agent, conversation } = await offeredAcrossNodes(A.url, B.url, creds[0]!);
    await ok(call(agent, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));
    // B dies with the console; nobody restarts it and the agent does not reconnect anywhere. A never saw the socket close.
    await B.crash();
    await until(async () => {
      const [row] = await query<{ state: string; presence: string }>(c.databaseUrl, `select c.state, a.presence from conversations c join agents a on a.email = $2 where c.id = $1`, [conversation.id, creds[0]!.email]);
      return row?.state === 'queued' && row.presence === 'offline';
    }, 20_000, 'the chat back in the queue and the agent offline');
  });

  it('(f) PostgreSQL connection dropped briefly: retryable errors, nothing acked that was not stored, retries succeed', async () => {
    const pgPort = Number(new URL(BASE_DB).port || 5432);
    const proxy = await tcpProxy([pgPort]);
    cleanups.push(() => proxy.close());
    const databaseUrl = await createDatabase(BASE_DB, TEST_DB_PREFIX.multinode);
    await seedAgents(databaseUrl, 1, 3);
    const viaProxy = new URL(databaseUrl);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    const c = await startCluster(1, { DATABASE_URL: viaProxy.toString(), REDIS_URL: REDIS });
    cleanups.push(() => c.stop());
    const A = c.nodes[0]!;
    const visitor = visitorSocket(A.url, await token(A.url), true);
    await connected(visitor);
    cleanups.push(async () => visitor.close());
    const sender = new ReliableSender(visitor, 'message:send');
    sender.send('first');
    await sender.drain();
    proxy.cut();
    const failed = await call(visitor, 'message:send', { clientMsgId: cid(), body: 'during the outage' });
    expect(failed).toMatchObject({ ok: false, error: { code: 'storage_unavailable', retryable: true } });
    sender.send('retried until stored');
    await new Promise((r) => setTimeout(r, 1500));
    proxy.restore();
    await sender.drain(20_000);
    expect(sender.errors).toContain('storage_unavailable');
    const sync = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    const bodies = sync.messages.filter((m) => m.authorType === 'visitor').map((m) => m.body);
    expect(bodies).toEqual(['first', 'retried until stored']);
    // Every acked message is stored, and the node lived through it.
    for (const m of sender.acked.values()) expect(sync.messages.some((s) => s.id === m.id)).toBe(true);
    expect((await fetch(`${A.url}/api/health`)).status).toBe(200);
  });
});
