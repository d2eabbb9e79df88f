import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import type { ConversationDetail, SupervisorSnapshot, VisitorConversationView } from '@baton/protocol';
import { call, connectAgent, next, ok, queueCustomer, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { conversations, waitEstimates } from '../src/storage/schema.js';

let server: TestServer;
let supervisor: AgentClient;
const visitors: VisitorClient[] = [];

beforeAll(async () => {
  server = await startServer();
  supervisor = await connectAgent(server.url);
  // Away: nobody takes the chats while the situation is set up.
  await ok(call(supervisor, 'presence:set', { presence: 'away' }));
});
afterAll(async () => {
  for (const v of visitors) v.close();
  supervisor?.close();
  await server?.close();
});

const queued = (text: string) => queueCustomer(server, text, visitors);

describe('supervisor view', () => {
  let first: VisitorConversationView;
  let skill = '';

  it('counts waiting customers, the longest wait and staffing per skill', async () => {
    first = await queued('I was charged twice for my order');
    await queued('I was charged twice, my card statement shows it');
    const { db } = server.baton.database;
    skill = (await db.select().from(conversations).where(eq(conversations.id, first.id)))[0]!.skill!;
    // The first customer has waited two minutes.
    await db.update(conversations).set({ queuedAt: sql`now() - interval '120 seconds'` }).where(eq(conversations.id, first.id));

    const s = await ok(call<SupervisorSnapshot>(supervisor, 'supervisor:snapshot', {}));
    expect(s.skills.map((r) => r.skill)).toEqual(['orders', 'billing', 'technical', 'sales']);
    const row = s.skills.find((r) => r.skill === skill)!;
    const waitingHere = (await db.select().from(conversations).where(eq(conversations.skill, skill))).length;
    expect(row.waiting).toBe(waitingHere);
    expect(row.longestWaitSeconds).toBeGreaterThanOrEqual(120);
    expect(row.longestWaitSeconds).toBeLessThan(150);
    for (const r of s.skills) {
      expect(r).toMatchObject({ agentsOnline: 0, agentsBusy: 0, agentsAway: 1, nextEstimateSeconds: null });
      expect(r.accuracy).toEqual({ samples: 0, withinShare: null, maeSeconds: null, abandoned: 0 });
    }
    expect(s.skills.reduce((n, r) => n + r.waiting, 0)).toBe(2);
    // Per agent too: the supervisor (away, holding nothing) with capacity and teams.
    expect(s.agents).toEqual([expect.objectContaining({ name: 'Alex Rivera', presence: 'away', load: 0, capacity: expect.any(Number), onShift: true })]);
    expect(s.agents![0]!.teams.length).toBeGreaterThan(0);
  });

  it('pushes a fresh snapshot when the queue changes; the estimate given is recorded', async () => {
    const pushed = next<SupervisorSnapshot>(supervisor, 'supervisor:updated', (s) => s.skills.some((r) => r.agentsOnline + r.agentsBusy > 0));
    await ok(call(supervisor, 'presence:set', { presence: 'online' }));
    const s = await pushed;
    const row = s.skills.find((r) => r.skill === skill)!;
    expect(row.agentsAway).toBe(0);
    expect(row.agentsOnline + row.agentsBusy).toBe(1);
    expect(row.nextEstimateSeconds).not.toBeNull();
    await server.baton.services.idle();
    const recorded = await server.baton.database.db.select().from(waitEstimates).where(eq(waitEstimates.conversationId, first.id));
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ skill, actualSeconds: null, outcome: null });
  });

  it('fills the actual wait after accept and reports accuracy', async () => {
    const d = await ok(call<ConversationDetail>(supervisor, 'conversation:get', { conversationId: first.id }));
    await ok(call(supervisor, 'conversation:accept', { conversationId: first.id, expectedVersion: d.conversation.version }));
    await server.baton.services.idle();
    const s = await ok(call<SupervisorSnapshot>(supervisor, 'supervisor:snapshot', {}));
    const [row] = await server.baton.database.db.select().from(waitEstimates).where(eq(waitEstimates.conversationId, first.id));
    expect(row!.outcome).toBe('assigned');
    expect(row!.actualSeconds).toBeGreaterThanOrEqual(0);
    expect(row!.actualSeconds).toBeLessThan(30);
    const acc = s.skills.find((r) => r.skill === skill)!.accuracy;
    expect(acc.samples).toBe(1);
    expect(acc.maeSeconds).toBe(Math.abs(row!.estimatedSeconds - row!.actualSeconds!));
    expect(acc.withinShare).toBe(Math.abs(row!.estimatedSeconds - row!.actualSeconds!) <= 60 ? 1 : 0);
  });

  it("counts the day's outcomes: chats started, handed off by reason, taken, resolved, left, waits and ratings", async () => {
    const before = (await server.baton.services.supervisor.snapshot('site_demo', { freshOutcomes: true })).outcomes!;
    const d = await ok(call<ConversationDetail>(supervisor, 'conversation:get', { conversationId: first.id }));
    await ok(call(supervisor, 'conversation:resolve', { conversationId: first.id, expectedVersion: d.conversation.version }));
    await server.baton.services.idle();
    await ok(call(visitors[0]!, 'csat:submit', { rating: 5 }));
    const o = (await server.baton.services.supervisor.snapshot('site_demo', { freshOutcomes: true })).outcomes!;
    expect(o.windowHours).toBe(24);
    // Every chat here was queued for people: none counts as handled by the bot alone.
    expect(o.started).toBeGreaterThanOrEqual(1);
    expect(o.botOnly).toBe(0);
    expect(o.handedOff).toBeGreaterThanOrEqual(1);
    expect(Object.values(o.reasons).reduce((a, b) => a + b, 0)).toBe(o.handedOff);
    expect(o.taken).toBe(1);
    expect(o.resolved).toBe(before.resolved + 1);
    expect(o.medianWaitSeconds).not.toBeNull();
    expect(o).toMatchObject({ ratings: 1, averageRating: 5, satisfiedShare: 1 });
    // The socket answer carries them too.
    const s = await ok(call<SupervisorSnapshot>(supervisor, 'supervisor:snapshot', {}));
    expect(s.outcomes?.windowHours).toBe(24);
  });
});
