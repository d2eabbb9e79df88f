/**
 * An offer to an agent who goes away or offline is withdrawn at once: back to the queue (and on to someone else),
 * instead of sitting "For you" on a console nobody watches until the offer times out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ConversationDetail, ConversationSummary } from '@baton/protocol';
import { addSam, agentCookie, call, connectAgent, connectVisitor, next, ok, SAM, startServer, type AgentClient, type TestServer } from './harness.js';
import { timers } from '../src/storage/schema.js';

let server: TestServer;
let alex: AgentClient;
let alexId = '';
/** Sockets to close at the end. */
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  // The default 120 s offer timeout: nothing here may expire on its own.
  server = await startServer({ BATON_AGENT_GRACE_SECONDS: '0.3' });
  await addSam(server, ['orders', 'billing', 'technical', 'sales', 'en'].map((skill) => ({ skill, proficiency: 1 })));
  alex = await connectAgent(server.url);
  open.push(alex);
  alexId = (await ok(call<{ agent: { id: string } }>(alex, 'inbox:list', {}))).agent.id;
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

/** A new customer asks for a person; Alex is the only agent online, so it is offered to him. */
async function offeredToAlex(): Promise<ConversationSummary> {
  const visitor = await connectVisitor(server.url);
  open.push(visitor);
  const offered = next<{ conversation: ConversationSummary }>(alex, 'conversation:offered');
  await ok(call(visitor, 'conversation:escalate', {}));
  const { conversation } = await offered;
  expect(conversation).toMatchObject({ state: 'offered', offeredToAgentId: alexId });
  return conversation;
}

const offerTimers = (conversationId: string) =>
  server.baton.database.db.select().from(timers).where(and(eq(timers.conversationId, conversationId), eq(timers.kind, 'offer_expiry')));

describe('offers to an agent who leaves', () => {
  it('going Away sends the offer back to the queue at once, recorded on the timeline', async () => {
    const c = await offeredToAlex();
    const withdrawn = next<ConversationSummary>(alex, 'conversation:updated', (u) => u.id === c.id && u.version > c.version);
    await ok(call(alex, 'presence:set', { presence: 'away' }));
    const u = await withdrawn;
    expect(u).toMatchObject({ state: 'queued', offeredToAgentId: null });
    const d = await ok(call<ConversationDetail>(alex, 'conversation:get', { conversationId: c.id }));
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'offer_expired', from: 'offered', to: 'queued', actorType: 'system', reason: 'withdrawn: Alex Rivera went away' });
    expect(await offerTimers(c.id)).toEqual([]);

    // A withdrawal is no decline: back online, Alex is offered it again at once (not after BATON_OFFER_AGAIN_SECONDS).
    const again = next<{ conversation: ConversationSummary }>(alex, 'conversation:offered', (o) => o.conversation.id === c.id, 3000);
    await ok(call(alex, 'presence:set', { presence: 'online' }));
    const now = (await again).conversation;
    expect(now).toMatchObject({ state: 'offered', offeredToAgentId: alexId });
    const acc = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:accept', { conversationId: c.id, expectedVersion: now.version }));
    expect(acc.conversation.state).toBe('human');
  });

  it('going offline (last console tab closed, grace over) offers it to another agent', async () => {
    const c = await offeredToAlex();
    const sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
    open.push(sam);
    const samId = (await ok(call<{ agent: { id: string } }>(sam, 'inbox:list', {}))).agent.id;
    const toSam = next<{ conversation: ConversationSummary }>(sam, 'conversation:offered', (o) => o.conversation.id === c.id);
    alex.close();
    const { conversation } = await toSam;
    expect(conversation).toMatchObject({ state: 'offered', offeredToAgentId: samId });
    const d = await ok(call<ConversationDetail>(sam, 'conversation:get', { conversationId: c.id }));
    expect(d.timeline.map((e) => [e.kind, e.reason])).toContainEqual(['offer_expired', 'withdrawn: Alex Rivera went offline']);
  });
});
