/**
 * A customer's language is a required skill when the site's agents list languages: a Spanish customer is not offered
 * to the one agent online who writes only English (a site owner saw exactly that, and the widget promised Spanish),
 * and waits, told nobody is available, until a Spanish speaker signs in. A language no agent lists (German on the
 * demo) is not required, or that customer would never be served; the hand-off says which languages the team writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, VisitorSyncResult } from '@baton/protocol';
import { upsertAgent } from '../src/services/agentAuth.js';
import { addSam, agentCookie, call, cid, connectAgent, connectVisitor, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';

let server: TestServer;
let sam: AgentClient;
let samId = '';
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  server = await startServer();
  samId = (await addSam(server, [{ skill: 'orders', proficiency: 1 }, { skill: 'en', proficiency: 1 }])).id;
  sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
  open.push(sam);
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

async function customer(text: string): Promise<{ visitor: VisitorClient; conversationId: string }> {
  const visitor = await connectVisitor(server.url);
  open.push(visitor);
  const { message } = await ok(call<{ message: { conversationId: string } }>(visitor, 'message:send', { clientMsgId: cid(), body: text }));
  await server.baton.services.idle();
  return { visitor, conversationId: message.conversationId };
}
const state = async (agent: AgentClient, conversationId: string) => (await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }))).conversation;

describe('language as a skill', () => {
  let spanish: { visitor: VisitorClient; conversationId: string };

  it('does not offer a Spanish customer to an agent who writes only English; they are told nobody is available', async () => {
    spanish = await customer('Hola, quiero hablar con una persona, mis botas del pedido NW-123456 llegaron rotas.');
    const c = await state(sam, spanish.conversationId);
    expect(c.state).toBe('queued');
    expect(c.offeredToAgentId).toBeNull();
    const sync = await ok(call<VisitorSyncResult>(spanish.visitor, 'conversation:sync', { lastSeq: 0 }));
    // "no_agents", or "closed_hours" when the test runs outside the demo team's hours: either way no false promise.
    expect(sync.conversation?.queue).toMatchObject({ agentsOnline: 0, offline: { reason: expect.stringMatching(/^(no_agents|closed_hours)$/) } });
    // The bot's hand-off message says the same: no promise of a place in a line nobody is serving.
    const handoff = sync.messages.find((m) => m.meta.kind === 'handoff');
    expect(handoff?.body).toMatch(/no hay nadie disponible en el equipo de Pedidos/);
  });

  it('says what the waiting chat needs, and an agent without it cannot pull it from the queue', async () => {
    const before = await state(sam, spanish.conversationId);
    expect(before.needs).toEqual(['orders', 'es']);
    const r = await call(sam, 'conversation:accept', { conversationId: spanish.conversationId, expectedVersion: before.version });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_eligible', message: 'Only the Orders team (in Spanish) can take this chat: it is not among your skills' } });
    // Nothing changed: still waiting, same version, nobody joined.
    const after = await state(sam, spanish.conversationId);
    expect(after).toMatchObject({ state: 'queued', version: before.version, agentId: null });
  });

  it('offers it to the Spanish speaker as soon as one signs in', async () => {
    const alex = await connectAgent(server.url); // the demo agent writes the team's languages, English and Spanish
    open.push(alex);
    // Signing in runs dispatch after the presence change (on PostgreSQL a moment later than services.idle() sees).
    await expect.poll(async () => (await state(alex, spanish.conversationId)).state, { timeout: 10_000, interval: 1000 }).toBe('offered');
    const c = await state(alex, spanish.conversationId);
    expect(c.offeredToAgentId).not.toBeNull();
    expect(c.offeredToAgentId).not.toBe(samId);
  });

  it("never requires the help centre's own language: an agent who lists only Spanish still gets English chats", async () => {
    const pat = { email: 'pat@demo.baton.dev', password: 'pat-password-123' };
    const patRow = await upsertAgent(server.baton.database.db, { siteId: 'site_demo', email: pat.email, name: 'Pat Doe', password: pat.password, skills: [{ skill: 'billing', proficiency: 1 }, { skill: 'es', proficiency: 1 }], capacity: 1 });
    const patClient = await connectAgent(server.url, await agentCookie(server.url, pat));
    open.push(patClient);
    const english = await customer('I was charged twice for one order, can I talk to a person please?');
    const c = await state(patClient, english.conversationId);
    expect(c.state).toBe('offered');
    expect(c.offeredToAgentId).toBe(patRow.id); // Alex is busy with the Spanish chat's offer; Sam is not in Billing
  });

  it('still serves a language no agent lists (German on the demo): not required, or nobody would ever take it', async () => {
    const german = await customer('Hallo, ich möchte bitte mit einem Mitarbeiter sprechen, meine Bestellung NW-654321 ist nicht angekommen.');
    const c = await state(sam, german.conversationId);
    expect(c.state).toBe('offered');
    expect(c.offeredToAgentId).toBe(samId); // Alex holds the Spanish offer; Sam, who writes English, is free
  });
});
