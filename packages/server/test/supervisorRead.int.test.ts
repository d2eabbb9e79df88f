/**
 * A supervisor who reads the view between two pushes of the same state gets the next one anyway (SitePush.forget):
 * otherwise what they read stays on their screen until the view changes again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { SupervisorSnapshot } from '@baton/protocol';
import { AGENT, call, connectAgent, next, ok, startServer, type AgentClient, type TestServer } from './harness.js';
import { agents } from '../src/storage/schema.js';

let server: TestServer;
let supervisor: AgentClient;

beforeAll(async () => {
  server = await startServer();
  supervisor = await connectAgent(server.url);
});
afterAll(async () => {
  supervisor?.close();
  await server?.close();
});

const presence = (s: SupervisorSnapshot) => s.agents?.[0]?.presence;

describe('supervisor view read between pushes', () => {
  it('is brought back by the next push of the state it missed', async () => {
    const { db } = server.baton.database;
    // The supervisor is online, and that is what was last pushed.
    const online = next<SupervisorSnapshot>(supervisor, 'supervisor:updated', (s) => presence(s) === 'online', 20_000);
    await ok(call(supervisor, 'presence:set', { presence: 'away' }));
    await ok(call(supervisor, 'presence:set', { presence: 'online' }));
    await online;
    // Straight in the database (nothing pushed): a reload reads "away"…
    const [me] = await db.select().from(agents).where(eq(agents.email, AGENT.email));
    await db.update(agents).set({ presence: 'away' }).where(eq(agents.id, me!.id));
    expect(presence(await ok(call<SupervisorSnapshot>(supervisor, 'supervisor:snapshot', {})))).toBe('away');
    // …and the agent is back online before any push: the view equals the one last pushed, yet the screen shows "away".
    const back = next<SupervisorSnapshot>(supervisor, 'supervisor:updated', (s) => presence(s) === 'online', 20_000);
    await db.update(agents).set({ presence: 'online' }).where(eq(agents.id, me!.id));
    await back;
  }, 60_000);
});
