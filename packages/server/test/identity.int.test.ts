/**
 * identify from the page is whatever the page (or anyone with devtools) sends. With BATON_IDENTITY_SECRET the site
 * signs its userId for the customer, else the e-mail, on its own server (userHash) and nothing unsigned is kept; without it, identities are kept and
 * marked unverified (a claimed VIP tier jumped the queue and a claimed e-mail stood in the agent's card as fact).
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationDetail, CustomerAttributes, VisitorConversationView } from '@baton/protocol';
import { getVisitor } from '../src/services/visitorSessions.js';
import { call, connectAgent, connectVisitor, ok, startServer, type TestServer, type VisitorClient } from './harness.js';

const SECRET = 'the-shop-signs-identities-with-this-secret';
const sign = (email: string) => createHmac('sha256', SECRET).update(email).digest('hex');
let signed: TestServer;
let trusting: TestServer;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  signed = await startServer({ BATON_IDENTITY_SECRET: SECRET });
  trusting = await startServer();
});
afterAll(async () => {
  for (const s of open) s.close();
  await signed?.close();
  await trusting?.close();
});

const stored = async (server: TestServer, v: VisitorClient & { token: string }) => {
  const visitorId = v.token.split('.')[1]!;
  return (await getVisitor(server.baton.services.ctx, visitorId))?.attributes;
};

describe('with BATON_IDENTITY_SECRET', () => {
  it('keeps a signed identity, marked verified', async () => {
    const v = await connectVisitor(signed.url);
    open.push(v);
    const r = await call<{ customer: CustomerAttributes }>(v, 'visitor:identify', { name: 'Ada Lovelace', email: 'ada@bigcorp.example', tier: 'vip', userHash: sign('ada@bigcorp.example') });
    expect(r).toMatchObject({ ok: true, data: { customer: { email: 'ada@bigcorp.example', tier: 'vip', verified: true } } });
    expect(r.ok && 'userHash' in r.data.customer).toBe(false);
  });

  it('refuses an unsigned or wrongly signed identity and changes nothing', async () => {
    const v = await connectVisitor(signed.url);
    open.push(v);
    expect(await call(v, 'visitor:identify', { name: 'Eve', email: 'ada@bigcorp.example', tier: 'vip' })).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    expect(await call(v, 'visitor:identify', { email: 'ada@bigcorp.example', tier: 'vip', userHash: sign('eve@elsewhere.example') })).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    // A client cannot mark itself verified either: the field is the server's.
    expect(await call(v, 'visitor:identify', { email: 'ada@bigcorp.example', verified: true })).toMatchObject({ ok: false });
    expect((await stored(signed, v))?.tier).toBeUndefined();
  });
});

describe('with BATON_IDENTITY_SECRET, keyed on the site\'s userId (Intercom\'s user_id)', () => {
  it('keeps an identity whose userId is signed, with no e-mail, marked verified; agents see the userId', async () => {
    const v = await connectVisitor(signed.url);
    open.push(v);
    const r = await call<{ customer: CustomerAttributes }>(v, 'visitor:identify', { userId: 'u_1001', name: 'Ada Lovelace', tier: 'vip', userHash: sign('u_1001') });
    expect(r).toMatchObject({ ok: true, data: { customer: { userId: 'u_1001', name: 'Ada Lovelace', tier: 'vip', verified: true } } });
    expect(await stored(signed, v)).toMatchObject({ userId: 'u_1001', tier: 'vip', verified: true });

    // What an agent's console reads for the chat.
    const { conversation } = await ok(call<{ conversation: VisitorConversationView }>(v, 'conversation:escalate', {}));
    const agent = await connectAgent(signed.url);
    open.push(agent);
    const detail = await ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId: conversation.id }));
    expect(detail.customer).toMatchObject({ userId: 'u_1001', name: 'Ada Lovelace', verified: true });
  });

  it('refuses a userId that is unsigned, signed for another id, or carries the e-mail\'s signature, and changes nothing', async () => {
    const v = await connectVisitor(signed.url);
    open.push(v);
    await ok(call(v, 'visitor:identify', { userId: 'u_2002', name: 'Bea', userHash: sign('u_2002') }));
    const before = await stored(signed, v);
    expect(await call(v, 'visitor:identify', { userId: 'u_2002', tier: 'vip' })).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    expect(await call(v, 'visitor:identify', { userId: 'u_1001', tier: 'vip', userHash: sign('u_2002') })).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    expect(await call(v, 'visitor:identify', { userId: 'u_1001', email: 'eve@elsewhere.example', tier: 'vip', userHash: sign('eve@elsewhere.example') })).toMatchObject({ ok: false, error: { code: 'identity_unverified' } });
    expect(await stored(signed, v)).toEqual(before);
  });

  it('another signed userId on the same browser is another person: nothing of the first is kept', async () => {
    const v = await connectVisitor(signed.url);
    open.push(v);
    await ok(call(v, 'visitor:identify', { userId: 'u_3003', email: 'cy@bigcorp.example', tier: 'vip', userHash: sign('u_3003') }));
    const r = await call<{ customer: CustomerAttributes }>(v, 'visitor:identify', { userId: 'u_4004', name: 'Dee', userHash: sign('u_4004') });
    expect(r.ok && r.data.customer).toEqual({ userId: 'u_4004', name: 'Dee', verified: true, extra: {} });
  });
});

describe('without BATON_IDENTITY_SECRET', () => {
  it('keeps the identity, marked unverified, even when it claims to be verified', async () => {
    const v = await connectVisitor(trusting.url);
    open.push(v);
    const r = await call<{ customer: CustomerAttributes }>(v, 'visitor:identify', { name: 'Ada', email: 'ada@bigcorp.example', verified: true });
    expect(r).toMatchObject({ ok: true, data: { customer: { name: 'Ada', verified: false } } });
  });

  it('keeps a userId on trust, unverified', async () => {
    const v = await connectVisitor(trusting.url);
    open.push(v);
    const r = await call<{ customer: CustomerAttributes }>(v, 'visitor:identify', { userId: 'u_5005' });
    expect(r).toMatchObject({ ok: true, data: { customer: { userId: 'u_5005', verified: false } } });
  });
});
