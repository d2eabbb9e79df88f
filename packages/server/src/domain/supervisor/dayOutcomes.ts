/**
 * What happened to the site's chats over a window (the supervisor's "last 24 hours"), pure: how many the bot handled
 * alone, how many were handed to people and why, how many people took, resolved or lost while they waited, how long
 * the served waited, and what customers rated. The brief: supervisors watch queues, waits, agents *and outcomes*.
 */
import type { SupervisorOutcomes } from '@baton/protocol';
import { averageRating } from './ratings.js';

export interface OutcomeInput {
  /** Conversations started in the window, with whether they were ever handed to people. */
  started: readonly { id: string; escalated: boolean }[];
  /** Control events in the window. */
  events: readonly { conversationId: string; kind: string; reason: string | null }[];
  /** Waits of customers an agent took in the window (seconds, from queue episodes). */
  servedWaits: readonly number[];
  /** Ratings (1..5) of hand-offs resolved in the window: one per rated resolve, so a chat resolved twice can count twice. */
  ratings: readonly number[];
}

function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function summarizeOutcomes(input: OutcomeInput, windowHours: number): SupervisorOutcomes {
  const count = (kind: string) => input.events.filter((e) => e.kind === kind).length;
  const escalations = input.events.filter((e) => e.kind === 'escalated');
  const reasons: Record<string, number> = {};
  for (const e of escalations) if (e.reason) reasons[e.reason] = (reasons[e.reason] ?? 0) + 1;
  const taken = new Set(input.events.filter((e) => e.kind === 'accepted').map((e) => e.conversationId));
  const wait = median(input.servedWaits);
  const satisfied = input.ratings.filter((r) => r >= 4).length;
  return {
    windowHours,
    started: input.started.length,
    botOnly: input.started.filter((c) => !c.escalated).length,
    handedOff: escalations.length,
    reasons,
    taken: taken.size,
    resolved: count('resolved'),
    leftQueue: count('abandoned') + count('cancelled'),
    medianWaitSeconds: wait === null ? null : Math.round(wait),
    ratings: input.ratings.length,
    averageRating: averageRating(input.ratings),
    satisfiedShare: input.ratings.length ? satisfied / input.ratings.length : null,
  };
}
