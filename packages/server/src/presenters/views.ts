/** Rows → the protocol's views. The only place that decides what a client sees. */
import { and, inArray, eq } from 'drizzle-orm';
import type {
  AgentView,
  ControlEventView,
  ConversationSummary,
  MessageView,
  QueueInfo,
  VisitorConversationView,
} from '@baton/protocol';
import type { ControlEventRow, ConversationRow, MessageRow } from '../storage/conversationStore.js';
import type { AgentRow } from '../services/agentAuth.js';
import type { ServiceContext } from '../services/context.js';
import { agents, timers, visitors } from '../storage/schema.js';
import { invitedAgent, waitingSince } from '../services/transferHistory.js';
import { waitingNeeds } from '../services/waitingNeeds.js';
import { latestResolves } from '../storage/ratingStore.js';

export function messageView(m: MessageRow): MessageView {
  const meta = m.meta as MessageView['meta'] & { replyToSeq?: number };
  const { replyToSeq: _drop, ...visible } = meta;
  return {
    id: m.id,
    conversationId: m.conversationId,
    seq: m.seq,
    clientMsgId: m.clientMsgId,
    authorType: m.authorType,
    authorName: m.authorName,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
    meta: Object.fromEntries(Object.entries(visible).filter(([, v]) => v !== undefined && v !== null)),
  };
}

export function eventView(e: ControlEventRow): ControlEventView {
  return {
    version: e.version,
    kind: e.kind as ControlEventView['kind'],
    from: e.fromState as ControlEventView['from'],
    to: e.toState as ControlEventView['to'],
    actorType: e.actorType as ControlEventView['actorType'],
    actorId: e.actorId,
    actorName: e.actorName,
    reason: e.reason,
    at: e.createdAt.toISOString(),
  };
}

export function agentView(a: AgentRow): AgentView {
  return { id: a.id, siteId: a.siteId, email: a.email, name: a.name, role: a.role, skills: a.skills, capacity: a.capacity, presence: a.presence, workingHours: a.workingHours };
}

export function visitorConversationView(c: ConversationRow, queue: QueueInfo | null, agent: { name: string; presence: string } | null): VisitorConversationView {
  const withAgent = c.state === 'human' && agent;
  return {
    id: c.id,
    state: c.state,
    version: c.version,
    agentName: withAgent ? agent.name : null,
    agentAway: withAgent ? agent.presence === 'away' : false,
    queue: c.state === 'queued' || c.state === 'offered' ? queue : null,
    csat: { requested: c.csatRequested, rating: c.csatRating },
    lastSeq: c.lastSeq,
    language: c.language,
  };
}

export async function agentNames(ctx: ServiceContext, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await ctx.db.select({ id: agents.id, name: agents.name }).from(agents).where(inArray(agents.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The agent with the chat, as the customer's widget shows them. */
export async function agentForVisitor(ctx: ServiceContext, agentId: string | null): Promise<{ name: string; presence: string } | null> {
  if (!agentId) return null;
  const [a] = await ctx.db.select({ name: agents.name, presence: agents.presence }).from(agents).where(eq(agents.id, agentId));
  return a ?? null;
}

export async function customerName(ctx: ServiceContext, visitorId: string): Promise<string> {
  const [v] = await ctx.db.select({ attributes: visitors.attributes }).from(visitors).where(eq(visitors.id, visitorId));
  return v?.attributes.name ?? `Visitor ${visitorId.slice(-4)}`;
}

export async function summaries(ctx: ServiceContext, rows: ConversationRow[]): Promise<ConversationSummary[]> {
  // What waiting rows need (one query, only when a row waits), read alongside the agents' names and, for rows an agent
  // resolved, who resolved the latest hand-off and its rating.
  const [names, needs, resolves] = await Promise.all([
    agentNames(ctx, rows.map((r) => r.agentId)),
    waitingNeeds(ctx, rows),
    latestResolves(ctx.db, rows.filter((r) => r.handedBackAt).map((r) => r.id)),
  ]);
  const vis = rows.length
    ? await ctx.db.select({ id: visitors.id, attributes: visitors.attributes }).from(visitors).where(inArray(visitors.id, [...new Set(rows.map((r) => r.visitorId))]))
    : [];
  const vnames = new Map(vis.map((v) => [v.id, v.attributes.name]));
  const offered = rows.filter((r) => r.state === 'offered').map((r) => r.id);
  const expiry = offered.length
    ? await ctx.db.select({ id: timers.conversationId, dueAt: timers.dueAt }).from(timers).where(and(eq(timers.kind, 'offer_expiry'), inArray(timers.conversationId, offered)))
    : [];
  const expires = new Map(expiry.map((t) => [t.id, t.dueAt.toISOString()]));
  return rows.map((c) => ({
    id: c.id,
    state: c.state,
    version: c.version,
    customerName: vnames.get(c.visitorId) ?? `Visitor ${c.visitorId.slice(-4)}`,
    skill: c.skill,
    skillName: ctx.sites.skillName(c.siteId, c.skill),
    reason: (c.reason as ConversationSummary['reason']) ?? null,
    agentId: c.agentId,
    agentName: c.agentId ? (names.get(c.agentId) ?? null) : null,
    offeredToAgentId: c.state === 'offered' ? c.offeredTo : null,
    offerExpiresAt: c.state === 'offered' ? (expires.get(c.id) ?? null) : null,
    queuedAt: c.queuedAt?.toISOString() ?? null,
    waitingSince: c.queuedAt ? waitingSince(c).toISOString() : null,
    lastMessagePreview: c.lastMessagePreview,
    lastSeq: c.lastSeq,
    summary: c.handoffPackage?.summary ?? null,
    // That resolve's own rating; the conversation's column is a fallback for a resolve with no event (none expected).
    csatRating: resolves.has(c.id) ? resolves.get(c.id)!.rating : c.csatRating,
    resolvedAt: c.handedBackAt?.toISOString() ?? null,
    resolvedBy: resolves.get(c.id)?.by ?? null,
    updatedAt: c.updatedAt.toISOString(),
    ...(needs.has(c.id) ? { needs: needs.get(c.id) } : {}),
    ...withInvited(c),
  }));
}

function withInvited(c: ConversationRow): { invitedAgentId?: string } {
  const id = invitedAgent(c);
  return id ? { invitedAgentId: id } : {};
}

export async function summary(ctx: ServiceContext, row: ConversationRow): Promise<ConversationSummary> {
  return (await summaries(ctx, [row]))[0]!;
}
