/**
 * An offer that expires unanswered: the conversation goes back to the queue, and the customer is not told "nobody is
 * available". A decline keeps that agent out of the chat's offers only for BATON_OFFER_AGAIN_SECONDS: with nobody
 * else online, the customer is told the wait until then, and the same agent is offered it again (a newcomer's
 * customer waited on "about 1 min" for minutes while the only agent, who had declined once, was never offered it
 * again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, QueueInfo } from '@baton/protocol';
import { addSam, agentCookie, call, connectAgent, connectVisitor, next, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';

let server: TestServer;
let agent: AgentClient;
let visitor: VisitorClient;
let second: VisitorClient;
let third: VisitorClient;
let sam: AgentClient;

beforeAll(async () => {
  server = await startServer({ BATON_OFFER_TIMEOUT_SECONDS: '1', BATON_OFFER_AGAIN_SECONDS: '3' });
  agent = await connectAgent(server.url);
  await ok(call(agent, 'inbox:list', {}));
});
afterAll(async () => {
  visitor?.close();
  second?.close();
  third?.close();
  sam?.close();
  agent?.close();
  await server?.close();
});

describe('offer expiry', () => {
  it('re-queues, and the only agent online still counts as available (they can take it from the queue)', async () => {
    visitor = await connectVisitor(server.url);
    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    const { conversation: view } = await ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    // The console counts down to the offer's end: the offer's time plus BATON_OFFER_TIMEOUT_SECONDS.
    const expiresAt = (await offered).conversation.offerExpiresAt;
    const offeredAt = (await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }))).timeline.find((e) => e.kind === 'offered')!.at;
    expect(Date.parse(expiresAt!) - Date.parse(offeredAt)).toBe(1000);
    // Let the offer expire unanswered.
    let d: ConversationDetail | undefined;
    for (let i = 0; i < 60; i++) {
      d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
      if (d.conversation.state === 'queued') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(d!.conversation.state).toBe('queued');
    expect(d!.conversation.offerExpiresAt).toBeNull();
    await server.baton.services.idle();
    d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
    // A review found this customer told "nobody is available" (and shown the leave-a-message form) here.
    expect(d.queue?.offline).toBeUndefined();
    expect(d.queue?.agentsOnline).toBeGreaterThan(0);
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: view.id, expectedVersion: d.conversation.version }));
    expect(acc.conversation.state).toBe('human');
  });
});

describe('offer again after a decline', () => {
  it('tells the customer the wait until the decliner may be offered it again, then offers it again', async () => {
    second = await connectVisitor(server.url);
    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    const { conversation: view } = await ok(call<{ conversation: { id: string } }>(second, 'conversation:escalate', {}));
    const first = await offered;
    const declinedAt = Date.now();
    const told = next<QueueInfo>(second, 'queue:updated', (q) => q.estimateSeconds >= 2);
    const again = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered', (o) => o.conversation.id === view.id, 15_000);
    const declined = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:decline', { conversationId: view.id, expectedVersion: first.conversation.version }));
    expect(declined.conversation.state).toBe('queued');
    await server.baton.services.idle();
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
    // Not "nobody is available" (the agent is online and will get it again), and not "less than a minute".
    expect(d.queue?.offline).toBeUndefined();
    expect(d.queue?.agentsOnline).toBe(1);
    expect(d.queue?.estimateSeconds).toBeGreaterThanOrEqual(2);
    expect((await told).estimateSeconds).toBeGreaterThanOrEqual(2);
    // Offered again once the decline has run its course, not before.
    const o = await again;
    expect(Date.now() - declinedAt).toBeGreaterThanOrEqual(2500);
    expect(o.conversation).toMatchObject({ id: view.id, state: 'offered' });
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: view.id, expectedVersion: o.conversation.version }));
    expect(acc.conversation.state).toBe('human');
  });
});

describe('offer again, each decliner on their own clock', () => {
  it('offers the chat again to the first decliner when their window ends, not when the last decliner\'s does', async () => {
    await addSam(server, ['orders', 'billing', 'technical', 'sales', 'privacy', 'en'].map((skill) => ({ skill, proficiency: 1 })));
    sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
    await ok(call(sam, 'inbox:list', {}));
    third = await connectVisitor(server.url);
    const offerTo = (a: AgentClient, id?: string) => next<{ conversation: ConversationSummary }>(a, 'conversation:offered', (o) => id === undefined || o.conversation.id === id, 15_000).then((o) => ({ a, o }));
    const firstOffer = Promise.race([offerTo(agent), offerTo(sam)]);
    const { conversation: view } = await ok(call<{ conversation: { id: string } }>(third, 'conversation:escalate', {}));
    const { a: first, o } = await firstOffer;
    const other = first === agent ? sam : agent;
    const toOther = offerTo(other, view.id);
    await ok(call(first, 'conversation:decline', { conversationId: view.id, expectedVersion: o.conversation.version }));
    const firstDeclinedAt = Date.now();
    // The other agent gets it and lets it expire (1 s): both are out now, each for 3 s from their own refusal.
    await toOther;
    const again = offerTo(first, view.id);
    let otherExpiredAt = 0;
    for (let i = 0; i < 100 && otherExpiredAt === 0; i++) {
      const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
      if (d.conversation.state === 'queued') otherExpiredAt = Date.now();
      else await new Promise((r) => setTimeout(r, 50));
    }
    expect(otherExpiredAt).toBeGreaterThan(0);
    const back = await again;
    const at = Date.now();
    expect(back.o.conversation).toMatchObject({ id: view.id, state: 'offered' });
    expect(at - firstDeclinedAt).toBeGreaterThanOrEqual(2500);
    // Before the other agent's window could have ended: with one due time for both, it came only after that.
    expect(at).toBeLessThan(otherExpiredAt + 2600);
  });
});
