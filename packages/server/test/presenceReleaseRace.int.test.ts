/**
 * An agent who is back by the time their chats would be handed back keeps them. A presence change commits, then
 * withdraws the agent's offers and releases their chats, each in its own transaction; a console that reconnected (or a
 * choice of Online) in between used to find its chats back in the queue and its offers gone, with the agent online.
 *
 * Deterministic, not timed: the presence change is held after its commit, before it withdraws or releases anything,
 * until the agent is online again.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationSummary } from '@baton/protocol';
import { agentCookie, call, connectAgent, connectVisitor, offerOf, ok, onlineConsole, startServer, type AgentClient, type TestServer } from './harness.js';
import { deferred, until } from './support/racePoints.js';
import { agents, conversations } from '../src/storage/schema.js';

let server: TestServer;
const open: { close(): unknown }[] = [];

// A server per test: the chats one test leaves with the agent would fill their capacity in the next.
beforeEach(async () => {
  // The default 120 s offer timeout: no offer here expires on its own.
  server = await startServer({ BATON_AGENT_GRACE_SECONDS: '0.2' });
});
afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  await server?.close();
});

const db = () => server.baton.database.db;
const agentRow = async (id: string) => (await db().select().from(agents).where(eq(agents.id, id)))[0]!;
const conversationRow = async (id: string) => (await db().select().from(conversations).where(eq(conversations.id, id)))[0]!;

/** A new customer asks for a person and is offered to the (only) agent online. */
async function offered(agentSocket: AgentClient): Promise<ConversationSummary> {
  const visitor = await connectVisitor(server.url);
  open.push(visitor);
  const asked = ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
  return (await offerOf(agentSocket, asked.then((a) => a.conversation.id))).conversation;
}

/** An agent holding one chat and one offer. */
async function atWork(cookie: string) {
  const first = await onlineConsole(server, cookie, open);
  const o = await offered(first.socket);
  const held = (await ok(call<{ conversation: ConversationSummary }>(first.socket, 'conversation:accept', { conversationId: o.id, expectedVersion: o.version }))).conversation;
  const offer = await offered(first.socket);
  await server.baton.services.idle();
  return { first, held: await conversationRow(held.id), offer: await conversationRow(offer.id) };
}

/** Holds the next presence change after its commit, before it withdraws the agent's offers (and releases their chats). */
function holdAfterCommit() {
  const presence = server.baton.services.presence as unknown as { withdrawOffers: (...args: unknown[]) => Promise<void> };
  const real = presence.withdrawOffers;
  const reached = deferred();
  const go = deferred();
  presence.withdrawOffers = async (...args) => {
    presence.withdrawOffers = real;
    reached.resolve();
    await go.promise;
    return real.apply(presence, args);
  };
  return { reached: reached.promise, go: () => go.resolve(), restore: () => (presence.withdrawOffers = real) };
}

describe('an agent back online before their chats are handed back', () => {
  it('keeps the chat and the offer when the console reconnects just after the grace period wrote offline', async () => {
    const cookie = await agentCookie(server.url);
    const { first, held, offer } = await atWork(cookie);
    const hold = holdAfterCommit();
    try {
      first.socket.close();
      await hold.reached;
      expect((await agentRow(first.agent.id)).presence).toBe('offline');

      // The reload's console connects while the grace period's change is between its commit and the hand-back.
      open.push(await connectAgent(server.url, cookie));
      await until(async () => (await agentRow(first.agent.id)).presence === 'online');
      hold.go();
      await server.baton.services.idle();

      // Neither moved: not back to the queue (nor re-offered to the agent after the fact).
      expect(await conversationRow(held.id)).toMatchObject({ state: 'human', agentId: first.agent.id, version: held.version });
      expect(await conversationRow(offer.id)).toMatchObject({ state: 'offered', offeredTo: first.agent.id, version: offer.version });
    } finally {
      hold.restore();
    }
  });

  it('keeps the offer when the agent chooses Online again just after choosing Away', async () => {
    const cookie = await agentCookie(server.url);
    const { first, offer } = await atWork(cookie);
    const other = await onlineConsole(server, cookie, open);
    const hold = holdAfterCommit();
    try {
      const away = ok(call(first.socket, 'presence:set', { presence: 'away' }));
      await hold.reached;
      await ok(call(other.socket, 'presence:set', { presence: 'online' }));
      hold.go();
      await away;
      await server.baton.services.idle();

      expect((await agentRow(first.agent.id)).presence).toBe('online');
      expect(await conversationRow(offer.id)).toMatchObject({ state: 'offered', offeredTo: first.agent.id, version: offer.version });
    } finally {
      hold.restore();
    }
  });

  it('still hands everything back when the agent stays gone', async () => {
    const cookie = await agentCookie(server.url);
    const { first, held, offer } = await atWork(cookie);
    first.socket.close();
    await until(async () => (await conversationRow(held.id)).state !== 'human');
    await server.baton.services.idle();
    expect((await agentRow(first.agent.id)).presence).toBe('offline');
    expect(await conversationRow(held.id)).toMatchObject({ state: 'queued', agentId: null });
    expect(await conversationRow(offer.id)).toMatchObject({ state: 'queued', offeredTo: null });
  });
});
