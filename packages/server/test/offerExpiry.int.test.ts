/** An offer that expires unanswered: the conversation goes back to the queue, and the customer is not told "nobody is available". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary } from '@baton/protocol';
import { call, connectAgent, connectVisitor, next, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';

let server: TestServer;
let agent: AgentClient;
let visitor: VisitorClient;

beforeAll(async () => {
  server = await startServer({ BATON_OFFER_TIMEOUT_SECONDS: '1' });
  agent = await connectAgent(server.url);
  await ok(call(agent, 'inbox:list', {}));
});
afterAll(async () => {
  visitor?.close();
  agent?.close();
  await server?.close();
});

describe('offer expiry', () => {
  it('re-queues, and the only agent online still counts as available (they can take it from the queue)', async () => {
    visitor = await connectVisitor(server.url);
    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    const { conversation: view } = await ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    await offered;
    // Let the offer expire unanswered.
    let d: ConversationDetail | undefined;
    for (let i = 0; i < 60; i++) {
      d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
      if (d.conversation.state === 'queued') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(d!.conversation.state).toBe('queued');
    await server.baton.services.idle();
    d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
    // A review found this customer told "nobody is available" (and shown the leave-a-message form) here.
    expect(d.queue?.offline).toBeUndefined();
    expect(d.queue?.agentsOnline).toBeGreaterThan(0);
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: view.id, expectedVersion: d.conversation.version }));
    expect(acc.conversation.state).toBe('human');
  });
});
