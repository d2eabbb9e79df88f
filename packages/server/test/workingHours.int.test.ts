/** Agents' working hours: outside them an online agent gets no new conversations; bad hours change nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentView, ConversationSummary } from '@baton/protocol';
import { call, cid, connectAgent, connectVisitor, next, ok, startServer, type AgentClient, type TestServer } from './harness.js';

let server: TestServer;
let agent: AgentClient;

beforeAll(async () => {
  server = await startServer();
  agent = await connectAgent(server.url);
  await ok(call(agent, 'presence:set', { presence: 'online' }));
});
afterAll(async () => {
  agent?.close();
  await server?.close();
});

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

describe('working hours', () => {
  it('refuses hours that do not parse, with the reason, and keeps the old ones', async () => {
    const bad = await call(agent, 'hours:set', { workingHours: { 'mon-fry': '09:00-17:00' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_payload');
      expect(bad.error.message).toMatch(/unknown day "fry"/);
    }
    const notAMap = await call(agent, 'hours:set', { workingHours: 'always' });
    expect(notAMap.ok).toBe(false);
    // Every day closed would silently mean "never": refused, pointing at clearing instead.
    const never = await call(agent, 'hours:set', { workingHours: { timezone: 'UTC', 'mon-sun': 'closed' } });
    expect(never.ok).toBe(false);
    if (!never.ok) expect(never.error.message).toMatch(/every day is closed/);
    const empty = await call(agent, 'hours:set', { workingHours: { timezone: 'UTC' } });
    expect(empty.ok).toBe(false);
    const { agent: view } = await ok(call<{ agent: AgentView }>(agent, 'hours:set', { workingHours: null }));
    expect(view.workingHours ?? null).toBeNull();
  });

  it('offers nothing to an online agent outside their hours, and offers at once when the hours allow', async () => {
    // Open only on a day that is not today (UTC): off shift right now.
    const otherDay = DAYS[(new Date().getUTCDay() + 3) % 7]!;
    const { agent: view } = await ok(call<{ agent: AgentView }>(agent, 'hours:set', { workingHours: { timezone: 'UTC', [otherDay]: '00:00-24:00' } }));
    expect(view.workingHours).toEqual({ timezone: 'UTC', [otherDay]: '00:00-24:00' });

    const offers: ConversationSummary[] = [];
    agent.on('conversation:offered', (e: { conversation: ConversationSummary }) => offers.push(e.conversation));
    const visitor = await connectVisitor(server.url);
    await ok(call(visitor, 'message:send', { clientMsgId: cid(), body: 'I want to speak to a human' }));
    await server.baton.services.idle();
    // Give the dispatcher's sweep time to run too.
    await new Promise((r) => setTimeout(r, 1500));
    expect(offers).toHaveLength(0);

    const offered = next<{ conversation: ConversationSummary }>(agent, 'conversation:offered');
    await ok(call(agent, 'hours:set', { workingHours: { timezone: 'UTC', 'mon-sun': '00:00-24:00' } }));
    expect((await offered).conversation.state).toBe('offered');
    visitor.close();
  });
});
