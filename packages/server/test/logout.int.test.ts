/**
 * Logging out of the console is not a dropped connection: the agent is offline at once, with no grace period, so an
 * offer they held goes on to someone else instead of keeping the customer waiting on a console that is gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationDetail, ConversationSummary } from '@baton/protocol';
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
});
