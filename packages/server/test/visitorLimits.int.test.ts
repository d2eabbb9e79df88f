/**
 * A customer's rate limits hold per customer, not per socket: one visitor token on many sockets sent 200 messages in
 * 1.8 s past a limit of 10 at once then 2 a second (a security review), and each socket was a fresh allowance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, cid, connectVisitor, startServer, type TestServer, type VisitorClient } from './harness.js';

let server: TestServer;
const open: VisitorClient[] = [];

beforeAll(async () => {
  server = await startServer({ BATON_VISITOR_MESSAGE_BURST: '5', BATON_VISITOR_MESSAGES_PER_SECOND: '0.5' });
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

describe("one customer's sockets", () => {
  it('share one allowance', async () => {
    const first = await connectVisitor(server.url);
    open.push(first);
    const sockets = [first];
    for (let i = 0; i < 3; i++) sockets.push(await connectVisitor(server.url, first.token));
    open.push(...sockets.slice(1));
    const acks = await Promise.all(sockets.flatMap((s) => Array.from({ length: 5 }, (_, i) => call(s, 'message:send', { clientMsgId: cid(), body: `line ${i}` }))));
    const accepted = acks.filter((a) => a.ok).length;
    // 4 sockets x 5 would all pass per socket; per customer, the burst of 5 (and at most one token refilled meanwhile).
    expect(accepted).toBeGreaterThanOrEqual(5);
    expect(accepted).toBeLessThanOrEqual(6);
    expect(acks.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'rate_limited')).toBe(true);
  });

  it('are at most 20 at once', async () => {
    const first = await connectVisitor(server.url);
    open.push(first);
    for (let i = 0; i < 19; i++) open.push(await connectVisitor(server.url, first.token));
    await expect(connectVisitor(server.url, first.token)).rejects.toThrow(/rate_limited/);
    // Another customer is not affected.
    open.push(await connectVisitor(server.url));
  });
});

describe("a customer's extra attributes", () => {
  it('are bounded over all calls of identify, and a call past the bound changes nothing', async () => {
    const v = await connectVisitor(server.url);
    open.push(v);
    const batch = (from: number) => Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`key${from + i}`, 'x'.repeat(100)]));
    for (const from of [0, 20]) expect(await call(v, 'visitor:identify', { name: 'Ada', extra: batch(from) })).toMatchObject({ ok: true });
    const third = await call<{ customer: { extra: Record<string, unknown> } }>(v, 'visitor:identify', { name: 'Eve', extra: batch(40) });
    expect(third).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const again = await call<{ customer: { name: string; extra: Record<string, unknown> } }>(v, 'visitor:identify', { extra: { key0: 'y' } });
    expect(again.ok && again.data.customer.name).toBe('Ada');
    expect(again.ok && Object.keys(again.data.customer.extra)).toHaveLength(40);
  });
});
