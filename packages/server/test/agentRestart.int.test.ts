/**
 * The server stopped (Ctrl-C, a crash) while agents were online with chats. After the restart an agent whose console
 * does not come back gets what a closed console gets: the grace period, then offline, their chats back in the queue
 * and the customer told. One whose console reconnects within the grace keeps their chats.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AgentView, ConversationDetail, ConversationSummary, MessageView, VisitorConversationView } from '@baton/protocol';
import { addSam, agentCookie, call, connectAgent, connectVisitor, next, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { agents, conversations } from '../src/storage/schema.js';

const dir = mkdtempSync(path.join(tmpdir(), 'baton-agent-restart-'));
const open: { close(): unknown }[] = [];
let server: TestServer | undefined;
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const GRACE_SECONDS = 5;

/** A customer asks for a person; `agent` (away, so nothing is offered) takes the chat from the queue, which brings them online. */
async function takeChat(s: TestServer, agent: AgentClient): Promise<{ visitor: VisitorClient & { token: string }; conversationId: string }> {
  const visitor = await connectVisitor(s.url);
  open.push(visitor);
  const asked = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:escalate', { note: 'I need a person' }));
  await s.baton.services.idle();
  const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: asked.conversation.id }));
  const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId: d.conversation.id, expectedVersion: d.conversation.version }));
  expect(acc.conversation.state).toBe('human');
  return { visitor, conversationId: d.conversation.id };
}

describe('agents online when the server stopped', () => {
  it('one whose console does not come back goes offline after the grace and their chat goes back to the queue; one who reconnects keeps theirs', async () => {
    server = await startServer({ BATON_DATA_DIR: dir, BATON_AGENT_GRACE_SECONDS: String(GRACE_SECONDS) });
    const env = { BATON_DATA_DIR: dir, BATON_AGENT_GRACE_SECONDS: String(GRACE_SECONDS), ...(server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {}) };
    await addSam(server, ['orders', 'billing', 'technical', 'sales'].map((skill) => ({ skill, proficiency: 1 })));
    const alexCookie = await agentCookie(server.url);
    const samCookie = await agentCookie(server.url, SAM);
    const alex = await connectAgent(server.url, alexCookie);
    const sam = await connectAgent(server.url, samCookie);
    open.push(alex, sam);
    await server.baton.services.idle();
    for (const a of [alex, sam]) await ok(call(a, 'presence:set', { presence: 'away' }));
    const alexChat = await takeChat(server, alex);
    // Away while Sam takes the next one (nothing offered to Alex), then online again.
    await ok(call(alex, 'presence:set', { presence: 'away' }));
    const samChat = await takeChat(server, sam);
    await ok(call(alex, 'presence:set', { presence: 'online' }));
    const { agent: alexView } = await ok(call<{ agent: AgentView }>(alex, 'inbox:list', {}));
    const { agent: samView } = await ok(call<{ agent: AgentView }>(sam, 'inbox:list', {}));
    expect([alexView.presence, samView.presence]).toEqual(['online', 'online']);

    // The server stops with both consoles open (their sockets do not reconnect by themselves here).
    await server.close();
    server = undefined;
    const db = async () => server!.baton.database.db;
    const agentRow = async (id: string) => (await (await db()).select().from(agents).where(eq(agents.id, id)))[0]!;
    const conversationRow = async (id: string) => (await (await db()).select().from(conversations).where(eq(conversations.id, id)))[0]!;

    server = await startServer(env);
    const started = Date.now();
    // Sam's console reconnects at once, as the console does after a restart; Alex's never does.
    const samAgain = await connectAgent(server.url, samCookie);
    open.push(samAgain);
    // Alex's customer still has the chat open.
    const alexCustomer = await connectVisitor(server.url, alexChat.visitor.token);
    open.push(alexCustomer);
    const told = next<MessageView>(alexCustomer, 'message:created', (m) => m.authorType === 'system' && m.body.includes('had to leave'), (GRACE_SECONDS + 12) * 1000);

    // Within the grace nothing moves: a console that comes back in time finds its chats.
    expect((await agentRow(alexView.id)).presence).toBe('online');
    expect(await conversationRow(alexChat.conversationId)).toMatchObject({ state: 'human', agentId: alexView.id });

    expect((await told).body).toMatch(/^Alex Rivera had to leave\. You're back in line/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(GRACE_SECONDS * 1000 - 1000);
    await server.baton.services.idle();
    expect((await agentRow(alexView.id)).presence).toBe('offline');
    const released = await conversationRow(alexChat.conversationId);
    expect(released.agentId).not.toBe(alexView.id);
    expect(['queued', 'offered']).toContain(released.state);
    const d = await ok(call<ConversationDetail>(samAgain, 'conversation:get', { conversationId: alexChat.conversationId }));
    expect(d.timeline.map((e) => e.reason)).toContain('back to the queue: Alex Rivera went offline');

    // Sam, back within the grace, is still online with the chat.
    expect((await agentRow(samView.id)).presence).toBe('online');
    expect(await conversationRow(samChat.conversationId)).toMatchObject({ state: 'human', agentId: samView.id });
    // Two on-disk PGlite starts (open, migrate, seed) and the grace: slow on a loaded 2-core machine.
  }, 120_000);
});
