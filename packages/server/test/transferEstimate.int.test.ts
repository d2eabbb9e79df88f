/**
 * The estimate a transferred customer is told. Alex sends a chat to Billing, whose only other agent (Sam, one chat at
 * a time) is busy: Alex has free slots but will not take the chat back, so the wait is Sam's, not "less than a
 * minute" (a newcomer watched that promise stand for five minutes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, SupervisorSnapshot, VisitorSyncResult } from '@baton/protocol';
import { agentCookie, call, cid, connectAgent, connectVisitor, ok, SAM, startServer, type AgentClient, type TestServer } from './harness.js';
import { upsertAgent } from '../src/services/agentAuth.js';

let server: TestServer;
let alex: AgentClient;
let sam: AgentClient;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  server = await startServer();
  await upsertAgent(server.baton.database.db, { siteId: 'site_demo', email: SAM.email, name: 'Sam Lee', password: SAM.password, skills: [{ skill: 'billing', proficiency: 1 }, { skill: 'en', proficiency: 1 }], capacity: 1 });
  sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
  open.push(sam);
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

const detail = (agent: AgentClient, conversationId: string) => ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));

async function escalateAndAccept(agent: AgentClient) {
  const visitor = await connectVisitor(server.url);
  open.push(visitor);
  const { message } = await ok(call<{ message: { conversationId: string } }>(visitor, 'message:send', { clientMsgId: cid(), body: 'I was charged twice for one order, can I talk to a person?' }));
  await server.baton.services.idle();
  const view = { id: message.conversationId };
  const d = await detail(agent, view.id);
  expect(d.conversation.state).toBe('offered');
  const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: d.conversation.id, expectedVersion: d.conversation.version }));
  return { visitor, conversation: acc.conversation };
}

describe('estimate after a transfer to a busy team', () => {
  let samsFirst: ConversationSummary;
  let transferredId = '';

  it('leaves out the agent who sent the chat away: the customer is told the busy colleague\'s wait', async () => {
    samsFirst = (await escalateAndAccept(sam)).conversation; // Sam is now full (capacity 1)
    alex = await connectAgent(server.url);
    open.push(alex);
    const { visitor, conversation } = await escalateAndAccept(alex);
    await new Promise((r) => setTimeout(r, 3500)); // Alex holds the chat a while before sending it on
    const moved = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toSkill: 'billing', note: 'double charge' }));
    expect(moved.conversation.state).toBe('queued');
    // The inbox counts this wait from the transfer (what the supervisor shows), yet keeps the customer's place in line.
    expect(Date.parse(moved.conversation.waitingSince!)).toBeGreaterThanOrEqual(Date.parse(moved.conversation.queuedAt!) + 3000);
    transferredId = moved.conversation.id;
    await server.baton.services.idle();
    const sync = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    const q = sync.conversation?.queue;
    expect(q).toMatchObject({ skill: 'billing', position: 1, agentsOnline: 1 });
    expect(q!.offline).toBeUndefined();
    // Sam's chat has just started: the wait is a good part of a billing chat, far beyond the pickup time.
    expect(q!.estimateSeconds).toBeGreaterThan(120);
  });

  it("is checked against what happened: the supervisor's accuracy counts the wait after the transfer, and the longest wait starts at the transfer", async () => {
    const snap = () => ok(call<SupervisorSnapshot>(alex, 'supervisor:snapshot', {}));
    const before = (await snap()).skills.find((r) => r.skill === 'billing')!;
    expect(before.waiting).toBe(1);
    // Alex held the chat before sending it on; that time was no wait.
    expect(before.longestWaitSeconds).toBeLessThan(3);
    const samplesBefore = before.accuracy.samples;
    // Sam resolves his chat and takes the transferred one.
    await ok(call(sam, 'conversation:resolve', { conversationId: samsFirst.id, expectedVersion: samsFirst.version }));
    await server.baton.services.idle();
    const d = await detail(sam, transferredId);
    expect(d.conversation).toMatchObject({ state: 'offered' });
    await ok(call(sam, 'conversation:accept', { conversationId: transferredId, expectedVersion: d.conversation.version }));
    await server.baton.services.idle();
    const after = (await snap()).skills.find((r) => r.skill === 'billing')!;
    expect(after.accuracy.samples).toBe(samplesBefore + 1);
  });
});
