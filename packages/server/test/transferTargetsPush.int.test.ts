/**
 * The transfer form's list is pushed, not polled: an agent who has the form open (`transfer:targets` with `watch`) is
 * sent `transferTargets:updated` when a colleague comes online, goes away, fills their slots or gets other skills.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { ConversationSummary, TransferTargets, VisitorConversationView } from '@baton/protocol';
import { addSam, agentCookie, call, connectAgent, connectVisitor, next, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import { agents } from '../src/storage/schema.js';

let server: TestServer;
let alex: AgentClient;
let sam: AgentClient | undefined;
let samId = '';
let customer: VisitorClient | undefined;

beforeAll(async () => {
  // A short sweep: a change made outside this node (here: straight in the database, as `agent add` does) shows on the next one.
  server = await startServer({ BATON_DISPATCH_SWEEP_MS: '300' });
  samId = (await addSam(server, [{ skill: 'orders', proficiency: 1 }])).id;
  await server.baton.database.db.update(agents).set({ capacity: 1 }).where(eq(agents.id, samId));
  alex = await connectAgent(server.url);
  // Away: the customer below is left for Sam.
  await ok(call(alex, 'presence:set', { presence: 'away' }));
});
afterAll(async () => {
  for (const s of [customer, sam, alex]) s?.close();
  await server?.close();
});

const samIn = (t: TransferTargets) => t.agents.find((a) => a.id === samId)!;
/** The next pushed list in which Sam matches `pred`. */
const pushedWhen = (pred: (s: TransferTargets['agents'][number]) => boolean) => next<TransferTargets>(alex, 'transferTargets:updated', (t) => pred(samIn(t)));

describe('transfer targets, pushed to the open form', () => {
  it("Alex opens the form; Sam's console coming online reaches it without Alex asking again", async () => {
    const listed = await ok(call<TransferTargets>(alex, 'transfer:targets', { watch: true }));
    expect(samIn(listed)).toMatchObject({ presence: 'offline', load: 0, capacity: 1 });
    const online = pushedWhen((s) => s.presence === 'online');
    sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
    expect(samIn(await online)).toMatchObject({ name: 'Sam Lee', presence: 'online', load: 0 });
  });

  it('Sam goes away, then online again: each is pushed', async () => {
    const away = pushedWhen((s) => s.presence === 'away');
    await ok(call(sam!, 'presence:set', { presence: 'away' }));
    await away;
    const back = pushedWhen((s) => s.presence === 'online');
    await ok(call(sam!, 'presence:set', { presence: 'online' }));
    await back;
  });

  it('Sam takes a chat and is full: the form learns it (load 1 of 1)', async () => {
    const full = pushedWhen((s) => s.load === 1);
    customer = await connectVisitor(server.url);
    const { conversation } = await ok(call<{ conversation: VisitorConversationView }>(customer, 'conversation:escalate', { note: 'my order' }));
    await server.baton.services.idle();
    // Offered to Sam (the only one online); the offer keeps his one slot, accepting keeps it.
    const offered = await ok(call<{ conversation: ConversationSummary }>(sam!, 'conversation:get', { conversationId: conversation.id }));
    expect(offered.conversation).toMatchObject({ state: 'offered', offeredToAgentId: samId });
    expect(samIn(await full)).toMatchObject({ load: 1, capacity: 1 });
    await ok(call(sam!, 'conversation:accept', { conversationId: conversation.id, expectedVersion: offered.conversation.version }));
  });

  it("Sam's skills changed outside this node: pushed with the next sweep", async () => {
    const billing = pushedWhen((s) => s.teams.includes('billing'));
    await server.baton.database.db.update(agents).set({ skills: [{ skill: 'orders', proficiency: 1 }, { skill: 'billing', proficiency: 1 }] }).where(eq(agents.id, samId));
    expect(samIn(await billing).teams).toEqual(['orders', 'billing']);
  });

  it('a list read between two pushes of the same state is brought back by the next one', async () => {
    const { db } = server.baton.database;
    // Straight in the database (no queue change): Alex's form re-reads (as after a refusal) and sees Sam away...
    await db.update(agents).set({ presence: 'away' }).where(eq(agents.id, samId));
    expect(samIn(await ok(call<TransferTargets>(alex, 'transfer:targets', { watch: true })))).toMatchObject({ presence: 'away' });
    // ...and Sam is back before any push: the list is the one last pushed, but Alex holds "away".
    const back = pushedWhen((s) => s.presence === 'online');
    await db.update(agents).set({ presence: 'online' }).where(eq(agents.id, samId));
    await back;
  });

  it('closed, the form gets nothing more; the list is still read on request', async () => {
    await ok(call(alex, 'transfer:unwatch', {}));
    let pushed = 0;
    const count = () => pushed++;
    alex.on('transferTargets:updated', count);
    await ok(call(sam!, 'presence:set', { presence: 'away' }));
    // Several sweeps and the push interval: long enough for a push to have come.
    await new Promise((r) => setTimeout(r, 2_000));
    alex.off('transferTargets:updated', count);
    expect(pushed).toBe(0);
    expect(samIn(await ok(call<TransferTargets>(alex, 'transfer:targets', {})))).toMatchObject({ presence: 'away' });
  });
});
