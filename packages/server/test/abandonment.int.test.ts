/** A customer who closes the chat while waiting leaves the queue after the grace period; a reload keeps their place. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ConversationDetail, ConversationSummary, VisitorConversationView, VisitorSyncResult } from '@baton/protocol';
import { call, connectAgent, connectVisitor, next, offerOf, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { timers } from '../src/storage/schema.js';
import { getConversation, listEvents } from '../src/storage/conversationStore.js';

let server: TestServer;
let agent: AgentClient | undefined;
/** The first test's customer, who left while waiting. */
let leftId = '';
const open: VisitorClient[] = [];

beforeAll(async () => {
  // No agent is connected, so escalated conversations stay queued.
  server = await startServer({ BATON_ABANDON_GRACE_SECONDS: '1' });
});
afterAll(async () => {
  for (const v of open) v.close();
  agent?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitingVisitor(): Promise<{ visitor: VisitorClient & { token: string }; conversationId: string }> {
  const visitor = await connectVisitor(server.url);
  open.push(visitor);
  const { conversation } = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:escalate', {}));
  expect(conversation.state).toBe('queued');
  return { visitor, conversationId: conversation.id };
}

const abandonTimer = async (conversationId: string) =>
  (await server.baton.database.db.select().from(timers).where(and(eq(timers.kind, 'abandon'), eq(timers.conversationId, conversationId))))[0];

async function until<T>(fn: () => Promise<T>, pred: (x: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const x = await fn();
    if (pred(x) || Date.now() > end) return x;
    await sleep(100);
  }
}

describe('abandonment', () => {
  it('closes a queued conversation once the customer has been gone for the grace period', async () => {
    const { visitor, conversationId } = await waitingVisitor();
    visitor.close();
    expect(await until(() => abandonTimer(conversationId), (t) => !!t)).toBeTruthy();
    const conv = await until(() => getConversation(server.baton.database.db, conversationId), (c) => c?.state === 'closed');
    expect(conv?.state).toBe('closed');
    expect(await abandonTimer(conversationId)).toBeUndefined();
    const events = await listEvents(server.baton.database.db, conversationId);
    expect(events.at(-1)).toMatchObject({ kind: 'abandoned', fromState: 'queued', toState: 'closed', actorType: 'system' });
    leftId = conversationId;
    // Back later: no open conversation, but what they wrote in the one they left, and that it ended.
    const back = await connectVisitor(server.url, visitor.token);
    open.push(back);
    const sync = await ok(call<VisitorSyncResult>(back, 'conversation:sync', { lastSeq: 0 }));
    expect(sync.conversation).toBeNull();
    expect(sync.earlier?.ended).toBe('left_queue');
    expect(sync.earlier?.messages.length).toBeGreaterThan(0);
    expect(new Set(sync.earlier!.messages.map((m) => m.conversationId))).toEqual(new Set([conversationId]));
  });

  it('keeps the place in the queue when the customer reconnects within the grace period', async () => {
    const { visitor, conversationId } = await waitingVisitor();
    visitor.close();
    await until(() => abandonTimer(conversationId), (t) => !!t);
    const again = await connectVisitor(server.url, visitor.token);
    open.push(again);
    expect(await until(() => abandonTimer(conversationId), (t) => !t)).toBeUndefined();
    await sleep(1500); // past the grace period
    const sync = await ok(call<VisitorSyncResult>(again, 'conversation:sync', { lastSeq: 0 }));
    expect(sync.conversation).toMatchObject({ id: conversationId, state: 'queued' });
  });

  it('does not abandon while another tab of the same customer stays open', async () => {
    const { visitor, conversationId } = await waitingVisitor();
    const second = await connectVisitor(server.url, visitor.token);
    open.push(second);
    visitor.close();
    await sleep(1500);
    expect(await abandonTimer(conversationId)).toBeUndefined();
    expect((await getConversation(server.baton.database.db, conversationId))?.state).toBe('queued');
  });

  it('leaves a conversation with the bot alone', async () => {
    const visitor = await connectVisitor(server.url);
    const { message } = await ok(call<{ message: { conversationId: string } }>(visitor, 'message:send', { clientMsgId: `ab${Date.now()}`, body: 'hello' }));
    await server.baton.services.idle();
    visitor.close();
    await sleep(1500);
    const d = await getConversation(server.baton.database.db, message.conversationId);
    expect(d?.state).toBe('bot');
    expect(await abandonTimer(message.conversationId)).toBeUndefined();
  });

  it('withdraws an offer when the customer leaves: the agent sees it close, the offer timer is gone', async () => {
    agent = await connectAgent(server.url);
    const visitor = await connectVisitor(server.url);
    // Earlier tests leave customers waiting; the agent coming online is offered those too, so wait for ours.
    const offers: ConversationSummary[] = [];
    agent.on('conversation:offered', (o) => offers.push(o.conversation));
    const esc = await ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    const conversation = await until(async () => offers.find((o) => o.id === esc.conversation.id), (c) => c !== undefined).then((c) => c!);
    const closed = next<ConversationSummary>(agent, 'conversation:updated', (c) => c.id === conversation.id && c.state === 'closed');
    visitor.close();
    await closed;
    const offerTimer = await server.baton.database.db.select().from(timers).where(and(eq(timers.kind, 'offer_expiry'), eq(timers.conversationId, conversation.id)));
    expect(offerTimer).toEqual([]);
    const events = await listEvents(server.baton.database.db, conversation.id);
    expect(events.at(-1)).toMatchObject({ kind: 'abandoned', fromState: 'offered', toState: 'closed' });
  });

  it('starts the grace when a conversation becomes waiting again after the customer left (transfer)', async () => {
    const visitor = await connectVisitor(server.url);
    // Ours by id, not the next offer: the customers left waiting above were offered to this agent too.
    const escalated = ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    const { conversation } = await offerOf(agent!, escalated.then((e) => e.conversation.id));
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent!, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));
    visitor.close();
    await sleep(300);
    expect(await abandonTimer(conversation.id)).toBeUndefined(); // with an agent: nobody is waiting
    await ok(call(agent!, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: acc.conversation.version, toSkill: 'billing', note: 'over to billing' }));
    expect(await abandonTimer(conversation.id)).toBeTruthy();
    const conv = await until(() => getConversation(server.baton.database.db, conversation.id), (c) => c?.state === 'closed');
    expect(conv?.state).toBe('closed');
  });

  it('starts the grace when the agent who held the chat goes offline after the customer left', async () => {
    const visitor = await connectVisitor(server.url);
    const escalated = ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    const { conversation } = await offerOf(agent!, escalated.then((e) => e.conversation.id));
    await ok(call(agent!, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));
    visitor.close();
    await sleep(300);
    expect(await abandonTimer(conversation.id)).toBeUndefined();
    // Offline: the chat goes back to the queue (Presence), where nobody would ever come back for it.
    await ok(call(agent!, 'presence:set', { presence: 'offline' }));
    const conv = await until(() => getConversation(server.baton.database.db, conversation.id), (c) => c?.state === 'closed');
    expect(conv?.state).toBe('closed');
    const events = await listEvents(server.baton.database.db, conversation.id);
    expect(events.slice(-2).map((e) => [e.kind, e.toState])).toEqual([['transferred', 'queued'], ['abandoned', 'closed']]);
    await ok(call(agent!, 'presence:set', { presence: 'online' }));
  });

  it("sweeps up a waiting chat whose customer's node died before it saw them go (no timer was ever set)", async () => {
    const stays = await waitingVisitor();
    const gone = await waitingVisitor();
    gone.visitor.close();
    await until(() => abandonTimer(gone.conversationId), (t) => !!t);
    // As if the node holding the socket had been killed: no disconnect handler ran, so no timer.
    await server.baton.database.db.delete(timers).where(and(eq(timers.kind, 'abandon'), eq(timers.conversationId, gone.conversationId)));
    await server.baton.services.abandonment.sweep();
    expect(await abandonTimer(gone.conversationId)).toBeTruthy();
    expect(await abandonTimer(stays.conversationId)).toBeUndefined(); // still connected: left alone
    const conv = await until(() => getConversation(server.baton.database.db, gone.conversationId), (c) => c?.state === 'closed');
    expect(conv?.state).toBe('closed');
    expect((await getConversation(server.baton.database.db, stays.conversationId))?.state).not.toBe('closed');
  });

  it('neither sweeps nor abandons while presence cannot be believed (the nodes may not see each other)', async () => {
    const presence = server.baton.services.ctx.visitorPresence;
    const gone = await waitingVisitor();
    gone.visitor.close();
    await until(() => abandonTimer(gone.conversationId), (t) => !!t);
    await server.baton.database.db.delete(timers).where(and(eq(timers.kind, 'abandon'), eq(timers.conversationId, gone.conversationId)));
    const sure = presence.sure;
    presence.sure = () => false;
    try {
      expect(await server.baton.services.abandonment.sweep()).toBe(0);
      expect(await abandonTimer(gone.conversationId)).toBeUndefined();
      // A timer that falls due meanwhile is put off, not fired.
      await server.baton.services.abandonment.watch((await getConversation(server.baton.database.db, gone.conversationId))!);
      await sleep(1500);
      expect((await getConversation(server.baton.database.db, gone.conversationId))?.state).toBe('queued');
      expect(await abandonTimer(gone.conversationId)).toBeTruthy();
    } finally {
      presence.sure = sure;
    }
    const conv = await until(() => getConversation(server.baton.database.db, gone.conversationId), (c) => c?.state === 'closed', 12_000);
    expect(conv?.state).toBe('closed');
  }, 20_000);

  it("shows the agent a returning customer's earlier conversations, and no one else's", async () => {
    agent ??= await connectAgent(server.url);
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const first = await ok(call<{ message: { conversationId: string } }>(visitor, 'message:send', { clientMsgId: `h1${Date.now()}`, body: 'Where is my order   NW-123456?' }));
    await server.baton.services.idle();
    await ok(call(visitor, 'conversation:escalate', {}));
    visitor.close();
    await until(() => getConversation(server.baton.database.db, first.message.conversationId), (c) => c?.state === 'closed');
    const back = await connectVisitor(server.url, visitor.token);
    open.push(back);
    const second = await ok(call<{ message: { conversationId: string } }>(back, 'message:send', { clientMsgId: `h2${Date.now()}`, body: 'me again' }));
    await server.baton.services.idle();
    expect(second.message.conversationId).not.toBe(first.message.conversationId);

    const detail = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: second.message.conversationId }));
    expect(detail.history).toHaveLength(1);
    expect(detail.history[0]).toMatchObject({
      id: first.message.conversationId,
      outcome: 'left_queue',
      state: 'closed',
      opening: 'Where is my order NW-123456?',
      reason: 'explicit_request',
      resolvedBy: null,
    });
    expect(detail.history[0]!.messageCount).toBeGreaterThanOrEqual(2);
    // The earlier one lists the later one; another customer sees neither.
    const older = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: first.message.conversationId }));
    expect(older.history.map((h) => [h.id, h.outcome, h.opening])).toEqual([[second.message.conversationId, 'bot_only', 'me again']]);
    const stranger = await connectVisitor(server.url);
    open.push(stranger);
    const theirs = await ok(call<{ message: { conversationId: string } }>(stranger, 'message:send', { clientMsgId: `h3${Date.now()}`, body: 'hello there' }));
    await server.baton.services.idle();
    expect((await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: theirs.message.conversationId }))).history).toEqual([]);
  });
  it('still shows the team a conversation the customer left while waiting (the console lists it under "Left while waiting")', async () => {
    agent ??= await connectAgent(server.url);
    const inbox = await ok(call<{ conversations: ConversationSummary[] }>(agent, 'inbox:list', {}));
    expect(leftId).not.toBe('');
    expect(inbox.conversations.find((c) => c.id === leftId)).toMatchObject({ state: 'closed', queuedAt: expect.any(String) });
  });
});
