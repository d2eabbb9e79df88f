/**
 * One rating per hand-off: a conversation resolved three times keeps three ratings, each credited to the agent who
 * resolved, and the supervisor's outcomes count all of them (QA: 2, 5, then a typed "1" showed as "1 / 5, 0 % 4 or 5").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationDetail, MessageView } from '@baton/protocol';
import { addSam, AGENT, agentCookie, call, cid, connectAgent, connectVisitor, handOffAndResolve, next, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { agents, controlEvents } from '../src/storage/schema.js';
import { listRatings, recordRating } from '../src/storage/ratingStore.js';

let server: TestServer;
let alex: AgentClient;
let sam: AgentClient;
let visitor: VisitorClient & { token: string };
let alexId = '';
let samId = '';
let conversationId = '';

beforeAll(async () => {
  server = await startServer({ BATON_ESCALATIONS_PER_HOUR: '10' });
  samId = (await addSam(server, ['orders', 'billing', 'technical', 'sales'].map((skill) => ({ skill, proficiency: 3 })))).id;
  alexId = (await server.baton.database.db.select().from(agents).where(eq(agents.email, AGENT.email)))[0]!.id;
  alex = await connectAgent(server.url);
  sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
  // Away: nobody is offered the chat, so each test names who takes it (from the queue).
  for (const a of [alex, sam]) await ok(call(a, 'presence:set', { presence: 'away' }));
  visitor = await connectVisitor(server.url);
});
afterAll(async () => {
  visitor?.close();
  alex?.close();
  sam?.close();
  await server?.close();
});

async function handOff(agent: AgentClient): Promise<void> {
  conversationId = await handOffAndResolve(server, visitor, agent);
}

const stored = async () => (await listRatings(server.baton.database.db, conversationId)).map((r) => ({ rating: r.rating, agentId: r.agentId, resolveVersion: r.resolveVersion }));
const resolveVersions = async () =>
  (await server.baton.database.db.select().from(controlEvents).where(eq(controlEvents.conversationId, conversationId)))
    .filter((e) => e.kind === 'resolved')
    .map((e) => e.version)
    .sort((a, b) => a - b);

describe('ratings, one per hand-off', () => {
  it('keeps every hand-off\'s rating with the agent who resolved it: 2 (stars), 5 (stars), "1" typed', async () => {
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'My order has not arrived' }));
    await handOff(alex);
    await ok(call(visitor, 'csat:submit', { rating: 2, comment: 'slow' }));

    await handOff(sam);
    await ok(call(visitor, 'csat:submit', { rating: 5 }));

    await handOff(alex);
    const thanks = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'bot' && m.meta.kind === 'info');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: '1' }));
    await thanks;
    await server.baton.services.idle();

    const [v1, v2, v3] = await resolveVersions();
    expect(await stored()).toEqual([
      { rating: 2, agentId: alexId, resolveVersion: v1 },
      { rating: 5, agentId: samId, resolveVersion: v2 },
      { rating: 1, agentId: alexId, resolveVersion: v3 },
    ]);
    expect((await listRatings(server.baton.database.db, conversationId))[0]!.comment).toBe('slow');
    // The conversation itself shows the current hand-off's rating (the inbox badge, the widget's panel).
    const d = await ok(call<ConversationDetail>(alex, 'conversation:get', { conversationId }));
    expect(d.conversation.csatRating).toBe(1);
  });

  it("the supervisor's outcomes count every rating: average 8/3, one of three a 4 or 5", async () => {
    const o = (await server.baton.services.supervisor.snapshot('site_demo', { freshOutcomes: true })).outcomes!;
    expect(o.resolved).toBe(3);
    expect(o.ratings).toBe(3);
    // 8 / 3 = 2.67, shown to a tenth as the snapshot always rounds it.
    expect(o.averageRating).toBe(Math.round((8 / 3) * 10) / 10);
    expect(o.satisfiedShare).toBeCloseTo(1 / 3, 10);
  });

  it('a rating sent twice for one hand-off (a retry, a second tab) counts once; nothing earlier is replaced', async () => {
    const before = await stored();
    // Stars after the typed "1", and a second typed rating: refused / answered, not stored.
    expect(await call(visitor, 'csat:submit', { rating: 5 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const again = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'bot' && m.body.includes('already have your rating'));
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: '4' }));
    await again;
    await server.baton.services.idle();
    // The unique key per (conversation, resolve) holds on its own too, whatever the conversation row says.
    const { db } = server.baton.database;
    expect(await db.transaction((tx) => recordRating(tx, conversationId, 'site_demo', 4, null, new Date()))).toBe(false);
    expect(await stored()).toEqual(before);

    // Two tabs rating the next hand-off at the same moment: one is stored.
    await handOff(sam);
    const both = await Promise.all([call(visitor, 'csat:submit', { rating: 4 }), call(visitor, 'csat:submit', { rating: 4 })]);
    expect(both.filter((a) => a.ok)).toHaveLength(1);
    const after = await stored();
    expect(after).toHaveLength(4);
    expect(after.slice(0, 3)).toEqual(before);
    expect(after[3]).toMatchObject({ rating: 4, agentId: samId });
    const o = (await server.baton.services.supervisor.snapshot('site_demo', { freshOutcomes: true })).outcomes!;
    expect(o).toMatchObject({ ratings: 4, averageRating: 3, satisfiedShare: 0.5 });
  });

  it('a late rating after a new escalation is refused and changes nothing; the next resolve gets its own', async () => {
    const before = await stored();
    await ok(call(visitor, 'conversation:escalate', { note: 'again' }));
    await server.baton.services.idle();
    expect(await call(visitor, 'csat:submit', { rating: 1 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await stored()).toEqual(before);
  });
});
