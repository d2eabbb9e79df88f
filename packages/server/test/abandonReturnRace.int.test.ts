/**
 * A waiting customer whose tab comes back just as their abandonment timer fires keeps their place. The timer asks every
 * node whether a tab is open and then closes the chat; a tab that reconnected after the answer (its connection clears
 * the timer) used to find its chat closed anyway.
 *
 * Deterministic, not timed: the timer's "is a tab open?" is answered as at the moment it was asked (no tab), but held
 * back, as from a slow node, until the customer's tab is back (or back and gone again).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { VisitorConversationView } from '@baton/protocol';
import { call, connectVisitor, ok, startServer, type TestServer, type VisitorClient } from './harness.js';
import { deferred, until } from './support/racePoints.js';
import { conversations, timers } from '../src/storage/schema.js';
import { listEvents } from '../src/storage/conversationStore.js';
import type { TimerRow } from '../src/storage/timerStore.js';

let server: TestServer;
const open: VisitorClient[] = [];

// No agent is connected, so the customers stay queued.
beforeEach(async () => {
  server = await startServer({ BATON_ABANDON_GRACE_SECONDS: '0.5' });
});
afterEach(async () => {
  for (const v of open.splice(0)) v.close();
  await server?.close();
});

const db = () => server.baton.database.db;
const conversationRow = async (id: string) => (await db().select().from(conversations).where(eq(conversations.id, id)))[0]!;
const abandonTimer = async (id: string) => (await db().select().from(timers).where(and(eq(timers.kind, 'abandon'), eq(timers.conversationId, id))))[0];

async function waitingCustomer(): Promise<{ visitor: VisitorClient & { token: string }; conversationId: string; visitorId: string }> {
  const visitor = await connectVisitor(server.url);
  open.push(visitor);
  const { conversation } = await ok(call<{ conversation: VisitorConversationView }>(visitor, 'conversation:escalate', {}));
  expect(conversation.state).toBe('queued');
  return { visitor, conversationId: conversation.id, visitorId: (await conversationRow(conversation.id)).visitorId };
}

/**
 * Holds the abandonment timer's own "is a tab open?" for this visitor (not the one the closing tab asks to arm it),
 * answered as when asked. `done` resolves once that timer's run has finished.
 */
function holdTimerCheck(visitorId: string) {
  const { ctx, abandonment } = server.baton.services;
  const presence = ctx.visitorPresence;
  const realAsk = presence.isConnected;
  const realFire = abandonment.fire;
  const inTimer = new AsyncLocalStorage<boolean>();
  const asked = deferred();
  const answer = deferred();
  const done = deferred();
  let held = false;
  presence.isConnected = async (id) => {
    const connected = await realAsk(id);
    if (id === visitorId && inTimer.getStore() && !held) {
      held = true;
      asked.resolve();
      await answer.promise;
    }
    return connected;
  };
  abandonment.fire = (t: TimerRow) => inTimer.run(true, () => realFire.call(abandonment, t)).finally(() => held && done.resolve());
  const restore = () => {
    presence.isConnected = realAsk;
    abandonment.fire = realFire;
  };
  return { asked: asked.promise, answer: () => answer.resolve(), done: done.promise, restore };
}

describe('a customer back as the abandonment timer fires', () => {
  it('keeps their place when the tab reconnected after the timer asked whether one was open', async () => {
    const { visitor, conversationId, visitorId } = await waitingCustomer();
    const before = await conversationRow(conversationId);
    const hold = holdTimerCheck(visitorId);
    try {
      visitor.close();
      await hold.asked;

      // The reload's tab connects (clearing the timer) before the answer "no tab" is back.
      open.push(await connectVisitor(server.url, visitor.token));
      await until(async () => !(await abandonTimer(conversationId)));
      hold.answer();
      await hold.done;

      expect(await conversationRow(conversationId)).toMatchObject({ state: 'queued', version: before.version });
    } finally {
      hold.restore();
    }
  });

  it('is not closed by the old timer when the tab came back and left again (the new grace period runs)', async () => {
    const { visitor, conversationId, visitorId } = await waitingCustomer();
    const hold = holdTimerCheck(visitorId);
    try {
      visitor.close();
      await hold.asked;
      const first = (await abandonTimer(conversationId))!;

      // Back, and gone again: the timer is armed anew, later.
      const back = await connectVisitor(server.url, visitor.token);
      await until(async () => !(await abandonTimer(conversationId)));
      back.close();
      await until(async () => ((await abandonTimer(conversationId))?.dueAt.getTime() ?? 0) > first.dueAt.getTime());
      const rearmed = (await abandonTimer(conversationId))!;
      hold.answer();
      await hold.done;

      // Closed by the new timer, when it fell due, not by the old one.
      await until(async () => (await conversationRow(conversationId)).state === 'closed');
      const closed = (await listEvents(db(), conversationId)).at(-1)!;
      expect(closed).toMatchObject({ kind: 'abandoned' });
      expect(closed.createdAt.getTime()).toBeGreaterThanOrEqual(rearmed.dueAt.getTime());
    } finally {
      hold.restore();
    }
  });
});
