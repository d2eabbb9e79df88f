import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageView, VisitorSyncResult } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, ok, startServer, visitorSession, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('delivery: persist, then ack; idempotent retries; catch-up by seq', () => {
  it('a retried clientMsgId returns the same stored message and does not advance seq', async () => {
    const v = await connectVisitor(server.url);
    const id = cid();
    const a = await ok(call<{ message: MessageView }>(v, 'message:send', { clientMsgId: id, body: 'Where is my order?' }));
    const b = await ok(call<{ message: MessageView }>(v, 'message:send', { clientMsgId: id, body: 'Where is my order?' }));
    expect(b.message.id).toBe(a.message.id);
    expect(b.message.seq).toBe(a.message.seq);
    await server.baton.services.idle();
    const sync = await ok(call<VisitorSyncResult>(v, 'conversation:sync', { lastSeq: 0 }));
    expect(sync.messages.filter((m) => m.clientMsgId === id)).toHaveLength(1);
    expect(sync.messages.map((m) => m.seq)).toEqual(sync.messages.map((_, i) => i + 1));
    const after = await ok(call<VisitorSyncResult>(v, 'conversation:sync', { lastSeq: 1 }));
    expect(after.messages.every((m) => m.seq > 1)).toBe(true);
    v.close();
  });

  it('rejects bad messages with typed errors and stores nothing', async () => {
    const v = await connectVisitor(server.url);
    const cases: unknown[] = [
      undefined,
      { body: 'no id' },
      { clientMsgId: 'short', body: 'x' },
      { clientMsgId: 'bad id with spaces!', body: 'x' },
      { clientMsgId: cid(), body: '   ' },
      { clientMsgId: cid(), body: 'x'.repeat(4001) },
      { clientMsgId: cid(), body: 42 },
    ];
    for (const c of cases) {
      const r = await call(v, 'message:send', c);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    const sync = await ok(call<VisitorSyncResult>(v, 'conversation:sync', {}));
    expect(sync.conversation).toBeNull();
    v.close();
  });

  it('rate-limits a flood of sends with a retryable error', async () => {
    const v = await connectVisitor(server.url);
    const acks = await Promise.all(Array.from({ length: 25 }, () => call(v, 'message:send', { clientMsgId: cid(), body: 'hello' })));
    const limited = acks.filter((a) => !a.ok && a.error.code === 'rate_limited');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((a) => !a.ok && a.error.retryable)).toBe(true);
    v.close();
  });
});

describe('auth and isolation', () => {
  it('refuses sockets without a valid visitor token or session cookie', async () => {
    await expect(connectVisitor(server.url, 'v1.vi_x.site_demo.forged')).rejects.toThrow(/unauthorized/);
    await expect(connectAgent(server.url, 'baton_session=nope')).rejects.toThrow(/unauthorized/);
  });

  it('checks the host origin against the site allow-list and validates the body', async () => {
    expect((await visitorSession(server.url, { siteKey: 'demo', hostOrigin: 'https://evil.example' })).body.error?.code).toBe('origin_not_allowed');
    expect((await visitorSession(server.url, { siteKey: 'nope', hostOrigin: 'http://localhost:3001' })).status).toBe(404);
    expect((await visitorSession(server.url, { siteKey: 42 })).status).toBe(400);
    const bad = await fetch(`${server.url}/api/visitor/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(bad.status).toBe(400);
  });

  it('a visitor token keeps the same visitor; a tampered one gets a new visitor', async () => {
    const first = await visitorSession(server.url);
    const again = await visitorSession(server.url, { siteKey: 'demo', hostOrigin: 'http://localhost:3001', visitorToken: first.body.visitorToken });
    expect(again.body.visitorId).toBe(first.body.visitorId);
    const forged = await visitorSession(server.url, { siteKey: 'demo', hostOrigin: 'http://localhost:3001', visitorToken: first.body.visitorToken.slice(0, -2) + 'xx' });
    expect(forged.body.visitorId).not.toBe(first.body.visitorId);
  });

  it('agent login: wrong password is 401 and the session cookie is HttpOnly', async () => {
    const bad = await fetch(`${server.url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@demo.baton.dev', password: 'wrong-password' }) });
    expect(bad.status).toBe(401);
    const good = await fetch(`${server.url}/api/agent/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'AGENT@demo.baton.dev', password: 'baton-demo-agent' }) });
    expect(good.status).toBe(200);
    expect(good.headers.get('set-cookie')).toMatch(/HttpOnly/);
    const me = await fetch(`${server.url}/api/agent/me`, { headers: { cookie: good.headers.get('set-cookie')!.split(';')[0]! } });
    expect(((await me.json()) as { agent: { name: string } }).agent.name).toBe('Alex Rivera');
  });
});
