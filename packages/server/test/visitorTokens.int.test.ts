/**
 * Visitor tokens used to never expire: one copied out of a page's storage opened that customer's chats for good. A token
 * now carries its issue time, every connect hands the widget a fresh one, and one left unused for
 * BATON_VISITOR_TOKEN_DAYS starts a new visitor (no error the customer sees). A v1 token is swapped for v2 once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { io as connect } from 'socket.io-client';
import { visitors } from '../src/storage/schema.js';
import { hmac } from '../src/services/signatures.js';
import { issueVisitorToken } from '../src/services/visitorTokens.js';
import { call, connectVisitor, next, ok, startServer, visitorSession, type TestServer, type VisitorClient } from './harness.js';

const SECRET = 'the-secret-this-test-server-signs-visitor-tokens-with';
const DAY = 86_400_000;
let server: TestServer;
const open: VisitorClient[] = [];

beforeAll(async () => {
  server = await startServer({ BATON_SECRET: SECRET, BATON_VISITOR_TOKEN_DAYS: '30' });
});
afterAll(async () => {
  for (const s of open) s.close();
  await server?.close();
});

const session = (visitorToken?: string) => visitorSession(server.url, { siteKey: 'demo', hostOrigin: 'http://localhost:3001', ...(visitorToken ? { visitorToken } : {}) });
const newVisitor = async () => (await session()).body.visitorId as string;
const tokenFrom = (visitorId: string, daysAgo: number) => issueVisitorToken(SECRET, { visitorId, siteId: 'site_demo' }, new Date(Date.now() - daysAgo * DAY));
const v1Token = (visitorId: string) => `v1.${visitorId}.site_demo.${hmac(SECRET, `v1.${visitorId}.site_demo`, 'base64url')}`;
const issuedAt = (token: string) => Number(token.split('.')[3]) * 1000;

/** Connects with `token` and resolves with the token the server renews it with on connecting. */
async function connectForRenewal(token: string): Promise<{ socket: VisitorClient; renewed: string }> {
  const socket = connect(`${server.url}/visitor`, { auth: { visitorToken: token }, transports: ['websocket'], reconnection: false, forceNew: true }) as VisitorClient;
  open.push(socket);
  const refused = new Promise<never>((_, reject) => socket.once('connect_error', reject));
  const { visitorToken } = await Promise.race([next<{ visitorToken: string }>(socket, 'token:renewed'), refused]);
  return { socket, renewed: visitorToken };
}

describe('visitor tokens', () => {
  it('a socket connecting with a days-old token is handed a fresh one for the same visitor', async () => {
    const visitorId = await newVisitor();
    const { socket, renewed } = await connectForRenewal(tokenFrom(visitorId, 20));
    expect(renewed).toMatch(new RegExp(`^v2\\.${visitorId}\\.site_demo\\.`));
    expect(Date.now() - issuedAt(renewed)).toBeLessThan(60_000);
    await ok(call(socket, 'message:send', { clientMsgId: 'tokentest0000001', body: 'hello' }));
    // The fresh token opens the same visitor and their conversation.
    expect((await session(renewed)).body.visitorId).toBe(visitorId);
    const again = await connectVisitor(server.url, renewed);
    open.push(again);
    expect((await ok(call<{ messages: { body: string }[] }>(again, 'conversation:sync', { lastSeq: 0 }))).messages.map((m) => m.body)).toContain('hello');
  });

  it('the session API answers an old token with a fresh one for the same visitor', async () => {
    const visitorId = await newVisitor();
    const r = await session(tokenFrom(visitorId, 29));
    expect(r.body.visitorId).toBe(visitorId);
    expect(Date.now() - issuedAt(r.body.visitorToken)).toBeLessThan(60_000);
  });

  it('a token older than BATON_VISITOR_TOKEN_DAYS starts a new visitor, without an error', async () => {
    const visitorId = await newVisitor();
    const expired = tokenFrom(visitorId, 31);
    const r = await session(expired);
    expect(r.status).toBe(200);
    expect(r.body.visitorId).not.toBe(visitorId);
    expect(r.body.visitorToken.split('.')[1]).toBe(r.body.visitorId);
    // The socket refuses it as it does a forged one; the widget then asks the session API (above) again.
    await expect(connectVisitor(server.url, expired)).rejects.toThrow(/unauthorized/);
  });

  it('a v1 token is swapped for a v2 one once, keeping the visitor; afterwards it opens nothing', async () => {
    const visitorId = await newVisitor();
    const old = v1Token(visitorId);
    // Not on a socket: the widget goes back to the session API, which swaps it.
    await expect(connectVisitor(server.url, old)).rejects.toThrow(/unauthorized/);
    const swapped = await session(old);
    expect(swapped.body.visitorId).toBe(visitorId);
    expect(swapped.body.visitorToken).toMatch(/^v2\./);
    // The customer's other tabs opening at that moment swap it too.
    expect((await session(old)).body.visitorId).toBe(visitorId);

    // A minute later a copy of the v1 token is a stranger; the v2 token still works.
    await server.baton.database.db.update(visitors).set({ legacyTokenSwappedAt: new Date(Date.now() - 2 * 60_000) }).where(eq(visitors.id, visitorId));
    expect((await session(old)).body.visitorId).not.toBe(visitorId);
    expect((await session(swapped.body.visitorToken)).body.visitorId).toBe(visitorId);
  });

  it('a v1 token of a visitor not seen for BATON_VISITOR_TOKEN_DAYS starts a new visitor', async () => {
    const visitorId = await newVisitor();
    await server.baton.database.db.update(visitors).set({ lastSeenAt: new Date(Date.now() - 31 * DAY) }).where(eq(visitors.id, visitorId));
    expect((await session(v1Token(visitorId))).body.visitorId).not.toBe(visitorId);
  });
});
