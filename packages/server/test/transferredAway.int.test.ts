/**
 * The offer-again timer and agents who transferred a chat away (cases a review found): the package rebuilt while the
 * customer writes in the queue keeps its transfers, so the sender is never offered the chat back; a typed low
 * rating that asks for a person brings one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, MessageView, QueueInfo } from '@baton/protocol';
import { upsertAgent } from '../src/services/agentAuth.js';
import { addSam, agentCookie, call, connectAgent, connectVisitor, next, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';

let server: TestServer;
let alex: AgentClient;
let sam: AgentClient;
let alexId = '';
let samId = '';
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  server = await startServer({ BATON_OFFER_AGAIN_SECONDS: '2' });
  samId = (await addSam(server, ['billing', 'en'].map((skill) => ({ skill, proficiency: 1 })))).id;
  alex = await connectAgent(server.url);
  open.push(alex);
  alexId = (await ok(call<{ agent: { id: string } }>(alex, 'inbox:list', {}))).agent.id;
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

const detail = (agent: AgentClient, conversationId: string) => ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function heldByAlex(): Promise<{ visitor: VisitorClient; conversation: ConversationSummary }> {
  const visitor = await connectVisitor(server.url);
  open.push(visitor);
  const { conversation: view } = await ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
  await server.baton.services.idle();
  const { conversation } = await detail(alex, view.id);
  const acc = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));
  return { visitor, conversation: acc.conversation };
}

describe('offer again vs. the agent who transferred it away', () => {
  it('transfer to Billing, customer writes while queued, Sam declines: Alex must not be offered the chat he sent away', async () => {
    const { visitor, conversation } = await heldByAlex();
    const moved = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toSkill: 'billing', note: 'double charge' }));
    expect(moved.conversation.state).toBe('queued');
    // The customer writes while waiting (bot turn -> refreshPackage).
    await ok(call(visitor, 'message:send', { clientMsgId: `r${Date.now()}`, body: 'I was charged twice for order LL-123456' }));
    await server.baton.services.idle();
    // The package rebuilt for the message keeps the transfer (who sent it away, and the note).
    const afterMsg = await detail(alex, conversation.id);
    expect(afterMsg.package?.transfers).toEqual([expect.objectContaining({ fromAgentId: alexId, note: 'double charge' })]);

    // Sam (Billing) comes online, is offered it, declines.
    sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
    open.push(sam);
    let d: ConversationDetail | undefined;
    for (let i = 0; i < 50; i++) {
      d = await detail(alex, conversation.id);
      if (d.conversation.state === 'offered') break;
      await sleep(100);
    }
    expect(d!.conversation).toMatchObject({ state: 'offered', offeredToAgentId: samId });
    await ok(call(sam, 'conversation:decline', { conversationId: conversation.id, expectedVersion: d!.conversation.version }));
    // Sam steps away; only Alex (who sent it to Billing) is online.
    await ok(call(sam, 'presence:set', { presence: 'away' }));
    // Past the offer-again time: Sam may be offered it again; Alex, who sent it to Billing, must not be.
    await sleep(3500);
    await server.baton.services.idle();
    const after = await detail(alex, conversation.id);
    const sinceTransfer = after.timeline.slice(after.timeline.findIndex((e) => e.kind === 'transferred'));
    const offers = sinceTransfer.filter((e) => e.kind === 'offered').map((e) => e.reason);
    expect(offers).toEqual(['offered to Sam Lee']);
    expect(after.conversation.offeredToAgentId).not.toBe(alexId);
    expect(offers.some((r) => r?.includes('Alex Rivera'))).toBe(false);
  }, 30_000);

  it('transfer to a named agent who declines: after the offer-again time the chat is not offered back to Alex', async () => {
    const { visitor, conversation } = await heldByAlex();
    await ok(call(sam, 'presence:set', { presence: 'online' }));
    await server.baton.services.idle();
    const forSam = next<QueueInfo>(visitor, 'queue:updated', (q) => q.forAgent === 'Sam Lee');
    const r = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toAgentId: samId, note: 'please take this one' }));
    expect(r.conversation).toMatchObject({ state: 'offered', offeredToAgentId: samId });
    await forSam;
    // Sam declines: the customer's card no longer says they wait for Sam.
    const notForSam = next<QueueInfo>(visitor, 'queue:updated', (q) => q.forAgent === undefined);
    // …and is told what happened, not left with "transferring you to Sam Lee" above "nobody is available".
    const told = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'system' && m.body.includes("couldn't take your chat"));
    await ok(call(sam, 'conversation:decline', { conversationId: conversation.id, expectedVersion: r.conversation.version }));
    await notForSam;
    expect((await told).body).toMatch(/^Sam Lee couldn't take your chat after all\. You're back in line for the .+ team, in the place you had\.$/);
    await ok(call(sam, 'presence:set', { presence: 'away' }));
    await sleep(3500);
    await server.baton.services.idle();
    const after = await detail(alex, conversation.id);
    // README: "if they decline or let it expire it goes to the queue, skipping both"; offerAgain.ts: "agents who transferred it away stay out".
    expect(after.conversation.offeredToAgentId).not.toBe(alexId);
  }, 30_000);

  it('the colleague named in a transfer may still take it from the queue after declining, though it is not their team', async () => {
    const { conversation } = await heldByAlex();
    await ok(call(sam, 'presence:set', { presence: 'online' }));
    await server.baton.services.idle();
    const r = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toAgentId: samId, note: 'you know this customer' }));
    const declined = await ok(call<{ conversation: ConversationSummary }>(sam, 'conversation:decline', { conversationId: conversation.id, expectedVersion: r.conversation.version }));
    expect(declined.conversation).toMatchObject({ state: 'queued', invitedAgentId: samId });
    // Sam (Billing) lacks what the queue needs: without the invitation this would be not_eligible.
    expect(declined.conversation.needs?.every((n) => n === 'billing' || n === 'en')).toBe(false);
    const taken = await ok(call<{ conversation: ConversationSummary }>(sam, 'conversation:accept', { conversationId: conversation.id, expectedVersion: declined.conversation.version }));
    expect(taken.conversation).toMatchObject({ state: 'human', agentId: samId });
    expect(taken.conversation.invitedAgentId).toBeUndefined();
    await ok(call(sam, 'presence:set', { presence: 'away' })); // the next case needs Alex alone online
  }, 30_000);

  it('the invitation ends once a teammate has taken the chat: after that teammate goes offline, Sam may not take it from the queue', async () => {
    const { conversation } = await heldByAlex();
    await ok(call(sam, 'presence:set', { presence: 'online' }));
    await server.baton.services.idle();
    const r = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toAgentId: samId, note: 'you know this customer' }));
    const declined = await ok(call<{ conversation: ConversationSummary }>(sam, 'conversation:decline', { conversationId: conversation.id, expectedVersion: r.conversation.version }));
    await ok(call(sam, 'presence:set', { presence: 'away' })); // so the queue is Pat's to take
    const skills = (declined.conversation.needs ?? []).map((skill) => ({ skill, proficiency: 1 }));
    await upsertAgent(server.baton.database.db, { siteId: 'site_demo', email: 'pat@demo.baton.dev', name: 'Pat Kim', password: 'pat-kim-password', skills });
    const pat = await connectAgent(server.url, await agentCookie(server.url, { email: 'pat@demo.baton.dev', password: 'pat-kim-password' }));
    open.push(pat);
    await ok(call(pat, 'presence:set', { presence: 'online' }));
    await server.baton.services.idle();
    const now = await detail(pat, conversation.id);
    const taken = await ok(call<{ conversation: ConversationSummary }>(pat, 'conversation:accept', { conversationId: conversation.id, expectedVersion: now.conversation.version }));
    expect(taken.conversation.agentId).not.toBe(samId);
    await ok(call(pat, 'presence:set', { presence: 'offline' })); // Pat's chats go back to the queue
    await server.baton.services.idle();
    const back = await detail(sam, conversation.id);
    // Not back to Alex either: he sent it away, and Pat's going offline is no reason to return it to him.
    expect(back.conversation).toMatchObject({ state: 'queued' });
    expect(back.conversation.invitedAgentId).toBeUndefined();
    const refused = await call(sam, 'conversation:accept', { conversationId: conversation.id, expectedVersion: back.conversation.version });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_eligible' } });
  }, 30_000);
});

describe('a low typed rating that asks for a person', () => {
  it('"1 - the lamp still flickers, I want to talk to a person" brings a person back instead of counting as a rating', async () => {
    const { visitor, conversation } = await heldByAlex();
    await ok(call(alex, 'conversation:resolve', { conversationId: conversation.id, expectedVersion: conversation.version }));
    await server.baton.services.idle();
    await ok(call(visitor, 'message:send', { clientMsgId: `rate${Date.now()}`, body: '1 - the lamp still flickers, I want to talk to a person' }));
    await server.baton.services.idle();
    const d = await detail(alex, conversation.id);
    const lastBot = d.messages.filter((m) => m.authorType === 'bot').at(-1);
    expect(d.conversation.state).not.toBe('bot');
    expect(lastBot?.body).not.toMatch(/rating/i);
  }, 30_000);
});

describe('estimate after a transfer, once the customer writes', () => {
  it('only Alex (who sent it to Billing) is online: "nobody available" must survive the customer writing a message', async () => {
    const { visitor, conversation } = await heldByAlex();
    await ok(call(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toSkill: 'billing', note: 'refund' }));
    await server.baton.services.idle();
    const before = await detail(alex, conversation.id);
    expect(before.queue?.offline?.reason).toBeDefined();
    await ok(call(visitor, 'message:send', { clientMsgId: `w${Date.now()}`, body: 'any news on my refund for LL-123456?' }));
    await server.baton.services.idle();
    await server.baton.services.queue.publish('site_demo');
    const after = await detail(alex, conversation.id);
    expect(after.queue?.offline?.reason).toBeDefined();
  }, 30_000);
});
