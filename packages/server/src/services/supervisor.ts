/** The supervisor's live view of each skill queue (load, staffing, the estimate a newcomer would get, estimate accuracy) and of each agent (load, ratings). */
import { and, eq, isNull } from 'drizzle-orm';
import type { SupervisorAgentRow, SupervisorOutcomes, SupervisorSkillRow, SupervisorSnapshot } from '@baton/protocol';
import type { ServiceContext } from './context.js';
import { listWaiting } from '../storage/conversationStore.js';
import { agents } from '../storage/schema.js';
import { listEstimatesSince } from '../storage/waitEstimateStore.js';
import { estimateWaits } from '../domain/waitTime/estimateWait.js';
import { summarizeAccuracy } from '../domain/waitTime/accuracy.js';
import { ESTIMATE_OPTIONS, loadAgentLoads, siteLanguageRule, toWaiting, type QueueEstimates } from './queueEstimates.js';
import { waitingSince } from './transferHistory.js';
import { onShift } from '../domain/routing/shifts.js';
import { outcomeRows } from '../storage/outcomeStore.js';
import { summarizeOutcomes } from '../domain/supervisor/dayOutcomes.js';
import { ratingsByAgent, type RatingSummary } from '../domain/supervisor/ratings.js';
import { ratingsResolvedSince } from '../storage/ratingStore.js';
import { SitePush } from './sitePush.js';

const ACCURACY_WINDOW_MS = 24 * 3600_000;
/** Agents' ratings look back a week: in a day most agents have none or one, too few to tell anyone anything. */
const AGENT_RATINGS_DAYS = 7;
const NEWCOMER = '__newcomer__';
/** Outcomes (three reads over a day) and agents' ratings (one over a week): read at most this often per site (the 2 s dispatch sweep republishes). */
const OUTCOMES_TTL_MS = 3_000;

interface Tallies {
  outcomes: SupervisorOutcomes;
  agentRatings: Map<string, RatingSummary>;
}

export class Supervisor {
  private tallies = new Map<string, { at: number; value: Promise<Tallies> }>();
  private pushes: SitePush<SupervisorSnapshot>;

  constructor(
    private ctx: ServiceContext,
    private queue: QueueEstimates,
  ) {
    this.pushes = new SitePush({
      read: (siteId) => this.snapshot(siteId),
      // updatedAt always differs: only what the view shows counts.
      key: (s) => JSON.stringify([s.skills, s.agents, s.outcomes]),
      send: (siteId, s) => this.ctx.notifier.supervisorUpdated(siteId, s),
      failed: (err, siteId) => this.ctx.log.warn({ err, siteId }, 'supervisor snapshot failed'),
    });
  }

  /**
   * The view as of now, for an answer (a supervisor's reload or reconnect): the next push goes out whatever it holds, or
   * a supervisor who read a state between two pushes of the same other state would keep what they read.
   */
  read(siteId: string): Promise<SupervisorSnapshot> {
    return this.pushes.read(siteId);
  }

  /** `freshOutcomes`: count the outcomes and ratings now rather than take the cached ones (tests; a supervisor's explicit reload). */
  async snapshot(siteId: string, opts: { freshOutcomes?: boolean } = {}): Promise<SupervisorSnapshot> {
    const now = this.ctx.clock.now();
    await this.queue.settle(siteId);
    const [waiting, agentList, estimates, model] = await Promise.all([
      listWaiting(this.ctx.db, siteId),
      loadAgentLoads(this.ctx, siteId, now.getTime(), { withActive: true }),
      listEstimatesSince(this.ctx.db, siteId, new Date(now.getTime() - ACCURACY_WINDOW_MS)),
      this.queue.modelFor(siteId),
    ]);
    const servedWaits = estimates.flatMap((e) => (e.outcome === 'assigned' && e.actualSeconds !== null ? [e.actualSeconds] : []));
    if (opts.freshOutcomes) this.tallies.delete(siteId);
    const { outcomes, agentRatings } = await this.talliesFor(siteId, now, servedWaits);
    const people = await this.ctx.db.select({ id: agents.id, name: agents.name, presence: agents.presence }).from(agents).where(and(eq(agents.siteId, siteId), isNull(agents.removedAt)));
    const presence = new Map(people.map((a) => [a.id, a.presence]));
    const site = this.ctx.sites.getById(siteId);
    const skillIds = [...new Set([...(site?.content.config.skills.map((s) => s.id) ?? []), ...waiting.map((c) => c.skill ?? 'general')])];
    const known = siteLanguageRule(this.ctx, siteId, agentList);
    const queued = waiting.map((c) => toWaiting(c, known));
    const skills: SupervisorSkillRow[] = skillIds.map((skill) => {
      const mine = waiting.filter((c) => (c.skill ?? 'general') === skill);
      const staff = agentList.filter((a) => a.skills.some((s) => s.skill === skill && s.proficiency > 0));
      // What a customer joining now would be told: the same estimator with one more customer at the back.
      const next = estimateWaits([...queued, { id: NEWCOMER, skill, priority: 0, queuedAt: now.getTime(), declinedBy: [] }], agentList, { ...ESTIMATE_OPTIONS, now: now.getTime(), model }).get(NEWCOMER);
      return {
        skill,
        skillName: this.ctx.sites.skillName(siteId, skill) ?? skill,
        waiting: mine.length,
        longestWaitSeconds: Math.max(0, ...mine.map((c) => Math.round((now.getTime() - waitingSince(c).getTime()) / 1000))),
        nextEstimateSeconds: next && next.agentsOnline > 0 ? next.estimateSeconds : null,
        // Free: could be offered a chat now (online, a free slot, on shift); an agent off shift gets no new chats.
        agentsOnline: staff.filter((a) => a.online && a.load < a.capacity && onShift(a.shifts, now.getTime())).length,
        agentsBusy: staff.filter((a) => a.online && a.load >= a.capacity).length,
        agentsAway: staff.filter((a) => presence.get(a.id) === 'away').length,
        accuracy: summarizeAccuracy(estimates.filter((e) => e.skill === skill)),
      };
    });
    // Per agent: who is carrying what, so a supervisor sees an overloaded or idle colleague, not only per-team counts;
    // and how customers rated the hand-offs they resolved.
    const byId = new Map(agentList.map((a) => [a.id, a]));
    const agentRows: SupervisorAgentRow[] = people
      .map((p) => {
        const a = byId.get(p.id);
        return {
          id: p.id,
          name: p.name,
          presence: p.presence as SupervisorAgentRow['presence'],
          load: a?.load ?? 0,
          capacity: a?.capacity ?? 1,
          teams: (a?.skills ?? []).filter((s) => s.proficiency > 0).map((s) => s.skill),
          onShift: a ? onShift(a.shifts, now.getTime()) : true,
          ...(agentRatings.get(p.id) ?? { ratings: 0, averageRating: null }),
        };
      })
      .sort((x, y) => x.name.localeCompare(y.name));
    return { skills, agents: agentRows, outcomes, ratingsWindowDays: AGENT_RATINGS_DAYS, updatedAt: now.toISOString() };
  }

  /** The last 24 h's outcomes and the last week's ratings per agent, cached for OUTCOMES_TTL_MS (a failed read is not kept). */
  private talliesFor(siteId: string, now: Date, servedWaits: number[]): Promise<Tallies> {
    const hit = this.tallies.get(siteId);
    if (hit && now.getTime() - hit.at < OUTCOMES_TTL_MS) return hit.value;
    const value = Promise.all([
      outcomeRows(this.ctx.db, siteId, new Date(now.getTime() - ACCURACY_WINDOW_MS)),
      ratingsResolvedSince(this.ctx.db, siteId, new Date(now.getTime() - AGENT_RATINGS_DAYS * 24 * 3600_000)),
    ]).then(([rows, week]) => ({ outcomes: summarizeOutcomes({ ...rows, servedWaits }, ACCURACY_WINDOW_MS / 3600_000), agentRatings: ratingsByAgent(week) }));
    value.catch(() => this.tallies.delete(siteId));
    this.tallies.set(siteId, { at: now.getTime(), value });
    return value;
  }

  /** A queue change: push now, or once the current second is over. */
  changed(siteId: string): void {
    this.pushes.changed(siteId);
  }

  stop(): void {
    this.pushes.stop();
  }
}
