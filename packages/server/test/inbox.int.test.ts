/** The agent inbox: what needs an agent, and what a person resolved; not chats nobody escalated or the customer left. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, MessageView, VisitorConversationView } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { getConversation } from '../src/storage/conversationStore.js';

let server: TestServer;
let agent: AgentClient;
const open: VisitorClient[] = [];

beforeAll(async () => {
  server = await startServer({ BATON_ABANDON_GRACE_SECONDS: '0.5' });
  agent = await connectAgent(server.url);
});
afterAll(async () => {
  for (const v of open) v.close();
  agent?.close();
  await server?.close();
});

async function visitor(): Promise<VisitorClient> {
  const v = await connectVisitor(server.url);
  open.push(v);
  return v;
}

const inbox = async () => (await ok(call<{ conversations: ConversationSummary[] }>(agent, 'inbox:list', {}))).conversations;

describe('inbox:list', () => {
  it('lists a conversation a person resolved, with when, and one the customer left while waiting (closed, for a follow-up); not a bot-only chat', async () => {
    // Bot only: answered, never escalated.
    const botOnly = await visitor();
    const reply = next<MessageView>(botOnly, 'message:created', (m) => m.authorType === 'bot');
    const { message } = await ok(call<{ message: MessageView }>(botOnly, 'message:send', { clientMsgId: cid(), body: 'How long does a refund take?' }));
    await reply;

    // Abandoned: asked for a person, then left before anyone joined.
    const leaver = await visitor();
    const { conversation: left } = await ok(call<{ conversation: VisitorConversationView }>(leaver, 'conversation:escalate', {}));
    leaver.close();
    for (let i = 0; i < 80 && (await getConversation(server.baton.database.db, left.id))?.state !== 'closed'; i++) await new Promise((r) => setTimeout(r, 100));
    expect((await getConversation(server.baton.database.db, left.id))?.state).toBe('closed');

    // Resolved by the agent.
    const helped = await visitor();
    const { conversation: view } = await ok(call<{ conversation: VisitorConversationView }>(helped, 'conversation:escalate', {}));
    await server.baton.services.idle();
    let d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
    expect(d.conversation.resolvedAt).toBeNull();
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: view.id, expectedVersion: d.conversation.version }));
    const resolvedAt = Date.now();
    const res = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:resolve', { conversationId: view.id, expectedVersion: acc.conversation.version }));
    expect(res.conversation.state).toBe('bot');
    expect(Math.abs(Date.parse(res.conversation.resolvedAt!) - resolvedAt)).toBeLessThan(5000);

    const rows = await inbox();
    const ids = rows.map((c) => c.id);
    expect(ids).toContain(view.id);
    expect(ids).not.toContain(message.conversationId);
    expect(rows.find((c) => c.id === left.id)).toMatchObject({ state: 'closed', resolvedAt: null });
    expect(rows.find((c) => c.id === view.id)?.resolvedAt).toBe(res.conversation.resolvedAt);
    d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: view.id }));
    expect(d.conversation.resolvedAt).toBe(res.conversation.resolvedAt);
  });
});
