/** Position and wait estimate for every waiting conversation of a site, recomputed on each queue change and pushed live. */
import { and, eq, isNull } from 'drizzle-orm';
import type { QueueInfo } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import { activeChats, agentLoads, listWaiting, type ConversationRow } from '../storage/conversationStore.js';
import { agents } from '../storage/schema.js';
import type { DbOrTx } from '../storage/database.js';
import { skillMatch, type AgentLoad, type WaitingConversation } from '../domain/routing/selectAgents.js';
import { onShift } from '../domain/routing/shifts.js';
import { languageRule, requiredLanguage, type LanguageRule } from '../domain/routing/languageRule.js';
import { estimateWaits, type EstimateOptions } from '../domain/waitTime/estimateWait.js';
import { controlChangesSince, eventsAfter, listPendingEstimates, recordEstimate, settleEstimate } from '../storage/waitEstimateStore.js';
import { OutcomeLearner } from '../domain/waitTime/outcomes.js';
import { QueueModel } from '../domain/waitTime/queueModel.js';
import { Availability } from './availability.js';
import { sentAwayBy, waitingForAgent, waitingSince } from './transferHistory.js';
import { dueTimesOf } from '../storage/timerStore.js';
import { openIntervals, parseSupportHours } from '../domain/site/supportHours.js';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;

export const ESTIMATE_OPTIONS: EstimateOptions = { handleSeconds: {}, defaultHandleSeconds: 300, pickupSeconds: 20 };
/** How far back the estimator's model is read from stored conversations when a node first serves a site. */
const HISTORY_MS = 7 * DAY_MS;
/**
 * Re-read this much before the newest event seen; seen ids are skipped. An event's time is taken when its
 * transaction starts (and from its node's clock), so it can commit well after newer ones: lock waits under load,
 * clocks a little apart.
 */
const OVERLAP_MS = 120_000;

interface SiteLearning {
  learner: OutcomeLearner;
  /** Newest event time ingested (epoch ms). */
  watermark: number;
  /** Ids of events ingested within the overlap window, with their time. */
  seen: Map<string, number>;
  /** The sync in flight (syncs of one site run one after the other). */
  tail: Promise<void>;
  /** A sync queued behind it, shared by every caller that arrives meanwhile (one read, not one per caller). */
  next: Promise<void> | null;
}

/** The site's language rule for routing (domain/routing/languageRule.ts), from its agents and its help centre. */
export function siteLanguageRule(ctx: Pick<ServiceContext, 'sites'>, siteId: string, agentList: readonly Pick<AgentLoad, 'skills'>[]): LanguageRule {
  return languageRule(agentList, ctx.sites.getById(siteId)?.content.config.kb.language ?? 'en');
}

/**
 * A waiting conversation as routing sees it: its team's skill and, when the language rule requires it, the customer's
 * language too (a Spanish customer was offered to the one agent online, who writes only English).
 */
export function toWaiting(c: ConversationRow, rule?: LanguageRule): WaitingConversation {
  const excludedAgents = [...sentAwayBy(c)];
  const skill = c.skill ?? 'general';
  const language = requiredLanguage(rule, c.language, skill);
  return { id: c.id, skill, ...(language ? { skills: [skill, language] } : {}), priority: c.priority, queuedAt: (c.queuedAt ?? c.createdAt).getTime(), declinedBy: c.declinedBy, ...(excludedAgents.length ? { excludedAgents } : {}) };
}

const shiftCache = new Map<string, [number, number][]>();

const ALWAYS = parseSupportHours({ timezone: 'UTC', 'sun-sat': '00:00-24:00' });
/**
 * Stored hours that no longer parse (saved before a check was tightened, e.g. '09:00-12:00-15:00') count as
 * "whenever online": one agent's bad row must not stop dispatch, estimates and the console for the whole site.
 */
function parsedOrAlways(hours: Record<string, string>): ReturnType<typeof parseSupportHours> {
  try {
    return parseSupportHours(hours);
  } catch {
    return ALWAYS;
  }
}

/**
 * Working hours as shifts from a day back to a week ahead (the estimator looks ahead; dispatch needs now).
 * Computed once per hours and hour, not on every dispatch: expanding them reads time-zone rules many times.
 */
function shiftsOf(hours: Record<string, string>, now: number): [number, number][] {
  const hour = Math.floor(now / HOUR_MS) * HOUR_MS;
  const key = `${hour}|${JSON.stringify(hours)}`;
  let shifts = shiftCache.get(key);
  if (!shifts) {
    if (shiftCache.size > 1000) shiftCache.clear();
    shifts = openIntervals(parsedOrAlways(hours), hour - DAY_MS, hour + 8 * DAY_MS);
    shiftCache.set(key, shifts);
  }
  return shifts;
}

/** Whether an agent with these working hours (null: whenever online) takes new chats at `now`. */
export function onShiftNow(hours: Record<string, string> | null, now: number): boolean {
  return !hours || onShift(shiftsOf(hours, now), now);
}

/**
 * The site's agents as routing sees them. `withActive` adds the chats each one holds and since when (for the
 * estimator; dispatch needs only the counts).
 */
export async function loadAgentLoads(ctx: { db: DbOrTx }, siteId: string, now: number, opts: { withActive?: boolean } = {}): Promise<AgentLoad[]> {
  const [rows, loads, active] = await Promise.all([
    ctx.db.select().from(agents).where(and(eq(agents.siteId, siteId), isNull(agents.removedAt))),
    agentLoads(ctx.db, siteId),
    opts.withActive ? activeChats(ctx.db, siteId) : Promise.resolve([]),
  ]);
  return rows.map((a) => ({
    id: a.id,
    skills: a.skills,
    capacity: a.capacity,
    load: loads.get(a.id) ?? 0,
    online: a.presence === 'online',
    lastAssignedAt: a.lastAssignedAt?.getTime() ?? null,
    ...(a.workingHours ? { shifts: shiftsOf(a.workingHours, now) } : {}),
    ...(opts.withActive ? { active: active.filter((c) => c.agentId === a.id).map((c) => ({ skills: [c.skill], startedAt: c.startedAt.getTime() })) } : {}),
  }));
}

export class QueueEstimates {
  private latest = new Map<string, QueueInfo>();
  /** Queue episodes (conversation|when this stretch of waiting began, see waitingSince) whose first estimate is already stored. */
  private recorded = new Set<string>();
  private listeners: ((siteId: string) => void)[] = [];
  private learning = new Map<string, SiteLearning>();
  readonly availability: Availability;

  constructor(private ctx: ServiceContext) {
    this.availability = new Availability(ctx.sites);
  }

  /** Called after every publish (the supervisor view follows the queue). */
  onPublished(fn: (siteId: string) => void): void {
    this.listeners.push(fn);
  }

  /**
   * The site's queue model (handle times, patience, arrivals), learned from its stored conversations: the last
   * HISTORY_MS when first asked, then the events written since, on every call (so every node learns from all nodes).
   */
  async modelFor(siteId: string): Promise<QueueModel> {
    let s = this.learning.get(siteId);
    if (!s) {
      const model = new QueueModel({ defaultSeconds: ESTIMATE_OPTIONS.defaultHandleSeconds, perSkillSeconds: ESTIMATE_OPTIONS.handleSeconds });
      s = { learner: new OutcomeLearner(model), watermark: this.ctx.clock.now().getTime() - HISTORY_MS, seen: new Map(), tail: Promise.resolve(), next: null };
      this.learning.set(siteId, s);
    }
    const site = s;
    if (!site.next) {
      site.next = site.tail.then(() => {
        site.next = null;
        return this.sync(siteId, site).catch((err) => this.ctx.log.warn({ err, siteId }, 'reading queue outcomes failed'));
      });
      site.tail = site.next;
    }
    await site.next;
    return site.learner.model;
  }

  private async sync(siteId: string, s: SiteLearning): Promise<void> {
    const rows = await controlChangesSince(this.ctx.db, siteId, new Date(s.watermark - OVERLAP_MS));
    for (const r of rows) {
      if (s.seen.has(r.id)) continue;
      const at = r.createdAt.getTime();
      s.seen.set(r.id, at);
      if (at > s.watermark) s.watermark = at;
      s.learner.observe({ conversationId: r.conversationId, fromState: r.fromState, toState: r.toState, at, skill: r.skill ?? 'general', priority: r.priority });
    }
    for (const [id, at] of s.seen) if (at < s.watermark - OVERLAP_MS) s.seen.delete(id);
  }

  async compute(siteId: string): Promise<{ waiting: ConversationRow[]; info: Map<string, QueueInfo> }> {
    const [waiting, agentList, model] = await Promise.all([listWaiting(this.ctx.db, siteId), loadAgentLoads(this.ctx, siteId, this.ctx.clock.now().getTime(), { withActive: true }), this.modelFor(siteId)]);
    // Only conversations still waiting for an agent are "ahead in line"; an offered one is being picked up now.
    const known = siteLanguageRule(this.ctx, siteId, agentList);
    const nowDate = this.ctx.clock.now();
    const nowMs = nowDate.getTime();
    const estimates = estimateWaits(waiting.filter((c) => c.state === 'queued').map((c) => toWaiting(c, known)), agentList, { ...ESTIMATE_OPTIONS, model, now: nowMs });
    const pickingUp = (c: ConversationRow) => {
      const w = toWaiting(c, known);
      // The agent it is offered to counts whatever the rule (a named colleague a transfer chose).
      const online = agentList.filter((a) => a.online && (a.id === c.offeredTo || skillMatch(a, w, nowMs) > 0)).length;
      const pickup = ESTIMATE_OPTIONS.pickupSeconds;
      return { position: 1, estimateSeconds: pickup, lowSeconds: 0, highSeconds: pickup * 3, agentsOnline: online };
    };
    const now = nowDate.toISOString();
    const info = new Map<string, QueueInfo>();
    const offerAgainAt = await dueTimesOf(
      this.ctx.db,
      'offer_again',
      waiting.filter((c) => c.declinedBy.length > 0).map((c) => c.id),
    );
    for (const c of waiting) {
      let e = c.state === 'offered' ? pickingUp(c) : estimates.get(c.id);
      if (!e) continue;
      // An agent who sent the chat to another team will not take it back: if they are the only ones online for it,
      // nobody is available to this customer (say so, with the leave-a-message form). An agent who declined it or
      // let the offer expire is offered it again later (offerAgain.ts): if only such agents are online, the wait is
      // at least until then.
      const sentAway = sentAwayBy(c);
      if (c.state === 'queued' && (sentAway.size > 0 || c.declinedBy.length > 0)) {
        const w = toWaiting(c, known);
        const eligible = agentList.filter((a) => a.online && onShift(a.shifts, nowMs) && !sentAway.has(a.id) && skillMatch(a, w, nowMs) > 0);
        if (eligible.length < e.agentsOnline) e = { ...e, agentsOnline: eligible.length };
        const again = offerAgainAt.get(c.id);
        if (eligible.length > 0 && again && eligible.every((a) => c.declinedBy.includes(a.id))) {
          const wait = Math.max(0, Math.round((again.getTime() - nowMs) / 1000)) + ESTIMATE_OPTIONS.pickupSeconds;
          if (wait > e.estimateSeconds) e = { ...e, estimateSeconds: wait, lowSeconds: Math.max(e.lowSeconds, wait - ESTIMATE_OPTIONS.pickupSeconds), highSeconds: Math.max(e.highSeconds, wait * 2) };
        }
      }
      const skill = c.skill ?? 'general';
      const offline = this.availability.offline(siteId, e.agentsOnline, nowDate, skill);
      const forAgent = waitingForAgent(c);
      info.set(c.id, {
        skill,
        skillName: this.ctx.sites.skillName(siteId, skill, c.language) ?? skill,
        position: e.position,
        estimateSeconds: e.estimateSeconds,
        estimateLowSeconds: e.lowSeconds,
        estimateHighSeconds: e.highSeconds,
        agentsOnline: e.agentsOnline,
        ...(forAgent ? { forAgent } : {}),
        ...(offline ? { offline } : {}),
        updatedAt: now,
      });
    }
    return { waiting, info };
  }

  /** Recompute and push to every waiting visitor of the site. */
  async publish(siteId: string): Promise<void> {
    const { waiting, info } = await this.compute(siteId);
    for (const c of waiting) {
      const q = info.get(c.id);
      if (!q) continue;
      const prev = this.latest.get(c.id);
      this.latest.set(c.id, q);
      if (!prev || prev.position !== q.position || prev.estimateSeconds !== q.estimateSeconds || prev.agentsOnline !== q.agentsOnline || prev.offline?.reason !== q.offline?.reason || prev.forAgent !== q.forAgent) {
        this.ctx.notifier.queueUpdated(c, q);
      }
    }
    await this.record(siteId, waiting, info).catch((err) => this.ctx.log.warn({ err, siteId }, 'recording wait estimates failed'));
    for (const fn of this.listeners) fn(siteId);
  }

  /**
   * The first estimate a customer was actually given in this queue episode is stored (none while nobody can serve:
   * then no estimate was shown); episodes that ended are settled with the wait that happened.
   */
  private async record(siteId: string, waiting: ConversationRow[], info: Map<string, QueueInfo>): Promise<void> {
    const now = this.ctx.clock.now();
    for (const c of waiting) {
      const q = info.get(c.id);
      if (!q || q.offline || !c.queuedAt) continue;
      const since = waitingSince(c);
      const key = `${c.id}|${since.getTime()}`;
      if (this.recorded.has(key)) continue;
      await recordEstimate(this.ctx.db, {
        siteId,
        conversationId: c.id,
        queuedAt: since,
        skill: q.skill,
        estimatedSeconds: q.estimateSeconds,
        lowSeconds: q.estimateLowSeconds,
        highSeconds: q.estimateHighSeconds,
        estimatedAt: now,
      });
      this.recorded.add(key);
    }
    await this.settle(siteId, new Set(waiting.map((c) => c.id)));
  }

  /** Fills the actual wait of estimates whose queue episode ended: accepted (assigned) or left the queue otherwise (abandoned). */
  async settle(siteId: string, stillWaiting?: Set<string>): Promise<void> {
    const waitingIds = stillWaiting ?? new Set((await listWaiting(this.ctx.db, siteId)).map((c) => c.id));
    const pending = (await listPendingEstimates(this.ctx.db, siteId)).filter((e) => !waitingIds.has(e.conversationId));
    if (!pending.length) return;
    const since = new Date(Math.min(...pending.map((e) => e.queuedAt.getTime())));
    const events = await eventsAfter(this.ctx.db, [...new Set(pending.map((e) => e.conversationId))], since);
    for (const e of pending) {
      // The first move out of queued/offered after this episode began ends it.
      const end = events.find((ev) => ev.conversationId === e.conversationId && ev.createdAt > e.queuedAt && ev.toState !== 'queued' && ev.toState !== 'offered');
      if (!end) continue;
      const actual = Math.max(0, Math.round((end.createdAt.getTime() - e.estimatedAt.getTime()) / 1000));
      await settleEstimate(this.ctx.db, e.id, actual, end.toState === 'human' ? 'assigned' : 'abandoned');
      this.recorded.delete(`${e.conversationId}|${e.queuedAt.getTime()}`);
    }
  }

  async infoFor(conv: ConversationRow): Promise<QueueInfo | null> {
    if (conv.state !== 'queued' && conv.state !== 'offered') return null;
    const cached = this.latest.get(conv.id);
    if (cached) return cached;
    const { info } = await this.compute(conv.siteId);
    return info.get(conv.id) ?? null;
  }

  forget(conversationId: string): void {
    this.latest.delete(conversationId);
  }
}
