import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, HandoffPackage, MessageView, QueueInfo, VisitorConversationView, VisitorSyncResult } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, ok, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { eq } from 'drizzle-orm';
import { conversations } from '../src/storage/schema.js';

let server: TestServer;
let visitor: VisitorClient & { token: string };
let agent: AgentClient;

beforeAll(async () => {
  server = await startServer();
  agent = await connectAgent(server.url);
  visitor = await connectVisitor(server.url);
});
afterAll(async () => {
  visitor?.close();
  agent?.close();
  await server?.close();
});

const botReply = (v: VisitorClient) => next<MessageView>(v, 'message:created', (m) => m.authorType === 'bot');

describe('the whole handoff loop over real sockets', () => {
  let conversationId = '';
  let offered: { conversation: ConversationSummary; package: HandoffPackage | null };

  it('answers a covered question from the knowledge base, naming the article', async () => {
    const reply = botReply(visitor);
    const { message } = await ok(call<{ message: MessageView }>(visitor, 'message:send', { clientMsgId: cid(), body: 'How long does a refund take?' }));
    expect(message.seq).toBe(1);
    conversationId = message.conversationId;
    const r = await reply;
    expect(r.meta.kind).toBe('answer');
    expect(r.meta.articleTitle).toBeTruthy();
    expect(r.body).toContain(r.meta.articleTitle!);
  });

  it('escalates "can I talk to a person?" with explicit_request, tells the customer the queue, and alerts the agent with the package', async () => {
    const queued = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'queued' || c.state === 'offered');
    const queueInfo = next<QueueInfo>(visitor, 'queue:updated');
    const alert = next<{ conversation: ConversationSummary; package: HandoffPackage | null }>(agent, 'conversation:offered');
    const handoffMsg = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'handoff');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'Can I talk to a person please?' }));
    const view = await queued;
    expect(view.id).toBe(conversationId);
    const q = await queueInfo;
    expect(q.position).toBe(1);
    expect(q.skillName).toBeTruthy();
    expect(q.estimateSeconds).toBeGreaterThanOrEqual(0);
    const handoff = (await handoffMsg).body;
    expect(handoff).toMatch(/still here/i);
    expect(handoff).toMatch(/as soon as someone joins/);
    expect(handoff).not.toMatch(/available right now/);
    offered = await alert;
    expect(offered.conversation.id).toBe(conversationId);
    expect(offered.package?.reason).toBe('explicit_request');
    expect(offered.package?.summary.length).toBeGreaterThan(10);
    expect(offered.package!.summary.length).toBeLessThanOrEqual(400);
  });

  it('shows the agent the full package and transcript before accepting', async () => {
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    expect(d.conversation.state).toBe('offered');
    expect(d.package?.reason).toBe('explicit_request');
    expect(d.messages.map((m) => m.authorType)).toEqual(['visitor', 'bot', 'visitor', 'bot']);
    expect(d.timeline.map((e) => e.kind)).toEqual(['escalated', 'offered']);
    expect(d.timeline[0]).toMatchObject({ version: 1, from: 'bot', to: 'queued', actorType: 'bot' });
  });

  it('rejects a stale version and malformed payloads without changing anything', async () => {
    const stale = await call(agent, 'conversation:accept', { conversationId, expectedVersion: 0 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'version_conflict' } });
    for (const bad of [null, 'x', { conversationId }, { conversationId, expectedVersion: 'one' }, { conversationId: '', expectedVersion: 1 }]) {
      const r = await call(agent, 'conversation:accept', bad);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    expect(d.conversation.version).toBe(offered.conversation.version);
    expect(d.timeline).toHaveLength(2);
  });

  it('refuses an agent reply before accepting', async () => {
    const r = await call(agent, 'message:send', { conversationId, clientMsgId: cid(), body: 'hello?' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_controller' } });
  });

  it('accept → the customer sees the agent join; both chat; typing flows; the bot is silent', async () => {
    const joined = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'joined');
    const human = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'human');
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId, expectedVersion: offered.conversation.version }));
    expect(acc.conversation.state).toBe('human');
    expect((await joined).body).toMatch(/Alex Rivera has joined/);
    expect((await human).agentName).toBe('Alex Rivera');

    const typing = next<{ typing: boolean; name: string | null }>(visitor, 'typing:updated', (t) => t.typing);
    agent.emit('typing:set', { conversationId, typing: true });
    expect((await typing).name).toBe('Alex Rivera');

    const fromAgent = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'agent');
    await ok(call(agent, 'message:send', { conversationId, clientMsgId: cid(), body: 'Hi, I can help with that.' }));
    expect((await fromAgent).body).toBe('Hi, I can help with that.');

    const atAgent = next<{ message: MessageView }>(agent, 'message:created', (e) => e.message.authorType === 'visitor');
    const bot: MessageView[] = [];
    const onBot = (m: MessageView) => m.authorType === 'bot' && bot.push(m);
    visitor.on('message:created', onBot);
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'How long does a refund take?' }));
    expect((await atAgent).message.body).toBe('How long does a refund take?');
    await server.baton.services.idle();
    await new Promise((r) => setTimeout(r, 300));
    visitor.off('message:created', onBot);
    expect(bot).toEqual([]);
  });

  it('resolve hands back to the bot, which asks for a rating; the rating is stored and shown', async () => {
    const d0 = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    const csatAsk = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'csat_request');
    const res = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:resolve', { conversationId, expectedVersion: d0.conversation.version }));
    expect(res.conversation.state).toBe('bot');
    expect((await csatAsk).authorType).toBe('bot');
    const sync = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    expect(sync.conversation?.csat).toEqual({ requested: true, rating: null });

    const bad = await call(visitor, 'csat:submit', { rating: 9 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const updated = next<ConversationSummary>(agent, 'conversation:updated', (c) => c.id === conversationId && c.csatRating === 4);
    const rated = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'csat:submit', { rating: 4 }));
    expect(rated.conversation.csat.rating).toBe(4);
    await updated;
    const again = await call(visitor, 'csat:submit', { rating: 5 });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    expect(d.conversation.csatRating).toBe(4);
    expect(d.timeline.map((e) => e.kind)).toEqual(['escalated', 'offered', 'accepted', 'resolved', 'handed_back']);
    expect(d.timeline.map((e) => e.version)).toEqual([1, 2, 3, 4, 5]);
    expect(d.timeline[2]).toMatchObject({ actorType: 'agent', actorName: 'Alex Rivera', from: 'offered', to: 'human' });
    // The agent resolves; the bot takes it back.
    expect(d.timeline[3]).toMatchObject({ kind: 'resolved', actorType: 'agent', actorName: 'Alex Rivera' });
    expect(d.timeline[4]).toMatchObject({ kind: 'handed_back', actorType: 'bot', from: 'bot', to: 'bot' });
  });

  it('the customer keeps talking to the bot and can escalate again', async () => {
    const reply = botReply(visitor);
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'How long does a refund take?' }));
    expect((await reply).meta.kind).toBe('answer');
    const queued = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'queued' || c.state === 'offered');
    const r = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:escalate', {}));
    expect(['queued', 'offered']).toContain(r.conversation.state);
    await queued;
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    expect(d.timeline.filter((e) => e.kind === 'escalated')).toHaveLength(2);
  });
  it('a rating typed into the chat after the bot asks for one is the rating, once', async () => {
    const d1 = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    const acc = await ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId, expectedVersion: d1.conversation.version }));
    const csatAsk = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'csat_request');
    await ok(call(agent, 'conversation:resolve', { conversationId, expectedVersion: acc.conversation.version }));
    await csatAsk;
    const thanks = next<MessageView>(visitor, 'message:created', (m) => m.authorType === 'bot' && m.body === 'Thanks for rating us 5/5!');
    const updated = next<ConversationSummary>(agent, 'conversation:updated', (c) => c.id === conversationId && c.csatRating === 5);
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: '5, quick and helpful' }));
    await thanks;
    await updated;
    // Rated already: a second number is just a message (never "Our team has been notified", which no one was).
    const reply = botReply(visitor);
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: '4' }));
    const r = await reply;
    expect(r.body).not.toMatch(/Thanks for rating|notified/);
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    expect(d.conversation.csatRating).toBe(5);
    const [row] = await server.baton.database.db.select().from(conversations).where(eq(conversations.id, conversationId));
    expect(row!.csatComment).toBe('quick and helpful');
  });

  it('"Talk to a person" pressed right after a resolve quotes the request, not the last case\'s message', async () => {
    const take = async () => {
      await server.baton.services.idle();
      const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
      return ok(call<{ conversation: ConversationSummary }>(agent, 'conversation:accept', { conversationId, expectedVersion: d.conversation.version }));
    };
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'My lamp LL-40321 still flickers, can I talk to a person?' }));
    const acc = await take();
    const csatAsk = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'csat_request');
    await ok(call(agent, 'conversation:resolve', { conversationId, expectedVersion: acc.conversation.version }));
    await csatAsk;
    // A rating and a thanks say nothing about why they want a person again.
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: '4' }));
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'thanks!' }));
    await server.baton.services.idle();
    await ok(call(visitor, 'conversation:escalate', {}));
    await server.baton.services.idle();
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));
    expect(d.package?.reason).toBe('explicit_request');
    expect(d.package?.evidence).toBe('I would like to talk to a person.');
  });
});
