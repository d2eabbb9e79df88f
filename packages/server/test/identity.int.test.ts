/**
 * identify from the page is whatever the page (or anyone with devtools) sends. With BATON_IDENTITY_SECRET the site
 * signs the e-mail on its own server (userHash) and nothing unsigned is kept; without it, identities are kept and
 * marked unverified (a claimed VIP tier jumped the queue and a claimed e-mail stood in the agent's card as fact).
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerAttributes } from '@baton/protocol';
import { getVisitor } from '../src/services/visitorSessions.js';
import { call, connectVisitor, startServer, type TestServer, type VisitorClient } from './harness.js';

const SECRET = 'the-shop-signs-identities-with-this-secret';
const sign = (email: string) => createHmac('sha256', SECRET).update(email).digest('hex');
let signed: TestServer;
let trusting: TestServer;
const open: VisitorClient[] = [];

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

describe('without BATON_IDENTITY_SECRET', () => {
  it('keeps the identity, marked unverified, even when it claims to be verified', async () => {
    const v = await connectVisitor(trusting.url);
    open.push(v);
    const r = await call<{ customer: CustomerAttributes }>(v, 'visitor:identify', { name: 'Ada', email: 'ada@bigcorp.example', verified: true });
    expect(r).toMatchObject({ ok: true, data: { customer: { name: 'Ada', verified: false } } });
  });
});
