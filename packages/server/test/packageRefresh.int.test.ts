/** The handoff package is rebuilt while the customer keeps writing in the queue, and still explains the hand-off. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, HandoffPackage, VisitorConversationView } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';

let server: TestServer;
let visitor: VisitorClient;
let agent: AgentClient;

beforeAll(async () => {
  server = await startServer();
  agent = await connectAgent(server.url);
  visitor = await connectVisitor(server.url);
});
afterAll(async () => {
  visitor?.close();
  agent?.close();
  await server?.close();
});

describe('a package rebuilt while queued', () => {
  it('keeps quoting the message that triggered the hand-off, not the question asked while waiting', async () => {
    const queued = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'queued' || c.state === 'offered');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'The lamp shade of order LL-123456 arrived cracked right across. I want to talk to a person about it.' }));
    const { id } = await queued;
    const first = (await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: id }))).package!;
    expect(first.summary).toContain('cracked');

    const refreshed = next<{ conversationId: string; package: HandoffPackage }>(agent, 'package:updated', (e) => e.conversationId === id);
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'While I wait: how do I wash the linen duvet cover?' }));
    await server.baton.services.idle();
    const pkg = (await refreshed).package;
    expect(pkg.summary).toContain('cracked');
    expect(pkg.summary).not.toContain('duvet');
    expect(pkg.evidence).toBe(first.evidence);
  });
});
