/**
 * Offboarding: `pnpm agent remove` and `pnpm agent password` write to the database from another process, so the server
 * is not told. A removed agent's open console must stop working all the same, their cookie must sign nobody in, and
 * the chat they held must go back to the queue as at a logout, with their name kept on what they wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { io as connect } from 'socket.io-client';
import type { ConversationDetail, ConversationSummary, TransferTargets } from '@baton/protocol';
import { removeAgent, setAgentPassword } from '../src/services/agentAccounts.js';
import { agents } from '../src/storage/schema.js';
import { upsertAgent } from '../src/services/agentAuth.js';
import { addSam, agentCookie, call, cid, connectAgent, connectVisitor, next, ok, SAM, startServer, type TestServer } from './harness.js';

let server: TestServer;
const open: { close(): unknown }[] = [];
const db = () => server.baton.database.db;

beforeAll(async () => {
  // A grace period far longer than the test: only the removal can hand Sam's chat back in time. A quick sweep, so
  // the test need not wait the default 2 s.
  server = await startServer({ BATON_AGENT_GRACE_SECONDS: '600', BATON_DISPATCH_SWEEP_MS: '200' });
  await addSam(server, ['orders', 'billing', 'technical', 'sales', 'en'].map((skill) => ({ skill, proficiency: 1 })));
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

const status = async (path: string, init: RequestInit) => (await fetch(`${server.url}${path}`, init)).status;
const login = (creds: { email: string; password: string }) =>
  status('/api/agent/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(creds) });

/** A new socket on this cookie: the middleware's answer. */
function tryConnect(cookie: string): Promise<string> {
  const socket = connect(`${server.url}/agent`, { extraHeaders: { cookie }, transports: ['websocket'], reconnection: false, forceNew: true });
  open.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

describe('an agent removed from the team while signed in', () => {
  it('loses the open console and the cookie, and the chat they held goes back to the queue with their words kept', async () => {
    const samCookie = await agentCookie(server.url, SAM);
    const sam = await connectAgent(server.url, samCookie);
    open.push(sam);
    const samId = (await ok(call<{ agent: { id: string } }>(sam, 'inbox:list', {}))).agent.id;
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const offered = next<{ conversation: ConversationSummary }>(sam, 'conversation:offered');
    await ok(call(visitor, 'conversation:escalate', {}));
    const c = (await offered).conversation;
    await ok(call(sam, 'conversation:accept', { conversationId: c.id, expectedVersion: c.version }));
    await ok(call(sam, 'message:send', { conversationId: c.id, clientMsgId: cid(), body: 'Let me look at your order.' }));

    // Alex comes online: the chat has someone to go to.
    const alex = await connectAgent(server.url);
    open.push(alex);
    const toAlex = next<{ conversation: ConversationSummary }>(alex, 'conversation:offered', (o) => o.conversation.id === c.id);
    const told = next<{ body: string }>(visitor, 'message:created', (m) => m.body.includes('had to leave'));
    const closed = new Promise<string>((resolve) => sam.on('disconnect', resolve));

    // What `pnpm agent remove --email sam@…` does, here on the server's own database.
    const removed = await removeAgent(db(), SAM.email, new Date());
    expect(removed).toMatchObject({ sessionsEnded: 1, chats: 1 });

    expect(await closed).toBe('io server disconnect');
    expect((await told).body).toMatch(/^Sam Lee had to leave\. You're back in line/);
    expect((await toAlex).conversation).toMatchObject({ state: 'offered', queuedAt: c.queuedAt });
    const [row] = await db().select({ presence: agents.presence }).from(agents).where(eq(agents.id, samId));
    expect(row?.presence).toBe('offline');

    // The cookie signs nobody in, over HTTP or a new socket; nor does the password.
    expect(await status('/api/agent/me', { headers: { cookie: samCookie } })).toBe(401);
    expect(await tryConnect(samCookie)).toBe('unauthorized');
    expect(await login(SAM)).toBe(401);

    // History keeps the name; colleagues no longer see Sam as someone to transfer to.
    const d = await ok(call<ConversationDetail>(alex, 'conversation:get', { conversationId: c.id }));
    expect(d.messages.find((m) => m.body === 'Let me look at your order.')).toMatchObject({ authorType: 'agent', authorName: 'Sam Lee' });
    expect(d.timeline.map((e) => e.kind)).toContain('accepted');
    const targets = await ok(call<TransferTargets>(alex, 'transfer:targets', {}));
    expect(targets.agents.map((a) => a.name)).not.toContain('Sam Lee');
  });
});

describe("an agent's password reset", () => {
  it('closes the consoles signed in with the old one and refuses the old password', async () => {
    const dana = { email: 'dana@demo.baton.dev', password: 'dana-old-password' };
    await upsertAgent(db(), { siteId: 'site_demo', email: dana.email, name: 'Dana', password: dana.password, skills: [{ skill: 'orders', proficiency: 1 }] });
    const cookie = await agentCookie(server.url, dana);
    const tab = await connectAgent(server.url, cookie);
    open.push(tab);
    const closed = new Promise<string>((resolve) => tab.on('disconnect', resolve));

    await setAgentPassword(db(), dana.email, 'dana-new-password');

    expect(await closed).toBe('io server disconnect');
    expect(await status('/api/agent/me', { headers: { cookie } })).toBe(401);
    expect(await login(dana)).toBe(401);
    expect(await login({ ...dana, password: 'dana-new-password' })).toBe(200);
  });
});
