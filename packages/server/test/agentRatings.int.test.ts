/**
 * The supervisor's agents table shows each agent's own ratings (the hand-offs they resolved, the last 7 days), pushed
 * live; the inbox's resolved row says who resolved its latest hand-off and carries that hand-off's rating.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationSummary, SupervisorAgentRow, SupervisorSnapshot } from '@baton/protocol';
import { addSam, agentCookie, call, cid, connectAgent, connectVisitor, handOffAndResolve, next, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { ratings } from '../src/storage/schema.js';

let server: TestServer;
let supervisor: AgentClient;
let sam: AgentClient;
let customer: VisitorClient;

beforeAll(async () => {
  server = await startServer({ BATON_ESCALATIONS_PER_HOUR: '10' });
  await addSam(server, [{ skill: 'orders', proficiency: 1 }]);
  supervisor = await connectAgent(server.url);
  sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
  // Both away: nobody is offered the chat, so each hand-off goes to the agent who takes it from the queue.
  await Promise.all([supervisor, sam].map((a) => ok(call(a, 'presence:set', { presence: 'away' }))));
  customer = await connectVisitor(server.url);
  await ok(call(customer, 'message:send', { clientMsgId: cid(), body: 'My order has not arrived' }));
});
afterAll(async () => {
  for (const s of [customer, supervisor, sam]) s?.close();
  await server?.close();
});

const byName = (rows: SupervisorAgentRow[] | undefined) => Object.fromEntries((rows ?? []).map((a) => [a.name, { ratings: a.ratings, averageRating: a.averageRating }]));

describe("each agent's own ratings", () => {
  let conversationId = '';

  it('two hand-offs of one chat, resolved by Alex (rated 2) and Sam (rated 5): the pushed snapshot credits each with theirs', async () => {
    conversationId = await handOffAndResolve(server, customer, supervisor);
    await ok(call(customer, 'csat:submit', { rating: 2 }));

    await handOffAndResolve(server, customer, sam);
    // Live: the supervisor is told without asking once Sam's rating is in.
    const pushed = next<SupervisorSnapshot>(supervisor, 'supervisor:updated', (s) => s.agents?.some((a) => a.name === 'Sam Lee' && a.ratings > 0) ?? false, 15_000);
    const row = next<ConversationSummary>(supervisor, 'conversation:updated', (c) => c.id === conversationId && c.csatRating !== null);
    await ok(call(customer, 'csat:submit', { rating: 5 }));

    const s = await pushed;
    expect(s.ratingsWindowDays).toBe(7);
    expect(byName(s.agents)).toEqual({ 'Alex Rivera': { ratings: 1, averageRating: 2 }, 'Sam Lee': { ratings: 1, averageRating: 5 } });
    // Asked for, the same; the outcomes still count both.
    const asked = await ok(call<SupervisorSnapshot>(supervisor, 'supervisor:snapshot', {}));
    expect(byName(asked.agents)).toEqual(byName(s.agents));
    expect(asked.outcomes).toMatchObject({ ratings: 2, averageRating: 3.5 });

    // The inbox row: the latest hand-off, Sam's, with Sam's rating (not Alex's 2).
    expect(await row).toMatchObject({ state: 'bot', resolvedBy: 'Sam Lee', csatRating: 5 });
  });

  it("while the chat is with someone again, its row still names the last resolved hand-off, Sam's (the console shows it only once resolved)", async () => {
    await ok(call(customer, 'conversation:escalate', { note: 'one more thing' }));
    await server.baton.services.idle();
    const listed = await ok(call<{ conversations: ConversationSummary[] }>(supervisor, 'inbox:list', {}));
    expect(listed.conversations.find((c) => c.id === conversationId)).toMatchObject({ state: 'queued', resolvedBy: 'Sam Lee', csatRating: 5 });
  });

  it('a third hand-off not yet rated has no rating of its own, and resolved by Alex it names Alex', async () => {
    // The customer is still queued from the test before: Alex takes the chat and resolves it.
    const d = await ok(call<{ conversation: ConversationSummary }>(supervisor, 'conversation:get', { conversationId }));
    const acc = await ok(call<{ conversation: ConversationSummary }>(supervisor, 'conversation:accept', { conversationId, expectedVersion: d.conversation.version }));
    const resolved = await ok(call<{ conversation: ConversationSummary }>(supervisor, 'conversation:resolve', { conversationId, expectedVersion: acc.conversation.version }));
    expect(resolved.conversation).toMatchObject({ resolvedBy: 'Alex Rivera', csatRating: null });
  });

  it('ratings older than the window do not count', async () => {
    const { db } = server.baton.database;
    await db.update(ratings).set({ resolvedAt: new Date(Date.now() - 8 * 24 * 3600_000) }).where(eq(ratings.rating, 2));
    const s = await server.baton.services.supervisor.snapshot('site_demo', { freshOutcomes: true });
    expect(byName(s.agents)).toEqual({ 'Alex Rivera': { ratings: 0, averageRating: null }, 'Sam Lee': { ratings: 1, averageRating: 5 } });
  });
});
