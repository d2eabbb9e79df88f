/**
 * The single-statement append on the real database (PGlite here, PostgreSQL in integration-pg): seq without
 * gaps under concurrency, idempotent retries, refusals that write nothing, the durable bot-turn marker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { startServer, type TestServer } from './harness.js';
import { appendMessage } from '../src/services/appendMessage.js';
import { agentControls, botMaySpeakRule, visitorOwns } from '../src/services/appendRules.js';
import { systemClock } from '../src/services/ports.js';
import type { ServiceContext } from '../src/services/context.js';
import { conversations, messages, sites, timers, visitors } from '../src/storage/schema.js';
import { createConversation, getConversation, getTurnContext, listMessages } from '../src/storage/conversationStore.js';
import { ServiceError } from '../src/services/serviceError.js';

let server: TestServer;
let ctx: ServiceContext;
let siteId: string;
let n = 0;
/** What the append announced (only messages actually created are announced). */
const announced: string[] = [];

beforeAll(async () => {
  server = await startServer({ BATON_TIMER_POLL_MS: '60000' });
  // appendMessage needs only the database, a clock and a notifier.
  const notifier = { messageCreated: (_c: unknown, m: { id: string }) => announced.push(m.id) };
  ctx = { db: server.baton.database.db, clock: systemClock, notifier } as unknown as ServiceContext;
  const [site] = await ctx.db.select().from(sites).where(eq(sites.key, 'demo'));
  siteId = site!.id;
});
afterAll(() => server?.close());

async function freshConversation() {
  const visitorId = `vtest${n++}`;
  await ctx.db.insert(visitors).values({ id: visitorId, siteId });
  return { visitorId, conv: await createConversation(ctx.db, siteId, visitorId) };
}

const visitorMsg = (visitorId: string, clientMsgId: string | null, body = 'hello') => ({
  clientMsgId,
  authorType: 'visitor' as const,
  authorId: visitorId,
  authorName: null,
  body,
});

async function botTurnTimer(conversationId: string) {
  return ctx.db.select().from(timers).where(and(eq(timers.kind, 'bot_turn'), eq(timers.conversationId, conversationId)));
}

async function refusal(p: Promise<unknown>): Promise<ServiceError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ServiceError);
  return err as ServiceError;
}

describe('appendMessage', () => {
  it('stores the message with the next seq and returns rows mapped like Drizzle rows', async () => {
    const { visitorId, conv } = await freshConversation();
    const r = await appendMessage(ctx, conv.id, { ...visitorMsg(visitorId, 'c1', 'order #123'), meta: { note: 'x' } }, { rules: [visitorOwns(visitorId)] });
    expect(r.created).toBe(true);
    expect(r.message).toMatchObject({ conversationId: conv.id, seq: 1, clientMsgId: 'c1', authorType: 'visitor', body: 'order #123', meta: { note: 'x' } });
    expect(r.message.createdAt).toBeInstanceOf(Date);
    expect(Math.abs(r.message.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(r.conversation).toMatchObject({ id: conv.id, lastSeq: 1, lastMessagePreview: 'order #123', state: 'bot', declinedBy: [] });
    expect(r.conversation.updatedAt).toBeInstanceOf(Date);
    // What came back is what is stored.
    const [stored] = await listMessages(ctx.db, conv.id);
    expect(stored).toEqual(r.message);
    const { conversation } = r;
    expect(await getConversation(ctx.db, conv.id)).toEqual(conversation);
  });

  it('answers a retried clientMsgId with the stored message and writes nothing', async () => {
    const { visitorId, conv } = await freshConversation();
    const first = await appendMessage(ctx, conv.id, visitorMsg(visitorId, 'same'));
    const again = await appendMessage(ctx, conv.id, visitorMsg(visitorId, 'same', 'a different body'));
    expect(again.created).toBe(false);
    expect(again.message).toEqual(first.message);
    expect(again.conversation.lastSeq).toBe(1);
    expect(await listMessages(ctx.db, conv.id)).toHaveLength(1);
  });

  it('gives concurrent senders consecutive seqs and stores a concurrently retried message once', async () => {
    const { visitorId, conv } = await freshConversation();
    const distinct = Array.from({ length: 20 }, (_, i) => appendMessage(ctx, conv.id, visitorMsg(visitorId, `d${i}`, `m${i}`)));
    const retries = Array.from({ length: 10 }, () => appendMessage(ctx, conv.id, visitorMsg(visitorId, 'retried')));
    const results = await Promise.all([...distinct, ...retries]);
    const stored = await listMessages(ctx.db, conv.id);
    expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(stored.filter((m) => m.clientMsgId === 'retried')).toHaveLength(1);
    expect(results.filter((r) => r.created)).toHaveLength(21);
    expect(new Set(results.slice(20).map((r) => r.message.id)).size).toBe(1);
    // Every append announces its message, a retry the stored one again (its first node may have died unannounced).
    for (const m of stored) expect(announced.filter((id) => id === m.id)).toHaveLength(m.clientMsgId === 'retried' ? 10 : 1);
    expect((await getConversation(ctx.db, conv.id))!.lastSeq).toBe(21);
  });

  it('refuses when a rule does not hold, names the rule, and writes nothing', async () => {
    const { visitorId, conv } = await freshConversation();
    await appendMessage(ctx, conv.id, visitorMsg(visitorId, 'first'));
    const agentReply = { clientMsgId: 'a1', authorType: 'agent' as const, authorId: 'ag_nobody', authorName: 'Nobody', body: 'hi' };
    expect((await refusal(appendMessage(ctx, conv.id, agentReply, { rules: [agentControls('ag_nobody')] }))).code).toBe('not_controller');
    expect((await refusal(appendMessage(ctx, conv.id, visitorMsg('someone-else', 'x'), { rules: [visitorOwns('someone-else')] }))).code).toBe('conflict');
    // A human took over: the bot's answer is refused.
    await ctx.db.update(conversations).set({ state: 'human' }).where(eq(conversations.id, conv.id));
    const botReply = { clientMsgId: null, authorType: 'bot' as const, authorId: null, authorName: 'Assistant', body: 'too late' };
    expect((await refusal(appendMessage(ctx, conv.id, botReply, { rules: [botMaySpeakRule], answersBotTurn: 1 }))).code).toBe('not_controller');
    const stored = await listMessages(ctx.db, conv.id);
    expect(stored.map((m) => m.clientMsgId)).toEqual(['first']);
    expect((await getConversation(ctx.db, conv.id))!.lastSeq).toBe(1);
    // The refused bot answer did not clear the pending turn either.
    expect(await botTurnTimer(conv.id)).toHaveLength(1);
  });

  it('reports an unknown conversation as not_found', async () => {
    expect((await refusal(appendMessage(ctx, 'cv_missing', visitorMsg('v', 'z')))).code).toBe('not_found');
  });

  it("arms the bot-turn marker on the customer's message (keeping the earliest) and clears it with the bot's answer", async () => {
    const { visitorId, conv } = await freshConversation();
    await appendMessage(ctx, conv.id, visitorMsg(visitorId, 'q1'));
    const [armed] = await botTurnTimer(conv.id);
    expect(armed!.dueAt.getTime()).toBeGreaterThan(Date.now());
    await appendMessage(ctx, conv.id, visitorMsg(visitorId, 'q2'));
    const after = await botTurnTimer(conv.id);
    expect(after).toHaveLength(1);
    expect(after[0]!.dueAt).toEqual(armed!.dueAt);
    const botReply = { clientMsgId: null, authorType: 'bot' as const, authorId: null, authorName: 'Assistant', body: 'answer' };
    expect(after[0]!.data).toEqual({ seq: 2 });
    // An answer to the first message only leaves the second one's marker in place.
    await appendMessage(ctx, conv.id, { ...botReply, body: 'answer to q1' }, { rules: [botMaySpeakRule], answersBotTurn: 1 });
    expect(await botTurnTimer(conv.id)).toHaveLength(1);
    const r = await appendMessage(ctx, conv.id, botReply, { rules: [botMaySpeakRule], answersBotTurn: 2 });
    expect(r.message.seq).toBe(4);
    expect(await botTurnTimer(conv.id)).toHaveLength(0);
    // Messages without a clientMsgId never count as retries of each other.
    await appendMessage(ctx, conv.id, botReply, { rules: [botMaySpeakRule], answersBotTurn: 2 });
    expect((await ctx.db.select().from(messages).where(eq(messages.conversationId, conv.id))).length).toBe(5);
  });
});

describe('getTurnContext', () => {
  it('reads the conversation, the customer and the transcript in one statement, as Drizzle would', async () => {
    const { visitorId, conv } = await freshConversation();
    await ctx.db.update(visitors).set({ attributes: { name: 'Ada', tier: 'vip' } }).where(eq(visitors.id, visitorId));
    for (let i = 0; i < 3; i++) await appendMessage(ctx, conv.id, { ...visitorMsg(visitorId, `t${i}`, `message ${i}`), meta: { i } });
    const t = await getTurnContext(ctx.db, conv.id);
    expect(t!.conversation).toEqual(await getConversation(ctx.db, conv.id));
    expect(t!.messages).toEqual(await listMessages(ctx.db, conv.id));
    expect(t!.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(t!.attributes).toEqual({ name: 'Ada', tier: 'vip' });
    const empty = await freshConversation();
    expect((await getTurnContext(ctx.db, empty.conv.id))!.messages).toEqual([]);
    expect(await getTurnContext(ctx.db, 'cv_missing')).toBeUndefined();
  });
});
