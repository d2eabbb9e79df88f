/**
 * Away while holding a chat: the customer's widget says so (and when they are back). An agent can choose Offline in the console: their chats go back to the queue (the customer is told), they get no
 * offers, and a reload keeps them offline until they choose again. Offline from a closed console (grace period over)
 * or a logout is not a choice: the next console comes online.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AgentView, ConversationDetail, ConversationSummary, MessageView, VisitorConversationView } from '@baton/protocol';
import { agentCookie, call, connectAgent, connectVisitor, next, offerOf, ok, startServer, type AgentClient, type TestServer } from './harness.js';
import { agents } from '../src/storage/schema.js';

let server: TestServer;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  server = await startServer({ BATON_AGENT_GRACE_SECONDS: '0.2' });
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

async function connect(cookie: string): Promise<{ socket: AgentClient; agent: AgentView }> {
  const socket = await connectAgent(server.url, cookie);
  open.push(socket);
  await server.baton.services.idle();
  const { agent, serverTime } = await ok(call<{ agent: AgentView; serverTime: string }>(socket, 'inbox:list', {}));
  // The console sets its clock by it for offer countdowns.
  expect(Math.abs(Date.parse(serverTime) - Date.now())).toBeLessThan(5_000);
  return { socket, agent };
}

const presenceOf = async (id: string) => (await server.baton.database.db.select().from(agents).where(eq(agents.id, id)))[0]!;

describe('an agent who chooses Offline', () => {
  it('hands their chats back to the queue, gets no offers, and stays offline across a reload until they choose Online', async () => {
    const cookie = await agentCookie(server.url);
    const first = await connect(cookie);
    expect(first.agent.presence).toBe('online');

    // A customer is with Alex.
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const offered = next<{ conversation: ConversationSummary }>(first.socket, 'conversation:offered');
    await ok(call(visitor, 'conversation:escalate', {}));
    const c = (await offered).conversation;
    const accepted = await ok(call<{ conversation: ConversationSummary }>(first.socket, 'conversation:accept', { conversationId: c.id, expectedVersion: c.version }));
    expect(accepted.conversation.state).toBe('human');

    // Offline: the chat goes back to the queue and the customer reads why.
    const told = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'system' && m.body.includes('had to leave'));
    const set = await ok(call<{ agent: AgentView }>(first.socket, 'presence:set', { presence: 'offline' }));
    expect(set.agent.presence).toBe('offline');
    expect((await told).body).toMatch(/^Alex Rivera had to leave\. You're back in line/);
    await server.baton.services.idle();
    const d = await ok(call<ConversationDetail>(first.socket, 'conversation:get', { conversationId: c.id }));
    expect(d.conversation).toMatchObject({ state: 'queued', agentId: null });
    expect(d.timeline.at(-1)).toMatchObject({ actorType: 'system', reason: 'back to the queue: Alex Rivera went offline' });

    // A reload (socket gone past the grace period, then a new one): still offline, and nothing is offered to Alex.
    first.socket.close();
    await new Promise((r) => setTimeout(r, 400));
    const reloaded = await connect(cookie);
    expect(reloaded.agent.presence).toBe('offline');
    expect((await presenceOf(reloaded.agent.id)).presence).toBe('offline');
    const d2 = await ok(call<ConversationDetail>(reloaded.socket, 'conversation:get', { conversationId: c.id }));
    expect(d2.conversation.state).toBe('queued');

    // Online again: the waiting customer is offered to Alex.
    const again = next<{ conversation: ConversationSummary }>(reloaded.socket, 'conversation:offered', (o) => o.conversation.id === c.id);
    const back = await ok(call<{ agent: AgentView }>(reloaded.socket, 'presence:set', { presence: 'online' }));
    expect(back.agent.presence).toBe('online');
    expect((await again).conversation.offeredToAgentId).toBe(reloaded.agent.id);
    reloaded.socket.close();
  });

  it('a logout clears the choice: signing in again comes online', async () => {
    const cookie = await agentCookie(server.url);
    const { socket, agent } = await connect(cookie);
    await ok(call(socket, 'presence:set', { presence: 'offline' }));
    expect((await presenceOf(agent.id)).offlineChosen).toBe(true);
    expect((await fetch(`${server.url}/api/agent/logout`, { method: 'POST', headers: { cookie } })).status).toBe(200);
    expect(await presenceOf(agent.id)).toMatchObject({ presence: 'offline', offlineChosen: false });

    const next2 = await connect(await agentCookie(server.url));
    expect(next2.agent.presence).toBe('online');
  });

  it('a new sign-in clears it too (Offline chosen in a browser closed without logging out)', async () => {
    const { socket, agent } = await connect(await agentCookie(server.url));
    await ok(call(socket, 'presence:set', { presence: 'offline' }));
    socket.close();
    await new Promise((r) => setTimeout(r, 400));
    expect(await presenceOf(agent.id)).toMatchObject({ presence: 'offline', offlineChosen: true });
    const again = await connect(await agentCookie(server.url));
    expect(again.agent.presence).toBe('online');
    again.socket.close();
  });

  it('taking a waiting chat while Offline brings the agent online', async () => {
    const { socket, agent } = await connect(await agentCookie(server.url));
    await ok(call(socket, 'presence:set', { presence: 'offline' }));
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const { conversation } = await ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    await server.baton.services.idle();
    const d = await ok(call<ConversationDetail>(socket, 'conversation:get', { conversationId: conversation.id }));
    expect(d.conversation.state).toBe('queued');
    const updated = next<AgentView>(socket, 'agent:updated', (a) => a.presence === 'online');
    const acc = await ok(call<{ conversation: ConversationSummary }>(socket, 'conversation:accept', { conversationId: conversation.id, expectedVersion: d.conversation.version }));
    expect(acc.conversation).toMatchObject({ state: 'human', agentId: agent.id });
    expect((await updated).presence).toBe('online');
    expect(await presenceOf(agent.id)).toMatchObject({ presence: 'online', offlineChosen: false });
    socket.close();
  });

  it('rejects a presence that does not exist, changing nothing', async () => {
    const { socket, agent } = await connect(await agentCookie(server.url));
    const ack = await call(socket, 'presence:set', { presence: 'busy' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect((await presenceOf(agent.id)).presence).toBe(agent.presence);
  });
});

describe('an agent who goes Away while holding a chat', () => {
  it("keeps the chat, and the customer's widget is told they stepped away and when they are back", async () => {
    const { socket, agent } = await connect(await agentCookie(server.url));
    if (agent.presence !== 'online') await ok(call(socket, 'presence:set', { presence: 'online' }));
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    // This customer's offer, not the next one: the customers of the tests above still wait, and are offered to Alex
    // whenever he comes back online (his offers are sent after a read of their own, so one can come late).
    const escalated = ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    const c = (await offerOf(socket, escalated.then((e) => e.conversation.id))).conversation;
    const joined = next<VisitorConversationView>(visitor, 'conversation:updated', (v) => v.state === 'human');
    await ok(call(socket, 'conversation:accept', { conversationId: c.id, expectedVersion: c.version }));
    expect(await joined).toMatchObject({ agentName: 'Alex Rivera', agentAway: false });

    const away = next<VisitorConversationView>(visitor, 'conversation:updated', (v) => v.agentAway);
    await ok(call(socket, 'presence:set', { presence: 'away' }));
    expect(await away).toMatchObject({ state: 'human', agentName: 'Alex Rivera', agentAway: true });
    // A reload of the widget reads the same from sync.
    const synced = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:sync', { lastSeq: 0 }));
    expect(synced.conversation).toMatchObject({ state: 'human', agentAway: true });

    const back = next<VisitorConversationView>(visitor, 'conversation:updated', (v) => !v.agentAway);
    await ok(call(socket, 'presence:set', { presence: 'online' }));
    expect(await back).toMatchObject({ state: 'human', agentName: 'Alex Rivera', agentAway: false });
    socket.close();
  });
});
