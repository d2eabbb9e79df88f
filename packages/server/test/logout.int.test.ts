/**
 * Logging out of the console is not a dropped connection: the agent is offline at once, with no grace period, so an
 * offer they held goes on to someone else instead of keeping the customer waiting on a console that is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationDetail, ConversationSummary } from '@baton/protocol';
import { getConversation } from '../src/storage/conversationStore.js';
import { addSam, agentCookie, call, connectAgent, connectVisitor, next, ok, SAM, startServer, type TestServer } from './harness.js';
import { agents } from '../src/storage/schema.js';

let server: TestServer;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  // A grace period far longer than the test: only the logout itself can take Alex offline in time.
  server = await startServer({ BATON_AGENT_GRACE_SECONDS: '600' });
  await addSam(server, ['orders', 'billing', 'technical', 'sales', 'en'].map((skill) => ({ skill, proficiency: 1 })));
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

describe('an agent who logs out', () => {
  it('goes offline at once and their pending offer is offered to another agent', async () => {
    const cookie = await agentCookie(server.url);
    const alex = await connectAgent(server.url, cookie);
    open.push(alex);
    const alexId = (await ok(call<{ agent: { id: string } }>(alex, 'inbox:list', {}))).agent.id;
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const offered = next<{ conversation: ConversationSummary }>(alex, 'conversation:offered');
    await ok(call(visitor, 'conversation:escalate', {}));
    const c = (await offered).conversation;
    expect(c).toMatchObject({ state: 'offered', offeredToAgentId: alexId });

    // Sam comes online after the offer was made to Alex: it stays Alex's until he leaves.
    const sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
    open.push(sam);
    const samId = (await ok(call<{ agent: { id: string } }>(sam, 'inbox:list', {}))).agent.id;
    const toSam = next<{ conversation: ConversationSummary }>(sam, 'conversation:offered', (o) => o.conversation.id === c.id);

    // The console's logout: the API call, then it closes its socket (kept open here: the logout alone must do it).
    const res = await fetch(`${server.url}/api/agent/logout`, { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(200);

    expect((await toSam).conversation).toMatchObject({ state: 'offered', offeredToAgentId: samId });
    const d = await ok(call<ConversationDetail>(sam, 'conversation:get', { conversationId: c.id }));
    expect(d.timeline.map((e) => [e.kind, e.reason])).toContainEqual(['offer_expired', 'withdrawn: Alex Rivera went offline']);
    const [row] = await server.baton.database.db.select({ presence: agents.presence }).from(agents).where(eq(agents.id, alexId));
    expect(row?.presence).toBe('offline');
    expect((await fetch(`${server.url}/api/agent/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("closes every console tab of that sign-in, on the server's side, and only of that one", async () => {
    const cookie = await agentCookie(server.url);
    const otherSignIn = await agentCookie(server.url);
    const tab1 = await connectAgent(server.url, cookie);
    const tab2 = await connectAgent(server.url, cookie);
    const elsewhere = await connectAgent(server.url, otherSignIn);
    open.push(tab1, tab2, elsewhere);
    const closed = new Promise<string>((resolve) => tab2.on('disconnect', resolve));
    expect((await fetch(`${server.url}/api/agent/logout`, { method: 'POST', headers: { cookie } })).status).toBe(200);
    // The tab left open would otherwise keep sending as the agent on a session that no longer exists.
    expect(await closed).toBe('io server disconnect');
    expect(tab1.connected).toBe(false);
    expect(elsewhere.connected).toBe(true);
    // Still signed in in the other browser: still online there, so nothing they hold is handed back.
    const [row] = await server.baton.database.db.select({ presence: agents.presence }).from(agents).where(eq(agents.email, 'agent@demo.baton.dev'));
    expect(row?.presence).toBe('online');
    const { agent } = await ok(call<{ agent: { id: string } }>(elsewhere, 'inbox:list', {}));
    elsewhere.close();
    await expect.poll(async () => (await server.baton.io.of('/agent').in(`agent:${agent.id}`).fetchSockets()).length).toBe(0);
  });

  it('puts the chats they held back in the queue, keeping the place, tells the customer, and offers them on', async () => {
    // Only these two consoles: a console of another sign-in would keep its agent online (the test above).
    for (const s of open.splice(0)) s.close();
    await expect.poll(async () => (await server.baton.io.of('/agent').fetchSockets()).length).toBe(0);
    const cookies = { alex: await agentCookie(server.url), sam: await agentCookie(server.url, SAM) };
    const alex = await connectAgent(server.url, cookies.alex);
    const sam = await connectAgent(server.url, cookies.sam);
    open.push(alex, sam);
    const ids = {
      alex: (await ok(call<{ agent: { id: string } }>(alex, 'inbox:list', {}))).agent.id,
      sam: (await ok(call<{ agent: { id: string } }>(sam, 'inbox:list', {}))).agent.id,
    };
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const offer = Promise.race([next<{ conversation: ConversationSummary }>(alex, 'conversation:offered'), next<{ conversation: ConversationSummary }>(sam, 'conversation:offered')]);
    await ok(call(visitor, 'conversation:escalate', {}));
    const before = (await offer).conversation;
    const holder = before.offeredToAgentId === ids.alex ? 'alex' : 'sam';
    const other = holder === 'alex' ? 'sam' : 'alex';
    const sockets = { alex, sam };
    await ok(call(sockets[holder], 'conversation:accept', { conversationId: before.id, expectedVersion: before.version }));
    const told = next<{ body: string }>(visitor, 'message:created', (m) => m.body.includes('had to leave'));
    const toOther = next<{ conversation: ConversationSummary }>(sockets[other], 'conversation:offered', (o) => o.conversation.id === before.id);

    expect((await fetch(`${server.url}/api/agent/logout`, { method: 'POST', headers: { cookie: cookies[holder] } })).status).toBe(200);

    // Left with them, the customer wrote to nobody and no supervisor could see the chat.
    expect((await told).body).toMatch(/had to leave\. You're back in line for the \w+ team, in the place you had\./);
    expect((await toOther).conversation).toMatchObject({ state: 'offered', offeredToAgentId: ids[other], queuedAt: before.queuedAt });
    const d = await ok(call<ConversationDetail>(sockets[other], 'conversation:get', { conversationId: before.id }));
    expect(d.timeline.map((e) => [e.kind, e.reason])).toContainEqual(['transferred', expect.stringMatching(/^back to the queue: .+ went offline$/)]);
    // Going offline is no decline: back online, the agent who knows the chat may be offered it again at once.
    expect((await getConversation(server.baton.database.db, before.id))?.declinedBy).not.toContain(ids[holder]);
  });
});

describe('the console and its cookie-authenticated routes, from other pages', () => {
  it("refuses a logout posted by another origin (a form on the shop's own site logged agents out) and keeps the session", async () => {
    const cookie = await agentCookie(server.url);
    const forged = await fetch(`${server.url}/api/agent/logout`, { method: 'POST', headers: { cookie, origin: 'http://localhost:3001', 'content-type': 'text/plain' }, body: 'x' });
    expect(forged.status).toBe(403);
    expect((await fetch(`${server.url}/api/agent/me`, { headers: { cookie } })).status).toBe(200);
    const own = await fetch(`${server.url}/api/agent/logout`, { method: 'POST', headers: { cookie, origin: new URL(server.url).origin } });
    expect(own.status).toBe(200);
  });

  it('may not be framed by any page', async () => {
    const res = await fetch(`${server.url}/console/`); // 200, or 503 before the console is built: the same headers
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('limits password guesses per account, whatever address they come from', async () => {
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${server.url}/api/agent/login`, {
        method: 'POST',
        // Each guess from its own address (trusted from loopback, as a proxy's would be).
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${i >> 8}.${i & 255}` },
        body: JSON.stringify({ email: 'pat.nobody@demo.baton.dev', password: `guess-number-${i}` }),
      });
      if (res.status === 429) refused++;
      else expect(res.status).toBe(401);
    }
    expect(refused).toBe(10); // 30 guesses per account, then one every 20 s
  });
});
