/**
 * A retry (a message id already stored in the conversation) is answered with the stored message. It must be answered
 * only to that conversation's own site: an agent of another site who named a conversation and a message id got the
 * customer's message back (a security review).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageView } from '@baton/protocol';
import { upsertAgent } from '../src/services/agentAuth.js';
import { agentCookie, call, cid, connectAgent, connectVisitor, ok, SITES_DIR, startServer, type TestServer } from './harness.js';

let server: TestServer;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'baton-sites-'));
  cpSync(path.join(SITES_DIR, 'demo'), path.join(dir, 'demo'), { recursive: true });
  cpSync(path.join(SITES_DIR, 'demo'), path.join(dir, 'acme'), { recursive: true });
  const config = JSON.parse(readFileSync(path.join(dir, 'acme', 'site.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(dir, 'acme', 'site.json'), JSON.stringify({ ...config, name: 'Acme' }));
  server = await startServer({ BATON_SITES_DIR: dir });
  await upsertAgent(server.baton.database.db, { siteId: 'site_acme', email: 'eve@acme.example', name: 'Eve', password: 'eve-acme-password', skills: [] });
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

describe("a retry names another site's conversation", () => {
  it('is refused as not found, without the stored message', async () => {
    const visitor = await connectVisitor(server.url);
    open.push(visitor);
    const clientMsgId = cid();
    const sent = await ok(call<{ message: MessageView }>(visitor, 'message:send', { clientMsgId, body: 'my card number is 4111 1111 1111 1111' }));
    const eve = await connectAgent(server.url, await agentCookie(server.url, { email: 'eve@acme.example', password: 'eve-acme-password' }));
    open.push(eve);
    const r = await call<{ message: MessageView }>(eve, 'message:send', { conversationId: sent.message.conversationId, clientMsgId, body: 'anything' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.stringify(r)).not.toContain('4111');
  });
});
