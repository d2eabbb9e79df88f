/** Agents see whether the customer of a chat with the team still has it open (a newcomer's agent wrote on to nobody). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, VisitorConversationView } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';

let server: TestServer;
let agent: AgentClient;
const visitors: VisitorClient[] = [];

beforeAll(async () => {
  server = await startServer();
  agent = await connectAgent(server.url);
});
afterAll(async () => {
  visitors.forEach((v) => v.close());
  agent?.close();
  await server?.close();
});

type Presence = { conversationId: string; online: boolean; at: string };

describe("the customer's presence", () => {
  it('is in the detail and pushed when the last tab closes and when they come back', async () => {
    const visitor = await connectVisitor(server.url);
    visitors.push(visitor);
    const queued = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'queued' || c.state === 'offered');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'My parcel LL-123456 is lost, can I talk to a person?' }));
    const { id } = await queued;
    expect((await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: id }))).customerOnline).toBe(true);

    const gone = next<Presence>(agent, 'visitor:presence', (p) => p.conversationId === id && !p.online);
    visitor.close();
    expect(await gone).toMatchObject({ conversationId: id, online: false });
    expect((await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: id }))).customerOnline).toBe(false);

    const back = next<Presence>(agent, 'visitor:presence', (p) => p.conversationId === id && p.online);
    visitors.push(await connectVisitor(server.url, visitor.token));
    expect(await back).toMatchObject({ conversationId: id, online: true });
  });

  it('says nothing about customers talking only to the bot', async () => {
    const visitor = await connectVisitor(server.url);
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'How long do refunds take?' }));
    await server.baton.services.idle();
    let heard = false;
    agent.on('visitor:presence', () => (heard = true));
    visitor.close();
    await new Promise((r) => setTimeout(r, 3500));
    expect(heard).toBe(false);
  });
});
