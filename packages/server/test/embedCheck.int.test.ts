/**
 * GET /widget/embed: the loader asks before drawing its launcher. A page the site does not allow and a data-site typo
 * get a typed refusal the loader logs for the site owner (a launcher that opened onto a browser error told them nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'socket.io-client';
import { agentCookie, startServer, type TestServer } from './harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const ask = (site: string, origin?: string) => fetch(`${server.url}/widget/embed?site=${encodeURIComponent(site)}`, { headers: origin ? { Origin: origin } : {} });

describe('embed check', () => {
  it('says yes to the demo shop origin, readable from any page (CORS *)', async () => {
    const res = await ask('demo', 'http://localhost:3001');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.json()).toEqual({ ok: true });
  });
  it('refuses another origin with a reason naming the fix', async () => {
    const res = await ask('demo', 'https://evil.example');
    expect(res.status).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('origin_not_allowed');
    expect(body.error.message).toMatch(/https:\/\/evil\.example.*allowedOrigins/);
  });
  it('refuses an unknown site by name', async () => {
    const res = await ask('dmeo', 'http://localhost:3001');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/no site "dmeo"/);
  });
});

describe('console opened at another address', () => {
  it('is refused with the address where it works', async () => {
    const socket = connect(`${server.url}/agent`, { extraHeaders: { cookie: await agentCookie(server.url), origin: 'http://localhost:9' }, transports: ['websocket'], reconnection: false, forceNew: true });
    const err = await new Promise<Error & { data?: { consoleUrl?: string } }>((resolve) => socket.once('connect_error', resolve));
    socket.close();
    expect(err.message).toBe('origin_not_allowed');
    // The public URL the server was started with (the harness sets the test URL only after start).
    expect(err.data?.consoleUrl).toMatch(/^http:\/\/[^/]+\/console\/$/);
  });
});
