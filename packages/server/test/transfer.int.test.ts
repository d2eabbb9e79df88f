/** Transfers over real sockets: to another skill's queue, to a named agent, refusals, the A→B→A guard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { ConversationDetail, ConversationSummary, HandoffPackage, MessageView, QueueInfo, TransferTargets } from '@baton/protocol';
import { addSam, agentCookie, call, connectAgent, connectVisitor, next, ok, SAM, startServer, type AgentClient, type TestServer, type VisitorClient } from './harness.js';
import type { AgentRow } from '../src/services/agentAuth.js';
import { timers } from '../src/storage/schema.js';

let server: TestServer;
let alex: AgentClient;
let sam: AgentClient | undefined;
let samRow: AgentRow;
let alexId = '';
const visitors: VisitorClient[] = [];

beforeAll(async () => {
  server = await startServer();
  samRow = await addSam(server, [
    { skill: 'orders', proficiency: 0.8 },
    { skill: 'en', proficiency: 1 },
  ]);
  alex = await connectAgent(server.url);
  // Alex comes online after the socket connects (presence is written asynchronously): wait, or the first list may still say offline.
  await server.baton.services.idle();
  alexId = (await ok(call<{ agent: { id: string } }>(alex, 'inbox:list', {}))).agent.id;
});
afterAll(async () => {
  for (const v of visitors) v.close();
  alex?.close();
  sam?.close();
  await server?.close();
});

const detail = (agent: AgentClient, conversationId: string) => ok(call<ConversationDetail>(agent, 'conversation:get', { conversationId }));

/** A new customer asks for a person and Alex takes it (from the queue or from his offer). */
async function conversationHeldByAlex(): Promise<{ visitor: VisitorClient; conversation: ConversationSummary }> {
  const visitor = await connectVisitor(server.url);
  visitors.push(visitor);
  const { conversation: view } = await ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
  await server.baton.services.idle();
  const { conversation } = await detail(alex, view.id);
  const acc = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:accept', { conversationId: conversation.id, expectedVersion: conversation.version }));
  expect(acc.conversation).toMatchObject({ state: 'human', agentId: alexId });
  return { visitor, conversation: acc.conversation };
}

describe('transfers', () => {
  let first: { visitor: VisitorClient; conversation: ConversationSummary };

  it('lists the site skills and agents in the inbox answer for the transfer form', async () => {
    const inbox = await ok(call<TransferTargets>(alex, 'inbox:list', {}));
    expect(inbox.skills.map((s) => s.id)).toEqual(['orders', 'billing', 'technical', 'sales']);
    expect(inbox.skills.find((s) => s.id === 'billing')?.name).toBe('Billing');
    expect(inbox.agents.map((a) => a.name)).toEqual(['Alex Rivera', 'Sam Lee']);
    expect(inbox.agents.find((a) => a.name === 'Sam Lee')?.presence).toBe('offline');
    // What the form needs to warn before a transfer to a team nobody else can take it from.
    expect(inbox.agents.find((a) => a.name === 'Sam Lee')).toMatchObject({ teams: ['orders', 'en'], onShift: true });
 
    // The form re-reads the list alone while open: same answer, without the conversations.
    const targets = await ok(call<TransferTargets & { conversations?: unknown }>(alex, 'transfer:targets', {}));
    expect(targets.conversations).toBeUndefined();
    expect({ skills: targets.skills, agents: targets.agents }).toEqual({ skills: inbox.skills, agents: inbox.agents });
    expect(await call(alex, 'transfer:targets', 'everyone')).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('refuses bad transfers with typed errors and changes nothing', async () => {
    first = await conversationHeldByAlex();
    // The form's list counts the chats each agent holds against their capacity (a full one is marked there).
    const listed = await ok(call<TransferTargets>(alex, 'inbox:list', {}));
    expect(listed.agents.find((a) => a.name === 'Alex Rivera')).toMatchObject({ load: 1, capacity: expect.any(Number) });
    expect(listed.agents.find((a) => a.name === 'Sam Lee')).toMatchObject({ load: 0 });
    const { id: conversationId, version } = first.conversation;
    const before = await detail(alex, conversationId);
    const cases: [unknown, string][] = [
      [{ conversationId, expectedVersion: version, toSkill: 'astrology', note: 'x' }, 'unknown_skill'],
      [{ conversationId, expectedVersion: version, toAgentId: 'ag_nobody', note: 'x' }, 'unknown_agent'],
      [{ conversationId, expectedVersion: version, toAgentId: alexId, note: 'x' }, 'illegal_transition'],
      [{ conversationId, expectedVersion: version, toAgentId: samRow.id, note: 'x' }, 'agent_unavailable'], // Sam is offline
      [{ conversationId, expectedVersion: version - 1, toSkill: 'billing', note: 'x' }, 'version_conflict'],
      [{ conversationId, expectedVersion: version, toSkill: 'billing', toAgentId: samRow.id, note: 'x' }, 'invalid_payload'],
      [{ conversationId, expectedVersion: version, note: 'x' }, 'invalid_payload'],
      [{ conversationId, expectedVersion: version, toSkill: 'billing', note: '   ' }, 'invalid_payload'],
      [{ conversationId, expectedVersion: version, toSkill: 'billing', note: 'x'.repeat(501) }, 'invalid_payload'],
    ];
    for (const [payload, code] of cases) {
      const r = await call(alex, 'conversation:transfer', payload);
      expect(r, JSON.stringify(payload).slice(0, 120)).toMatchObject({ ok: false, error: { code } });
    }
    const after = await detail(alex, conversationId);
    expect(after.conversation).toMatchObject({ state: 'human', version, agentId: alexId });
    expect(after.timeline).toEqual(before.timeline);
    expect(after.messages).toHaveLength(before.messages.length);
    expect(after.package?.transfers).toBeUndefined();
  });

  it('transfers to another skill: the customer is told, the conversation re-queues there, the package carries the note', async () => {
    const { id: conversationId, version } = first.conversation;
    const told = next<MessageView>(first.visitor, 'message:created', (m) => m.meta.kind === 'transfer');
    const honest = next<QueueInfo>(first.visitor, 'queue:updated', (q) => q.skill === 'billing' && q.offline !== undefined);
    const pkgUpdate = next<{ conversationId: string; package: HandoffPackage }>(alex, 'package:updated', (e) => e.conversationId === conversationId);
    const rowUpdate = next<ConversationSummary>(alex, 'conversation:updated', (c) => c.id === conversationId && c.version === version + 1);
    const r = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId, expectedVersion: version, toSkill: 'billing', note: 'Double charge on order 1234, refund approved' }));
    expect(r.conversation).toMatchObject({ state: 'queued', skill: 'billing', skillName: 'Billing', agentId: null, version: version + 1 });
    const msg = await told;
    expect(msg).toMatchObject({ authorType: 'system', body: 'Alex Rivera is transferring you to the Billing team.' });
    // Agents' inbox preview: what happened, for agents, not the line written to the customer.
    expect(r.conversation).toMatchObject({ lastSeq: msg.seq, lastMessagePreview: 'Transferred to the Billing team by Alex Rivera' });
    expect((await rowUpdate).lastMessagePreview).toBe('Transferred to the Billing team by Alex Rivera');
    const listed = (await ok(call<{ conversations: ConversationSummary[] }>(alex, 'inbox:list', {}))).conversations.find((c) => c.id === conversationId);
    expect(listed?.lastMessagePreview).toBe('Transferred to the Billing team by Alex Rivera');
    expect((await pkgUpdate).package.transfers?.[0]?.note).toBe('Double charge on order 1234, refund approved');

    await server.baton.services.idle();
    const d = await detail(alex, conversationId);
    // Alex handed it away, so it is not offered back to him; nobody else with Billing is online.
    expect(d.conversation.state).toBe('queued');
    expect(d.timeline.at(-1)).toMatchObject({ kind: 'transferred', from: 'human', to: 'queued', actorName: 'Alex Rivera' });
    expect(d.timeline.at(-1)?.reason).toContain('Double charge');
    expect(d.package).toMatchObject({ skill: 'billing', skillName: 'Billing' });
    // Rebuilt for the next agent: who sent it on, to which team (not "routed to Orders" from the first hand-off).
    expect(d.package?.summary).toContain('Alex Rivera transferred it to the Billing team');
    expect(d.package?.summary).not.toContain('routed to');
    expect(d.package?.transfers).toEqual([
      expect.objectContaining({ from: 'Alex Rivera', fromAgentId: alexId, to: 'Billing', toSkill: 'billing', toAgentId: null, note: 'Double charge on order 1234, refund approved' }),
    ]);
    expect(d.queue?.skill).toBe('billing');
    // Alex is online and has Billing, but will not be offered it again: the customer is told nobody is available
    // (with the leave-a-message form), not "number 1 in line, less than a minute" (a newcomer saw that, stranded).
    expect(d.queue?.offline?.reason).toMatch(/no_agents|closed_hours/);
    expect(d.queue?.agentsOnline).toBe(0);
    await honest;
  });

  it('transfers to a named agent: offered to them with the note and an expiry timer; no transfer straight back', async () => {
    const { visitor, conversation } = await conversationHeldByAlex();
    sam = await connectAgent(server.url, await agentCookie(server.url, SAM));
    // Sam comes online on connect.
    await new Promise((r) => setTimeout(r, 200));
    const told = next<MessageView>(visitor, 'message:created', (m) => m.meta.kind === 'transfer');
    const offered = next<{ conversation: ConversationSummary; package: HandoffPackage | null }>(sam, 'conversation:offered', (o) => o.conversation.id === conversation.id);
    const waitingFor = next<QueueInfo>(visitor, 'queue:updated', (q) => q.forAgent !== undefined);
    const r = await ok(
      call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toAgentId: samRow.id, note: 'VIP, wants a callback' }),
    );
    expect(r.conversation).toMatchObject({ state: 'offered', offeredToAgentId: samRow.id, agentId: null });
    expect((await told).body).toBe('Alex Rivera is transferring you to Sam Lee.');
    // The queue card names the colleague the customer now waits for (not "the Sales team").
    expect((await waitingFor).forAgent).toBe('Sam Lee');
    const o = await offered;
    expect(o.conversation.lastMessagePreview).toBe('Transferred to Sam Lee by Alex Rivera');
    expect(o.package?.transfers?.at(-1)).toMatchObject({ from: 'Alex Rivera', to: 'Sam Lee', toAgentId: samRow.id, note: 'VIP, wants a callback' });
    const [timer] = await server.baton.database.db.select().from(timers).where(and(eq(timers.kind, 'offer_expiry'), eq(timers.conversationId, conversation.id)));
    expect(timer?.data).toMatchObject({ agentId: samRow.id, version: r.conversation.version });

    // Sam takes it, then tries to send it straight back to Alex: refused (A→B→A).
    const acc = await ok(call<{ conversation: ConversationSummary }>(sam!, 'conversation:accept', { conversationId: conversation.id, expectedVersion: r.conversation.version }));
    expect(acc.conversation.agentId).toBe(samRow.id);
    const back = await call(sam!, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: acc.conversation.version, toAgentId: alexId, note: 'not mine' });
    expect(back).toMatchObject({ ok: false, error: { code: 'transfer_loop' } });
    const d = await detail(sam!, conversation.id);
    expect(d.conversation).toMatchObject({ state: 'human', agentId: samRow.id, version: acc.conversation.version });
    expect(d.timeline.map((e) => e.kind).slice(-3)).toEqual(['accepted', 'transferred', 'accepted']);

    // A team is still fine.
    const toTeam = await ok(call<{ conversation: ConversationSummary }>(sam!, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: acc.conversation.version, toSkill: 'technical', note: 'needs setup help' }));
    expect(toTeam.conversation.skill).toBe('technical');
  });

  it('what the customer types to the agent joins the package facts and travels with a transfer', async () => {
    const { visitor, conversation } = await conversationHeldByAlex();
    const update = next<{ conversationId: string; package: HandoffPackage }>(alex, 'package:updated', (e) => e.conversationId === conversation.id && e.package.facts.some((f) => f.value === 'LL-552190'));
    await ok(call(visitor, 'message:send', { clientMsgId: `facts${Date.now()}`, body: 'It is order LL-552190, paid with amex' }));
    await server.baton.services.idle();
    const facts = (await update).package.facts;
    expect(facts).toEqual(expect.arrayContaining([{ kind: 'order', value: 'LL-552190' }, { kind: 'provider', value: 'amex' }]));
    // The same message again adds nothing (no write, no duplicate).
    await ok(call(visitor, 'message:send', { clientMsgId: `facts2${Date.now()}`, body: 'order LL-552190' }));
    await server.baton.services.idle();
    const d = await detail(alex, conversation.id);
    expect(d.package?.facts.filter((f) => f.value === 'LL-552190')).toHaveLength(1);
    const moved = await ok(call<{ conversation: ConversationSummary }>(alex, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: d.conversation.version, toSkill: 'billing', note: 'refund' }));
    expect(moved.conversation.state).toBe('queued');
    const pkg = (await detail(alex, conversation.id)).package;
    expect(pkg?.facts).toEqual(expect.arrayContaining([{ kind: 'order', value: 'LL-552190' }]));
    // The summary quotes what the customer last told Alex, for whoever picks it up next.
    expect(pkg?.summary).toContain('Alex Rivera transferred it to the Billing team');
    expect(pkg?.summary).toContain('"order LL-552190"');
  });

  it("the inbox preview after an escalation is the agent-facing hand-off line, not the customer's previous message", async () => {
    const visitor = await connectVisitor(server.url);
    visitors.push(visitor);
    const { message } = await ok(call<{ message: MessageView }>(visitor, 'message:send', { clientMsgId: `pv${Date.now()}`, body: 'hello there' }));
    await server.baton.services.idle();
    // This conversation's row: the chats of the tests above are still being offered and updated on this console.
    const updated = next<ConversationSummary>(alex, 'conversation:updated', (c) => c.id === message.conversationId && c.state !== 'bot' && (c.lastMessagePreview ?? '').startsWith('Handed to'));
    const { conversation: view } = await ok(call<{ conversation: { id: string } }>(visitor, 'conversation:escalate', {}));
    const row = await updated;
    expect(row.id).toBe(view.id);
    expect(row.lastMessagePreview).toMatch(/^Handed to the \w+ team: Customer pressed "Talk to a person"/);
  });

  it('only the agent in control can transfer', async () => {
    const { conversation } = await conversationHeldByAlex();
    const r = await call(sam!, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toSkill: 'billing', note: 'mine now' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_controller' } });
    const toAgent = await call(sam!, 'conversation:transfer', { conversationId: conversation.id, expectedVersion: conversation.version, toAgentId: alexId, note: 'mine now' });
    expect(toAgent).toMatchObject({ ok: false, error: { code: 'not_controller' } });
  });
});
