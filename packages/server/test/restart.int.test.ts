import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, MessageView, VisitorSyncResult } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, ok, startServer, agentCookie } from './harness.js';

const dir = mkdtempSync(path.join(tmpdir(), 'baton-restart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a restart on the same database restores everything', () => {
  it('keeps conversation, control state, timeline, visitor token and agent session', async () => {
    let server = await startServer({ BATON_DATA_DIR: dir });
    const env = { BATON_DATA_DIR: dir, ...(server.databaseUrl ? { DATABASE_URL: server.databaseUrl } : {}) };
    const cookie = await agentCookie(server.url);
    let agent = await connectAgent(server.url, cookie);
    let visitor = await connectVisitor(server.url);
    const token = visitor.token;
    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'I want to speak to a human' }));
    const { conversation } = await offered;
    await ok(call(agent, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));
    await ok(call(agent, 'message:send', { conversationId: conversation.id, clientMsgId: cid(), body: 'Hello from Alex' }));
    const before = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    visitor.close();
    agent.close();
    await server.close();

    server = await startServer(env);
    // Same signing secret (kept in the database), so the visitor's token and the agent's cookie still work.
    visitor = await connectVisitor(server.url, token);
    agent = await connectAgent(server.url, cookie);
    const after = await ok(call<VisitorSyncResult>(visitor, 'conversation:sync', { lastSeq: 0 }));
    expect(after.conversation).toMatchObject({ id: conversation.id, state: 'human', agentName: 'Alex Rivera' });
    expect(after.messages.map((m: MessageView) => [m.seq, m.body])).toEqual(before.messages.map((m) => [m.seq, m.body]));
    const d = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: conversation.id }));
    expect(d.timeline.map((e) => e.kind)).toEqual(['escalated', 'offered', 'accepted']);
    // And the conversation goes on with the next seq.
    const m = await ok(call<{ message: MessageView }>(visitor, 'message:send', { clientMsgId: cid(), body: 'still there?' }));
    expect(m.message.seq).toBe(before.messages.length + 1);
    visitor.close();
    agent.close();
    await server.close();
    // Two on-disk PGlite starts (open, migrate, seed): slow on a loaded 2-core machine.
  }, 90_000);
});
