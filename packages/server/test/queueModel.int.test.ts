import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationDetail, SupervisorSnapshot } from '@baton/protocol';
import { call, connectAgent, ok, queueCustomer, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { agents, controlEvents, conversations, sites, visitors } from '../src/storage/schema.js';
import { logNormalMean } from '../src/domain/waitTime/queueModel.js';

/**
 * The live estimator learns from the site's stored conversations: handle times, waits and arrivals are read from
 * the control events when the server first estimates for the site, and every later state change is added.
 */
let server: TestServer;
let agent: AgentClient;
const open: VisitorClient[] = [];
let siteId = '';

/** A finished conversation in the past: queued at `t`, served after 20 s, handled `handle` seconds, closed. */
function pastConversation(id: string, visitorId: string, skill: string, t: number, handle: number) {
  const steps: [string, string, number][] = [
    ['bot', 'queued', t],
    ['queued', 'human', t + 20_000],
    ['human', 'closed', t + 20_000 + handle * 1000],
  ];
  return {
    conversation: { id, siteId, visitorId, state: 'closed' as const, version: 3, skill, priority: 0, queuedAt: new Date(t) },
    events: steps.map(([fromState, toState, at], i) => ({ id: `${id}-ev${i}`, conversationId: id, version: i + 1, kind: 'test', fromState, toState, actorType: 'system', createdAt: new Date(at) })),
  };
}

beforeAll(async () => {
  server = await startServer();
  const { db } = server.baton.database;
  siteId = (await db.select().from(sites).where(eq(sites.key, 'demo')))[0]!.id;
  await db.insert(visitors).values({ id: 'v-history', siteId });
  // Yesterday's billing chats took ~25 minutes each (log-normal spread), far from the 5-minute default.
  const start = Date.now() - 26 * 3600_000;
  const past = Array.from({ length: 40 }, (_, i) => pastConversation(`hist-${i}`, 'v-history', 'billing', start + i * 600_000, 1500 * Math.exp(0.5 * Math.sin(i * 1.7))));
  // one statement each: history appears at once (as it would have been written over the day)
  await db.insert(conversations).values(past.map((p) => p.conversation));
  await db.insert(controlEvents).values(past.flatMap((p) => p.events));
});
afterAll(async () => {
  for (const v of open) v.close();
  agent?.close();
  await server?.close();
});

const queued = (text: string) => queueCustomer(server, text, open);

describe('queue model from stored outcomes', () => {
  it('reads handle times and waits of past conversations from the database', async () => {
    const model = await server.baton.services.queue.modelFor(siteId);
    const billing = model.handle.distribution(['billing']);
    expect(billing.n).toBe(40);
    expect(logNormalMean(billing)).toBeGreaterThan(1200);
    expect(logNormalMean(billing)).toBeLessThan(2200);
    // nobody left the queue: no abandonment curve yet
    expect(model.patience.survival()).toBeUndefined();
  });

  it('tells a customer waiting behind busy agents a wait based on the learned handle times', async () => {
    const { db } = server.baton.database;
    agent = await connectAgent(server.url);
    await ok(call(agent, 'presence:set', { presence: 'online' }));
    const me = (await db.select().from(agents).where(eq(agents.siteId, siteId)))[0]!;
    // The agent holds three billing chats (full), started at unknown times.
    for (let i = 0; i < me.capacity; i++) {
      await db.insert(conversations).values({ id: `busy-${i}`, siteId, visitorId: 'v-history', state: 'human', version: 1, skill: 'billing', agentId: me.id });
    }
    const c = await queued('I was charged twice for my order, please refund');
    await queued('Another double charge on my card');
    const skill = (await db.select().from(conversations).where(eq(conversations.id, c.id)))[0]!.skill!;
    expect(skill).toBe('billing');
    const s = await ok(call<SupervisorSnapshot>(agent, 'supervisor:snapshot', {}));
    const next = s.skills.find((r) => r.skill === 'billing')!.nextEstimateSeconds!;
    // third in line behind three ~25-minute chats: many minutes (the 5-minute default gives a few minutes at most)
    expect(next).toBeGreaterThan(600);
    await db.delete(conversations).where(eq(conversations.agentId, me.id));
  });

  it('adds each new outcome as it happens; an instant accept-and-resolve is not learned as a handle time', async () => {
    const { db } = server.baton.database;
    const model = await server.baton.services.queue.modelFor(siteId);
    const before = model.handle.distribution(['billing']).n;
    const [c] = await db.select().from(conversations).where(eq(conversations.state, 'queued')).limit(1);
    // The dispatch sweep may offer the chat to this agent between reading it and accepting (queued → offered bumps
    // the version): like the console, read again and retry on version_conflict.
    let accepted: { conversation: { version: number } } | undefined;
    for (let attempt = 0; attempt < 3 && !accepted; attempt++) {
      const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: c!.id }));
      const a = await call<{ conversation: { version: number } }>(agent, 'conversation:accept', { conversationId: c!.id, expectedVersion: d.conversation.version });
      if (a.ok) accepted = a.data;
      else expect(a.error.code).toBe('version_conflict');
    }
    if (!accepted) throw new Error('could not accept the conversation in three attempts');
    await ok(call(agent, 'conversation:resolve', { conversationId: c!.id, expectedVersion: accepted.conversation.version }));
    await server.baton.services.idle();
    const after = await server.baton.services.queue.modelFor(siteId);
    expect(after).toBe(model);
    // Resolved within a second of accepting: not a handled chat (MIN_HANDLE_SECONDS), so the fit is untouched.
    expect(after.handle.distribution([c!.skill!]).n).toBe(before);
  });
  it('knows how long each held chat has already run: nearly finished chats free their slots sooner', async () => {
    const { db } = server.baton.database;
    const me = (await db.select().from(agents).where(eq(agents.siteId, siteId)))[0]!;
    // The agent is full with three billing chats that reached them a minute ago.
    for (let i = 0; i < me.capacity; i++) {
      await db.insert(conversations).values({ id: `held-${i}`, siteId, visitorId: 'v-history', state: 'human', version: 1, skill: 'billing', agentId: me.id });
      await db.insert(controlEvents).values({ id: `held-${i}-ev`, conversationId: `held-${i}`, version: 1, kind: 'test', fromState: 'queued', toState: 'human', actorType: 'system', createdAt: new Date(Date.now() - 60_000) });
    }
    await queued('Charged twice again, I need this refunded');
    const nextEstimate = async () => (await ok(call<SupervisorSnapshot>(agent, 'supervisor:snapshot', {}))).skills.find((r) => r.skill === 'billing')!.nextEstimateSeconds!;
    const fresh = await nextEstimate();
    // Same chats, but they started 40 minutes ago: ~25-minute chats that are overdue, slots free up soon.
    await db.update(controlEvents).set({ createdAt: new Date(Date.now() - 40 * 60_000) }).where(eq(controlEvents.kind, 'test'));
    const nearlyDone = await nextEstimate();
    expect(fresh).toBeGreaterThan(nearlyDone * 1.2);
  });
});
