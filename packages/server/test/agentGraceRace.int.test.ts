/**
 * A console that reconnects just as the grace period of the agent's last closed console ends: the agent stays (or comes
 * back) online. The grace period's "is a console still open?" is a round trip to every node, and the console's own
 * handshake read the agent's row before it joined its rooms; a console connecting inside either window was left open
 * on an agent the database showed offline (no offers, chats handed back) until they chose Online again.
 *
 * Deterministic, not timed: the grace period's answer is held back (as a slow node would) and the console's handshake
 * is held between its authentication and its connection, each until the other side has moved.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { AgentView } from '@baton/protocol';
import { agentCookie, call, connectAgent, next, ok, onlineConsole, startServer, type TestServer } from './harness.js';
import { deferred, until } from './support/racePoints.js';
import { agents } from '../src/storage/schema.js';
import type { AgentNamespace } from '../src/transport/socket/types.js';

let server: TestServer;
const open: { close(): unknown }[] = [];

beforeAll(async () => {
  server = await startServer({ BATON_AGENT_GRACE_SECONDS: '0.2' });
});
// Each test starts with no console open (a failed one does not leave its consoles to the next).
afterEach(async () => {
  for (const s of open.splice(0)) s.close();
  await server.baton.services.idle();
});
afterAll(async () => {
  await server?.close();
});

const rowOf = async (id: string) => (await server.baton.database.db.select().from(agents).where(eq(agents.id, id)))[0]!;

describe('an agent whose console reconnects as the grace period ends', () => {
  it('stays online when the console connects while the grace period is asking the nodes whether one is open', async () => {
    const cookie = await agentCookie(server.url);
    const first = await onlineConsole(server, cookie, open);

    // The grace period's question is answered as at the moment it was asked (no console: the tab was closed), but the
    // answer arrives late, as from another node over Redis.
    const notifier = server.baton.services.ctx.notifier;
    const real = notifier.agentConnected;
    const asked = deferred();
    const answer = deferred();
    let calls = 0;
    notifier.agentConnected = async (agentId) => {
      const connected = await real(agentId);
      if (++calls === 1) {
        asked.resolve();
        await answer.promise;
      }
      return connected;
    };
    try {
      first.socket.close();
      await asked.promise;
      expect(calls).toBe(1);

      // The reload's console connects now, before the answer is back.
      const reloaded = await connectAgent(server.url, cookie);
      open.push(reloaded);
      const seen: string[] = [];
      reloaded.on('agent:updated', (a: AgentView) => seen.push(a.presence));
      const wentOffline = next<AgentView>(reloaded, 'agent:updated', (a) => a.presence === 'offline');
      answer.resolve();
      // Either the grace period took the agent offline (the bug), or it has finished without doing so and whatever
      // presence change the new console started is written.
      await Promise.race([wentOffline, until(async () => calls >= 2).then(() => server.baton.services.idle())]);
      await server.baton.services.idle();

      expect((await rowOf(first.agent.id)).presence).toBe('online');
      const { agent } = await ok(call<{ agent: AgentView }>(reloaded, 'inbox:list', {}));
      expect(agent.presence).toBe('online');
      // Not even for a moment (an offline would have handed their chats back while they were there).
      expect(seen).not.toContain('offline');
    } finally {
      notifier.agentConnected = real;
    }
  });

  it('comes back online when the grace period took them offline between the console authenticating and connecting', async () => {
    const cookie = await agentCookie(server.url);
    const first = await onlineConsole(server, cookie, open);

    // The next console is held after its authentication (which read the agent's row: online) and before it joins its
    // rooms, until the grace period has taken the agent offline.
    const authed = deferred<string>();
    const proceed = deferred();
    let armed = true;
    (server.baton.io.of('/agent') as AgentNamespace).use((socket, nextFn) => {
      if (!armed) return nextFn();
      armed = false;
      authed.resolve(socket.data.agent.presence);
      void proceed.promise.then(() => nextFn());
    });

    first.socket.close();
    const reloading = connectAgent(server.url, cookie);
    expect(await authed.promise).toBe('online');
    await until(async () => (await rowOf(first.agent.id)).presence === 'offline');
    await server.baton.services.idle();

    proceed.resolve();
    const reloaded = await reloading;
    open.push(reloaded);
    await server.baton.services.idle();
    expect((await rowOf(first.agent.id)).presence).toBe('online');
    const { agent } = await ok(call<{ agent: AgentView }>(reloaded, 'inbox:list', {}));
    expect(agent.presence).toBe('online');
  });

  it('still goes offline when no console comes back', async () => {
    const cookie = await agentCookie(server.url);
    const first = await onlineConsole(server, cookie, open);
    first.socket.close();
    await until(async () => (await rowOf(first.agent.id)).presence === 'offline');
    await server.baton.services.idle();
    expect(await rowOf(first.agent.id)).toMatchObject({ presence: 'offline', offlineChosen: false });
  });
});
