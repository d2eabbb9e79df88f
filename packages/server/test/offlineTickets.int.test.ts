import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationDetail, MessageView, QueueInfo, TicketView, VisitorConversationView } from '@baton/protocol';
import { agentCookie, call, cid, connectAgent, connectVisitor, next, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { upsertAgent } from '../src/services/agentAuth.js';
import { agents, tickets } from '../src/storage/schema.js';

let server: TestServer;
let visitor: VisitorClient & { token: string };
let demo: AgentClient;
/** A plain agent with no skills: sees the site's tickets, takes no chats, is no supervisor. */
let watcher: AgentClient;
const WATCHER = { email: 'watcher@demo.baton.dev', password: 'watcher-password' };

async function until(pred: () => Promise<boolean>, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await pred()) return;
  throw new Error('condition not met in time');
}

beforeAll(async () => {
  server = await startServer({ BATON_AGENT_GRACE_SECONDS: '0', BATON_OFFER_AGAIN_SECONDS: '1' });
  await upsertAgent(server.baton.database.db, { siteId: 'site_demo', email: WATCHER.email, name: 'Wren Watcher', password: WATCHER.password, skills: [] });
  demo = await connectAgent(server.url);
  watcher = await connectAgent(server.url, await agentCookie(server.url, WATCHER));
  visitor = await connectVisitor(server.url);
});
afterAll(async () => {
  visitor?.close();
  demo?.close();
  watcher?.close();
  await server?.close();
});

describe('nobody available: honest queue status and tickets', () => {
  let conversationId = '';

  it('while the demo agent is online the queue is not offline', async () => {
    const { db } = server.baton.database;
    await until(async () => (await db.select().from(agents).where(eq(agents.email, 'agent@demo.baton.dev')))[0]?.presence === 'online');
    const queued = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'queued' || c.state === 'offered');
    const q = next<QueueInfo>(visitor, 'queue:updated');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'Can I talk to a person please?' }));
    conversationId = (await queued).id;
    const info = await q;
    expect(info.agentsOnline).toBe(1);
    expect(info.offline).toBeUndefined();
  });

  it('when the last agent disconnects the waiting customer is told nobody is available', async () => {
    const offline = next<QueueInfo>(visitor, 'queue:updated', (q) => !!q.offline);
    demo.close();
    const q = await offline;
    expect(q.agentsOnline).toBe(0);
    expect(['no_agents', 'closed_hours']).toContain(q.offline!.reason);
    expect(q.offline!.hours).toMatch(/mon-fri 09:00-18:00/);
    if (q.offline!.reason === 'closed_hours') expect(Date.parse(q.offline!.nextOpen!)).toBeGreaterThan(Date.now());
    // A reconnecting widget reads the same from sync.
    const sync = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:sync', { lastSeq: 0 }));
    expect(sync.conversation.queue?.offline?.reason).toBe(q.offline!.reason);
  });

  it("the bot's hand-off message does not promise a quick join when nobody is available", async () => {
    const other = await connectVisitor(server.url);
    const handoff = next<MessageView>(other, 'message:created', (m) => m.meta.kind === 'handoff');
    await ok(call(other, 'message:send', { clientMsgId: cid(), body: 'Can I talk to a person please?' }));
    const body = (await handoff).body;
    expect(body).toMatch(/No one from the .+ team is available right now/);
    expect(body).toMatch(/leave a message/);
    expect(body).not.toMatch(/as soon as someone joins/);
    // Not "I'm connecting you…" followed by "no one is available" (a newcomer read it as a contradiction).
    expect(body).not.toMatch(/connecting you/);
    other.close();
  });

  it('refuses a bad ticket and stores nothing', async () => {
    for (const bad of [{ email: 'not-an-email', message: 'hi' }, { email: 'ada@example.com', message: '' }, { email: 'ada@example.com', message: 'x'.repeat(2001) }, {}]) {
      expect(await call(visitor, 'ticket:create', bad)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(await server.baton.database.db.select().from(tickets)).toHaveLength(0);
    expect((await ok(call<{ tickets: TicketView[] }>(watcher, 'tickets:list', {}))).tickets).toEqual([]);
  });

  it('creates a ticket: the bot confirms in the chat, agents are told and can list it', async () => {
    const pushed = next<TicketView>(watcher, 'ticket:created');
    const confirm = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'bot' && m.body.includes('ada@example.com'));
    const { ticketId } = await ok(call<{ ticketId: string }>(visitor, 'ticket:create', { email: ' Ada@Example.com ', message: 'My parcel never arrived, order 12345.' }));
    expect(ticketId).toBeTruthy();
    // Marked, so a reloaded widget shows "sent" instead of the form again.
    expect((await confirm).meta).toMatchObject({ kind: 'info', ticketEmail: 'ada@example.com' });
    const t = await pushed;
    expect(t).toMatchObject({ id: ticketId, conversationId, email: 'ada@example.com', message: 'My parcel never arrived, order 12345.', status: 'open' });
    expect(t.skillName).toBeTruthy();
    const list = await ok(call<{ tickets: TicketView[] }>(watcher, 'tickets:list', {}));
    expect(list.tickets.map((x) => x.id)).toEqual([ticketId]);
  });

  it('an agent marks a ticket answered; other sites\' or unknown tickets are not found', async () => {
    const [t] = (await ok(call<{ tickets: TicketView[] }>(watcher, 'tickets:list', {}))).tickets;
    const pushed = next<TicketView>(watcher, 'ticket:updated', (x) => x.id === t!.id);
    const closed = await ok(call<{ ticket: TicketView }>(watcher, 'ticket:close', { ticketId: t!.id }));
    expect(closed.ticket.status).toBe('closed');
    expect((await pushed).status).toBe('closed');
    expect(await call(watcher, 'ticket:close', { ticketId: 'tk_nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a message left in the queue is answered when an agent resolves the chat itself (no second answer by e-mail)', async () => {
    const { ticketId } = await ok(call<{ ticketId: string }>(visitor, 'ticket:create', { email: 'ada@example.com', message: 'Still no parcel, please call me on 0612 555 8890.' }));
    const answered = next<TicketView>(watcher, 'ticket:updated', (x) => x.id === ticketId);
    demo = await connectAgent(server.url);
    await server.baton.services.idle();
    let d = await ok(call<{ conversation: { state: string; version: number } }>(demo, 'conversation:get', { conversationId }));
    for (let i = 0; i < 20 && d.conversation.state !== 'offered'; i++) {
      await new Promise((r) => setTimeout(r, 300)); // gently: conversation:get is rate-limited
      d = await ok(call<{ conversation: { state: string; version: number } }>(demo, 'conversation:get', { conversationId }));
    }
    expect(d.conversation.state).toBe('offered');
    const acc = await ok(call<{ conversation: { version: number } }>(demo, 'conversation:accept', { conversationId, expectedVersion: d.conversation.version }));
    const open = (await ok(call<{ tickets: TicketView[] }>(watcher, 'tickets:list', {}))).tickets.find((t) => t.id === ticketId);
    expect(open?.status).toBe('open'); // accepting alone answers nothing yet
    // The agent who takes the chat reads what was left, as the customer's own message just before the bot's
    // confirmation, and its phone number is in the handoff package; the bot did not answer it as a question.
    const got = await ok(call<ConversationDetail>(demo, 'conversation:get', { conversationId }));
    const at = got.messages.findIndex((m) => m.body === 'Still no parcel, please call me on 0612 555 8890.');
    expect(got.messages[at]).toMatchObject({ authorType: 'visitor', meta: { kind: 'ticket', ticketEmail: 'ada@example.com' } });
    expect(got.messages[at + 1]).toMatchObject({ authorType: 'bot', meta: { kind: 'info', ticketEmail: 'ada@example.com' } });
    expect(got.messages.slice(at + 2).filter((m) => m.authorType === 'bot')).toEqual([]);
    expect(got.package?.facts.map((f) => f.value)).toContain('0612 555 8890');
    await ok(call(demo, 'conversation:resolve', { conversationId, expectedVersion: acc.conversation.version }));
    expect((await answered).status).toBe('closed');
    const [row] = await server.baton.database.db.select().from(tickets).where(eq(tickets.id, ticketId));
    expect(row?.status).toBe('closed');
  });

  it('a plain agent may not see the supervisor view', async () => {
    expect(await call(watcher, 'supervisor:snapshot', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
