import { canTakeFromQueue, isWaitingState, type AgentView, type ConversationSummary, type MessageView } from '@baton/protocol';

export type InboxById = Record<string, ConversationSummary>;

export interface InboxGroups {
  waiting: ConversationSummary[];
  mine: ConversationSummary[];
  resolved: ConversationSummary[];
  /** Customers who left while waiting for a person: someone may want to follow up. */
  left: ConversationSummary[];
}

export const RESOLVED_LIMIT = 20;

export { isWaitingState };

export function isMine(c: ConversationSummary, meId: string | null): boolean {
  return c.state === 'human' && meId !== null && c.agentId === meId;
}

export function isOfferedToMe(c: ConversationSummary, meId: string | null): boolean {
  return c.state === 'offered' && meId !== null && c.offeredToAgentId === meId;
}

/**
 * Resolved by a person: back with the bot after an agent handed it back. A bot chat nobody escalated, an
 * escalation the customer cancelled, and a chat the customer left while waiting ('closed') are not.
 */
export function isResolvedByAgent(c: ConversationSummary): boolean {
  return c.state === 'bot' && c.resolvedAt !== null;
}

/**
 * The resolved hand-off a row stands for: who resolved it and the customer's rating of it (null until given). Only
 * for a chat back with the bot: while a chat waits or is with someone again, its rating is an earlier hand-off's and
 * would read as the current one's.
 */
export function resolvedHandOff(c: ConversationSummary): { by: string | null; rating: number | null } | null {
  return isResolvedByAgent(c) ? { by: c.resolvedBy, rating: c.csatRating } : null;
}

function time(iso: string | null): number {
  if (!iso) return Number.POSITIVE_INFINITY;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/** The customer closed the chat while waiting (after the grace for reloads), so it was closed unanswered. */
export function leftWhileWaiting(c: ConversationSummary): boolean {
  return c.state === 'closed' && c.queuedAt !== null;
}

/**
 * Waiting: offers to me first (they expire), then the longest wait first.
 * Mine: most recent activity first. Resolved (by a person): most recently resolved first, capped.
 * Left while waiting: most recent first, capped like resolved. Conversations another agent is handling are not
 * shown: they need nothing from me; nor are bot-only ones (see isResolvedByAgent).
 */
export function groupInbox(rows: Iterable<ConversationSummary>, meId: string | null, resolvedLimit = RESOLVED_LIMIT): InboxGroups {
  const waiting: ConversationSummary[] = [];
  const mine: ConversationSummary[] = [];
  const resolved: ConversationSummary[] = [];
  const left: ConversationSummary[] = [];
  for (const c of rows) {
    if (isWaitingState(c.state)) waiting.push(c);
    else if (isMine(c, meId)) mine.push(c);
    else if (isResolvedByAgent(c)) resolved.push(c);
    else if (leftWhileWaiting(c)) left.push(c);
  }
  waiting.sort((a, b) => {
    const offerDiff = Number(isOfferedToMe(b, meId)) - Number(isOfferedToMe(a, meId));
    if (offerDiff !== 0) return offerDiff;
    const waitDiff = time(a.queuedAt) - time(b.queuedAt);
    if (waitDiff !== 0 && !Number.isNaN(waitDiff)) return waitDiff;
    return a.id.localeCompare(b.id);
  });
  const byRecent = (a: ConversationSummary, b: ConversationSummary) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
  mine.sort(byRecent);
  resolved.sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? '') || byRecent(a, b));
  left.sort(byRecent);
  return { waiting, mine, resolved: resolved.slice(0, resolvedLimit), left: left.slice(0, resolvedLimit) };
}

/**
 * Events can arrive out of order (reconnects, several nodes). A control change always bumps
 * the version; within a version, the later updatedAt (new message preview) wins.
 */
export function isNewerSummary(incoming: ConversationSummary, held: ConversationSummary | undefined): boolean {
  if (!held) return true;
  if (incoming.version !== held.version) return incoming.version > held.version;
  return incoming.updatedAt >= held.updatedAt;
}

/** Returns the same object when nothing changed, so zustand subscribers skip a render. */
export function upsertSummary(byId: InboxById, incoming: ConversationSummary): InboxById {
  if (!isNewerSummary(incoming, byId[incoming.id])) return byId;
  return { ...byId, [incoming.id]: incoming };
}

export function indexSummaries(rows: ConversationSummary[]): InboxById {
  const out: InboxById = {};
  for (const r of rows) if (isNewerSummary(r, out[r.id])) out[r.id] = r;
  return out;
}

/**
 * What needs me, for the tab title: offers to me (they expire) and chats I hold with messages I have not had on
 * screen (the inbox's unread dot: the open chat is read as messages arrive).
 */
export function needsMe(byId: InboxById, meId: string | null, seenSeq: Readonly<Record<string, number>>, openId: string | null): { offers: number; unread: number } {
  let offers = 0;
  let unread = 0;
  for (const c of Object.values(byId)) {
    if (isOfferedToMe(c, meId)) offers++;
    else if (isMine(c, meId) && c.id !== openId && c.lastSeq > (seenSeq[c.id] ?? 0)) unread++;
  }
  return { offers, unread };
}

/** Rows that are waiting now but were not waiting (or not known) before: these deserve an alert. */
export function newlyWaiting(before: InboxById, rows: ConversationSummary[]): ConversationSummary[] {
  return rows.filter((r) => isWaitingState(r.state) && !(before[r.id] && isWaitingState(before[r.id]!.state)));
}

/** Who I am, for which waiting chats alert me. */
export type AlertMe = Pick<AgentView, 'id' | 'role' | 'skills'> & Partial<Pick<AgentView, 'presence'>>;

/**
 * A waiting chat alerts me when it is offered to me, or I could pull it from the queue (its team, its language) and
 * I am at work: Away or Offline, a chat I might take is no reason for a banner and a chime.
 */
export function alertsMe(c: ConversationSummary, meId: string | null, me: AlertMe | null | undefined): boolean {
  if (isOfferedToMe(c, meId) || !me) return true;
  return (me.presence === undefined || me.presence === 'online') && canTakeFromQueue(c, me);
}

/**
 * The rows an inbox listing raises an alert for. After a reconnect (`loaded`): what started waiting meanwhile
 * that I could take.
 * On the first listing (page reload, sign-in) the queue is not news, but an offer to me is: it expires, and
 * without its alert the agent had only the inbox badge, no banner and no Review button. An offer that was
 * already mine in the previous listing is left alone (its alert is up, or the agent dismissed it).
 */
export function alertsOnListing(before: InboxById, loaded: boolean, rows: ConversationSummary[], meId: string | null, me?: AlertMe | null): ConversationSummary[] {
  const known = loaded ? before : {};
  const fresh = new Set(loaded ? newlyWaiting(before, rows).filter((r) => alertsMe(r, meId, me)) : []);
  return rows.filter((r) => fresh.has(r) || (isOfferedToMe(r, meId) && !(known[r.id] && isOfferedToMe(known[r.id]!, meId))));
}

/**
 * The inbox line a live message gives its conversation, or null to leave the line to the server's row update.
 * A transfer announcement is written for the customer ("Alex Rivera is transferring you to the Billing team.");
 * the row update that comes with every transfer carries the agents' line ("Transferred to the Billing team by …").
 */
export function livePreview(m: MessageView): string | null {
  return m.authorType === 'system' && m.meta?.kind === 'transfer' ? null : m.body;
}

/** Keep the inbox preview current when a message lands before the server's row update does. */
export function withMessagePreview(byId: InboxById, conversationId: string, seq: number, body: string, at: string): InboxById {
  const row = byId[conversationId];
  if (!row || seq <= row.lastSeq) return byId;
  return { ...byId, [conversationId]: { ...row, lastSeq: seq, lastMessagePreview: previewText(body), updatedAt: at > row.updatedAt ? at : row.updatedAt } };
}

export function previewText(body: string, max = 120): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
