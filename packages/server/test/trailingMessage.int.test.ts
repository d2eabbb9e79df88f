import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageView, VisitorConversationView, VisitorSyncResult } from '@baton/protocol';
import { call, cid, connectVisitor, next, ok, startServer, type TestServer, type VisitorClient } from './harness.js';

/**
 * A customer typing on a phone sends half a sentence, then the rest (session 31): the bot says nothing to the half (it
 * had answered "hey can u put me thru to" with the battery-safety article), its turn is finished all the same, and the
 * rest is read with it, on a real server.
 */
let server: TestServer;
let visitor: VisitorClient & { token: string };

beforeAll(async () => {
  server = await startServer();
  visitor = await connectVisitor(server.url);
});
afterAll(async () => {
  visitor?.close();
  await server?.close();
});

describe('a message that trails off', () => {
  it('gets no reply, and the message that finishes it is read with it', async () => {
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'hey can u put me thru to' }));
    await server.baton.services.idle();
    const half = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    expect(half.messages.map((m) => m.authorType)).toEqual(['visitor']);
    expect(half.conversation?.state).toBe('bot');

    const queued = next<VisitorConversationView>(visitor, 'conversation:updated', (c) => c.state === 'queued' || c.state === 'offered');
    const handoff = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'handoff');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'someone in billing, my bill is 40 euro more than the order' }));
    await queued;
    expect((await handoff).body).toMatch(/Billing/);
    const after = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    // Both halves kept as typed, one hand-off, no answer to the half sentence.
    expect(after.messages.filter((m) => m.authorType === 'visitor').map((m) => m.body)).toEqual(['hey can u put me thru to', 'someone in billing, my bill is 40 euro more than the order']);
    expect(after.messages.filter((m) => m.authorType === 'bot').map((m) => m.meta.kind)).toEqual(['handoff']);
  });
});
