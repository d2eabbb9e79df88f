/** Tickets (messages left while nobody is available) and the supervisor's queue view. */
import { z } from 'zod';

export const MAX_TICKET_MESSAGE_LENGTH = 2000;

export const TicketCreateInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  message: z.string().trim().min(1).max(MAX_TICKET_MESSAGE_LENGTH),
});
export const TicketsListInput = z.object({}).default({});
export const TicketCloseInput = z.object({ ticketId: z.string().min(1).max(64) });
export const SupervisorSnapshotInput = z.object({}).default({});

export const TicketView = z.object({
  id: z.string(),
  conversationId: z.string().nullable(),
  visitorId: z.string(),
  email: z.string(),
  message: z.string(),
  skill: z.string(),
  skillName: z.string(),
  status: z.enum(['open', 'closed']),
  createdAt: z.string(),
  /** The language the message is written in (en, es, de), when its words tell: the e-mail reply should be in it. */
  language: z.string().optional(),
});
export type TicketView = z.infer<typeof TicketView>;

/** Estimates of the last 24 h against the waits that happened (only customers who were served). */
export const EstimateAccuracy = z.object({
  /** Estimates whose wait is known (assigned). */
  samples: z.number().int().nonnegative(),
  /** Share within max(60 s, 30 % of the actual wait); null without samples. */
  withinShare: z.number().min(0).max(1).nullable(),
  /** Mean absolute error, seconds; null without samples. */
  maeSeconds: z.number().nonnegative().nullable(),
  /** Customers who left the queue before an agent took them. */
  abandoned: z.number().int().nonnegative(),
});
export type EstimateAccuracy = z.infer<typeof EstimateAccuracy>;

export const SupervisorSkillRow = z.object({
  skill: z.string(),
  skillName: z.string(),
  waiting: z.number().int().nonnegative(),
  longestWaitSeconds: z.number().int().nonnegative(),
  /** What a customer joining this queue now would be told; null when nobody can serve it. */
  nextEstimateSeconds: z.number().nonnegative().nullable(),
  agentsOnline: z.number().int().nonnegative(),
  /** Online but at capacity. */
  agentsBusy: z.number().int().nonnegative(),
  agentsAway: z.number().int().nonnegative(),
  accuracy: EstimateAccuracy,
});
export type SupervisorSkillRow = z.infer<typeof SupervisorSkillRow>;

/** One agent as the supervisor sees them: presence, the chats they hold or are offered against their capacity. */
export const SupervisorAgentRow = z.object({
  id: z.string(),
  name: z.string(),
  presence: z.enum(['online', 'away', 'offline']),
  load: z.number().int().nonnegative(),
  capacity: z.number().int().positive(),
  /** Skill ids (teams) they take chats for. */
  teams: z.array(z.string()),
  /** Inside their working hours now (always, without hours). */
  onShift: z.boolean(),
  /** Ratings customers gave the hand-offs this agent resolved in the snapshot's `ratingsWindowDays` (by resolve time). */
  ratings: z.number().int().nonnegative(),
  /** Their average, to a tenth; null without ratings. */
  averageRating: z.number().nullable(),
});
export type SupervisorAgentRow = z.infer<typeof SupervisorAgentRow>;

/** What happened to the site's chats over the last `windowHours` (started, handed off, taken, resolved, left, rated). */
export const SupervisorOutcomes = z.object({
  windowHours: z.number().positive(),
  /** Chats started in the window. */
  started: z.number().int().nonnegative(),
  /** Of those, the ones the bot handled alone (never handed to people). */
  botOnly: z.number().int().nonnegative(),
  /** Hand-offs to people in the window (a chat may be handed off twice). */
  handedOff: z.number().int().nonnegative(),
  /** Hand-offs by reason (explicit_request, frustration, …). */
  reasons: z.record(z.string(), z.number().int().nonnegative()),
  /** Chats an agent took (accepted) in the window. */
  taken: z.number().int().nonnegative(),
  /** Chats agents resolved (handed back to the bot) in the window. */
  resolved: z.number().int().nonnegative(),
  /** Customers who left the queue before an agent took them. */
  leftQueue: z.number().int().nonnegative(),
  /** Median wait of the customers an agent took, seconds; null when none. */
  medianWaitSeconds: z.number().nonnegative().nullable(),
  /** Ratings given (1 to 5) for chats handed back in the window, their average and the share of 4 and 5. */
  ratings: z.number().int().nonnegative(),
  averageRating: z.number().nullable(),
  satisfiedShare: z.number().min(0).max(1).nullable(),
});
export type SupervisorOutcomes = z.infer<typeof SupervisorOutcomes>;

export const SupervisorSnapshot = z.object({
  skills: z.array(SupervisorSkillRow),
  /** The last 24 hours' outcomes (optional for older servers). */
  outcomes: SupervisorOutcomes.optional(),
  /** Every agent of the site, by name (optional for older servers). */
  agents: z.array(SupervisorAgentRow).optional(),
  /**
   * The days the agents' ratings look back (7: a day holds too few ratings per agent to mean much); the outcomes
   * keep their own 24 hours.
   */
  ratingsWindowDays: z.number().positive(),
  updatedAt: z.string(),
});
export type SupervisorSnapshot = z.infer<typeof SupervisorSnapshot>;
