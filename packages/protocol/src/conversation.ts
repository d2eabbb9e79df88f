import { z } from 'zod';
import { ControlEventView, ControlState, EscalationReason } from './control.js';
import { MessageView } from './messages.js';

/** A customer's `extra` attributes, all calls of identify together (one customer's grew to 17 MB: a security review). */
export const MAX_EXTRA_ATTRIBUTES = 50;
export const MAX_EXTRA_JSON_LENGTH = 8192;

export const CustomerAttributes = z.object({
  name: z.string().max(200).optional(),
  email: z.string().email().max(320).optional(),
  /** The site's own id for this user (Intercom's user_id): with BATON_IDENTITY_SECRET, what userHash signs when given. */
  userId: z.string().min(1).max(255).optional(),
  tier: z.string().max(40).optional(),
  locale: z.string().max(20).optional(),
  /** Free-form extra attributes from Baton('identify', …). */
  /** Set by the server only: the site signed this identity (BATON_IDENTITY_SECRET). Absent or false: typed by anyone. */
  verified: z.boolean().optional(),
  extra: z
    .record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()]))
    .refine((x) => Object.keys(x).length <= MAX_EXTRA_ATTRIBUTES, `at most ${MAX_EXTRA_ATTRIBUTES} extra attributes`)
    .optional(),
});
export type CustomerAttributes = z.infer<typeof CustomerAttributes>;

/**
 * What a site sends with Baton('identify', …): the attributes, never `verified`, and, where the server has
 * BATON_IDENTITY_SECRET, `userHash` = hex HMAC-SHA256 with that secret, computed on the site's server, of `userId` when
 * given (it then vouches for the whole call), else of the e-mail.
 */
export const IdentifyInput = CustomerAttributes.omit({ verified: true }).extend({
  userHash: z.string().regex(/^[0-9a-f]{64}$/i, 'userHash is a hex HMAC-SHA256 (64 characters)').optional(),
});
export type IdentifyInput = z.infer<typeof IdentifyInput>;

export const Sentiment = z.enum(['positive', 'neutral', 'negative', 'very_negative']);
export type Sentiment = z.infer<typeof Sentiment>;

/** One agent-to-skill or agent-to-agent transfer, carried in the package so the next agent reads the note. */
export const TransferRecord = z.object({
  from: z.string(),
  fromAgentId: z.string(),
  /** Display name of the target: the skill's name or the agent's. */
  to: z.string(),
  toSkill: z.string().nullable(),
  toAgentId: z.string().nullable(),
  note: z.string(),
  at: z.string(),
  /** The first agent to take the chat after this transfer. Someone other than the named colleague ends the invitation. */
  takenBy: z.string().optional(),
});
export type TransferRecord = z.infer<typeof TransferRecord>;

/** What the agent reads before accepting (DESIGN.md §4). */
export const HandoffPackage = z.object({
  summary: z.string(),
  reason: EscalationReason,
  reasonDetail: z.string(),
  /** The customer message that triggered the escalation, quoted. */
  evidence: z.string().nullable(),
  intent: z.string().nullable(),
  skill: z.string(),
  skillName: z.string(),
  language: z.string(),
  /** False when the site's team does not write the customer's language (site.json languages): the agent should know. */
  teamWritesLanguage: z.boolean().optional(),
  sentiment: Sentiment,
  sentimentTrend: z.array(z.number()),
  facts: z.array(z.object({ kind: z.string(), value: z.string() })),
  botTried: z.array(z.object({ question: z.string(), articleId: z.string().nullable(), articleTitle: z.string().nullable(), answered: z.boolean() })),
  customer: CustomerAttributes,
  priority: z.number().int(),
  /** Transfers so far, oldest first (absent until the first one). */
  transfers: z.array(TransferRecord).optional(),
  updatedAt: z.string(),
});
export type HandoffPackage = z.infer<typeof HandoffPackage>;

export const QueueInfo = z.object({
  skill: z.string(),
  skillName: z.string(),
  /** 1-based position among conversations an agent of this skill would take first. */
  position: z.number().int().positive(),
  estimateSeconds: z.number().nonnegative(),
  estimateLowSeconds: z.number().nonnegative(),
  estimateHighSeconds: z.number().nonnegative(),
  agentsOnline: z.number().int().nonnegative(),
  /** The colleague an agent transferred the chat to by name, while it is offered to them: the customer waits for them. */
  forAgent: z.string().optional(),
  /** Set when nobody can take the conversation now: the widget says so and offers a ticket. */
  offline: z
    .object({
      reason: z.enum(['no_agents', 'closed_hours']),
      /** ISO time the team is next scheduled to be in (closed_hours only). */
      nextOpen: z.string().optional(),
      /** The site's support hours as text, e.g. "mon-fri 09:00-18:00, sat 10:00-14:00 (CET)". */
      hours: z.string().optional(),
      /** The time zone those hours are in (closed_hours only), e.g. "CET". */
      timeZone: z.string().optional(),
    })
    .optional(),
  updatedAt: z.string(),
});
export type QueueInfo = z.infer<typeof QueueInfo>;

/** What the visitor's widget knows about its conversation. */
export const VisitorConversationView = z.object({
  id: z.string(),
  state: ControlState,
  version: z.number().int(),
  agentName: z.string().nullable(),
  /** The agent with the chat set themselves Away: the widget says they stepped away rather than leave the customer guessing. */
  agentAway: z.boolean(),
  queue: QueueInfo.nullable(),
  csat: z.object({ requested: z.boolean(), rating: z.number().int().nullable() }),
  lastSeq: z.number().int().nonnegative(),
  /** The language the team continues in (set at escalation, e.g. "es"); the widget speaks it too. Null until then. */
  language: z.string().nullable(),
});
export type VisitorConversationView = z.infer<typeof VisitorConversationView>;

/** One row of the agent inbox. */
export const ConversationSummary = z.object({
  id: z.string(),
  state: ControlState,
  version: z.number().int(),
  customerName: z.string(),
  skill: z.string().nullable(),
  skillName: z.string().nullable(),
  reason: EscalationReason.nullable(),
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  /** Agent the conversation is currently offered to, if state is 'offered'. */
  offeredToAgentId: z.string().nullable(),
  /** When the current offer runs out and goes to the next agent (ISO), if state is 'offered'; the console counts down to it. */
  offerExpiresAt: z.string().nullable(),
  /** First joined the queue: the customer's place in line (a transfer keeps it). */
  queuedAt: z.string().nullable(),
  /** When the current wait began: the last transfer, or else queuedAt (time spent with an agent was no wait). */
  waitingSince: z.string().nullable(),
  lastMessagePreview: z.string().nullable(),
  lastSeq: z.number().int().nonnegative(),
  summary: z.string().nullable(),
  /**
   * The customer's rating of the hand-off resolved at `resolvedAt` (by `resolvedBy`), null until given: that
   * resolve's own row in the server's ratings, never an earlier hand-off's.
   */
  csatRating: z.number().int().nullable(),
  /** When an agent last resolved it (handed it back to the bot); null when no person ever did. */
  resolvedAt: z.string().nullable(),
  /** The agent who resolved it then (their name as recorded with the resolve); null when no person ever did. */
  resolvedBy: z.string().nullable(),
  updatedAt: z.string(),
  /**
   * While it waits: the skills an agent needs to take it (its team, and the customer's language when the site's
   * language rule requires it). Absent when it is not waiting.
   */
  needs: z.array(z.string()).optional(),
  /**
   * While it waits after a transfer to a named colleague: that colleague. They were asked to take it, so they may
   * pull it from the queue whatever their skills, also after their offer ran out.
   */
  invitedAgentId: z.string().optional(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

/** "the Technical team (in German)": who may take a waiting conversation, in words (server refusal and console alike). */
export function whoCanTake(teamName: string, languageNames: readonly string[]): string {
  return `the ${teamName} team${languageNames.length ? ` (in ${languageNames.join(' and ')})` : ''}`;
}

/**
 * Whether an agent may pull a waiting conversation from the queue: every skill it needs, at some proficiency. A
 * supervisor may take any (an override, e.g. when nobody with the skill is on), and so may the colleague it was
 * transferred to by name. Server and console share this rule.
 */
export function canTakeFromQueue(c: Pick<ConversationSummary, 'needs' | 'invitedAgentId'>, agent: Pick<AgentView, 'id' | 'role' | 'skills'>): boolean {
  const { needs } = c;
  if (agent.role === 'supervisor' || !needs || c.invitedAgentId === agent.id) return true;
  return needs.every((n) => agent.skills.some((s) => s.skill === n && s.proficiency > 0));
}

/** One of the same visitor's other conversations on the site, newest first: what they came about before. */
export const PastConversation = z.object({
  id: z.string(),
  state: ControlState,
  /** bot_only: the bot handled it; resolved: a person resolved it; left_queue: they left while waiting; open: still going. */
  outcome: z.enum(['bot_only', 'resolved', 'left_queue', 'open']),
  startedAt: z.string(),
  lastActivityAt: z.string(),
  /** The customer's first message (at most 160 characters). */
  opening: z.string().nullable(),
  /** The handoff summary, when it was escalated. */
  summary: z.string().nullable(),
  reason: EscalationReason.nullable(),
  skillName: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  /** The rating of its latest hand-off. */
  csatRating: z.number().int().nullable(),
  messageCount: z.number().int().nonnegative(),
});
export type PastConversation = z.infer<typeof PastConversation>;

export const ConversationDetail = z.object({
  conversation: ConversationSummary,
  package: HandoffPackage.nullable(),
  customer: CustomerAttributes,
  /** The same visitor's other conversations (at most 10, newest first). */
  history: z.array(PastConversation),
  /** Whether the customer has the chat open now (any tab, any node); live changes come as visitor:presence. */
  customerOnline: z.boolean(),
  messages: z.array(MessageView),
  timeline: z.array(ControlEventView),
  queue: QueueInfo.nullable(),
});
export type ConversationDetail = z.infer<typeof ConversationDetail>;

export const AgentView = z.object({
  id: z.string(),
  siteId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['agent', 'supervisor']),
  skills: z.array(z.object({ skill: z.string(), proficiency: z.number().min(0).max(1) })),
  capacity: z.number().int().positive(),
  presence: z.enum(['online', 'away', 'offline']),
  /** Takes new conversations only inside these hours; null or absent: whenever online. */
  workingHours: z.record(z.string(), z.string()).nullable().optional(),
});
export type AgentView = z.infer<typeof AgentView>;

/** What the console's transfer form lists: the site's skills and its agents. */
export const TransferTargets = z.object({
  skills: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Languages a customer must be served in when they write them (listed by some agent, not the help centre's own). */
  requiredLanguages: z.array(z.string()).optional(),
  agents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      presence: AgentView.shape.presence,
      /** The skill ids (teams) they take chats for. */
      teams: z.array(z.string()),
      /** Inside their working hours now (always, without hours): off shift they take no new chats even online. */
      onShift: z.boolean(),
      /** Chats they hold or are being offered, and how many they take at once: a full agent cannot be sent one. */
      load: z.number().int().nonnegative().optional(),
      capacity: z.number().int().positive().optional(),
    }),
  ),
});
export type TransferTargets = z.infer<typeof TransferTargets>;
