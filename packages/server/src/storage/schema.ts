/** One Drizzle schema for PGlite and PostgreSQL. */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CustomerAttributes, HandoffPackage } from '@baton/protocol';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const sites = pgTable('sites', {
  id: text('id').primaryKey(),
  key: text('key').notNull().unique(),
  name: text('name').notNull(),
  allowedOrigins: jsonb('allowed_origins').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const visitors = pgTable('visitors', {
  id: text('id').primaryKey(),
  siteId: text('site_id').notNull().references(() => sites.id),
  attributes: jsonb('attributes').$type<CustomerAttributes>().notNull().default(sql`'{}'::jsonb`),
  createdAt: ts('created_at').notNull().defaultNow(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  /** When this visitor's v1 token (no expiry) was swapped for a v2 one: after that, the v1 token opens nothing. */
  legacyTokenSwappedAt: ts('legacy_token_swapped_at'),
});

export const agents = pgTable(
  'agents',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').$type<'agent' | 'supervisor'>().notNull().default('agent'),
    skills: jsonb('skills').$type<{ skill: string; proficiency: number }[]>().notNull().default(sql`'[]'::jsonb`),
    capacity: integer('capacity').notNull().default(3),
    /** What the agent chose; 'offline' when no socket is connected. */
    presence: text('presence').$type<'online' | 'away' | 'offline'>().notNull().default('offline'),
    /** Offline by the agent's own choice in the console: connecting again keeps them offline until they choose otherwise. */
    offlineChosen: boolean('offline_chosen').notNull().default(false),
    lastAssignedAt: ts('last_assigned_at'),
    /** Working hours (site.json humanSupportHours format); null: any time they are online. */
    workingHours: jsonb('working_hours').$type<Record<string, string>>(),
    /**
     * Removed from the team (`pnpm agent remove`): no sign-in, no chats, not listed to colleagues. The row stays so
     * transcripts, ratings and the timeline keep their name; the e-mail stays taken (`agent restore` brings them back).
     */
    removedAt: ts('removed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agents_email_uq').on(t.email)],
);

export const agentSessions = pgTable('agent_sessions', {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  tokenHash: text('token_hash').primaryKey(),
  agentId: text('agent_id').notNull().references(() => agents.id),
  expiresAt: ts('expires_at').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const conversations = pgTable(
  'conversations',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    visitorId: text('visitor_id').notNull().references(() => visitors.id),
    state: text('state').$type<'bot' | 'queued' | 'offered' | 'human' | 'closed'>().notNull().default('bot'),
    version: integer('version').notNull().default(0),
    agentId: text('agent_id').references(() => agents.id),
    offeredTo: text('offered_to').references(() => agents.id),
    declinedBy: jsonb('declined_by').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    skill: text('skill'),
    reason: text('reason'),
    priority: integer('priority').notNull().default(0),
    language: text('language'),
    queuedAt: ts('queued_at'),
    lastSeq: integer('last_seq').notNull().default(0),
    lastMessagePreview: text('last_message_preview'),
    handoffPackage: jsonb('handoff_package').$type<HandoffPackage>(),
    /** Escalation times (ISO) for the per-hour cap. */
    escalations: jsonb('escalations').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    handedBackAt: ts('handed_back_at'),
    /**
     * The current hand-off only: the bot asked for a rating and whether it came (the widget's rating panel, the
     * "once" rule). A resolve clears them for its own rating; every rating is kept in `ratings`.
     */
    csatRequested: boolean('csat_requested').notNull().default(false),
    csatRating: integer('csat_rating'),
    csatComment: text('csat_comment'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('conversations_site_state_idx').on(t.siteId, t.state),
    index('conversations_visitor_idx').on(t.visitorId),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull().references(() => conversations.id),
    seq: integer('seq').notNull(),
    clientMsgId: text('client_msg_id'),
    authorType: text('author_type').$type<'visitor' | 'bot' | 'agent' | 'system'>().notNull(),
    authorId: text('author_id'),
    authorName: text('author_name'),
    body: text('body').notNull(),
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('messages_conv_seq_uq').on(t.conversationId, t.seq),
    // Retries of the same client message are idempotent.
    uniqueIndex('messages_conv_client_uq').on(t.conversationId, t.clientMsgId),
  ],
);

export const controlEvents = pgTable(
  'control_events',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull().references(() => conversations.id),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    // A version can be written once: two nodes cannot both move a conversation.
    uniqueIndex('control_events_conv_version_uq').on(t.conversationId, t.version),
    // The estimator's model reads the events written since its last look, on every queue change.
    index('control_events_created_idx').on(t.createdAt),
  ],
);

/** Durable timers (offer expiry, …): rows with due times, so they survive a restart. */
export const timers = pgTable(
  'timers',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    conversationId: text('conversation_id').notNull().references(() => conversations.id),
    dueAt: ts('due_at').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [uniqueIndex('timers_kind_conv_uq').on(t.kind, t.conversationId), index('timers_due_idx').on(t.dueAt)],
);

/** Server-wide settings shared by all nodes (e.g. the signing secret when none is configured). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Messages left while nobody could take the chat (offline fallback); answered by e-mail. */
export const tickets = pgTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    conversationId: text('conversation_id').references(() => conversations.id),
    visitorId: text('visitor_id').notNull().references(() => visitors.id),
    email: text('email').notNull(),
    message: text('message').notNull(),
    skill: text('skill').notNull(),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('tickets_site_created_idx').on(t.siteId, t.createdAt), index('tickets_visitor_idx').on(t.visitorId)],
);

/**
 * Every wait estimate given at enqueue, against the wait that happened (DESIGN.md §5: accuracy is a product metric).
 * One row per queue episode: (conversation, queued_at) is unique, so nodes publishing at once record it once.
 */
export const waitEstimates = pgTable(
  'wait_estimates',
  {
    id: text('id').primaryKey(),
    siteId: text('site_id').notNull().references(() => sites.id),
    conversationId: text('conversation_id').notNull().references(() => conversations.id),
    /** Start of this queue episode: joining the queue, or the last transfer (services/offerAgain.ts waitingSince). */
    queuedAt: ts('queued_at').notNull(),
    skill: text('skill').notNull(),
    estimatedSeconds: integer('estimated_seconds').notNull(),
    lowSeconds: integer('low_seconds').notNull(),
    highSeconds: integer('high_seconds').notNull(),
    estimatedAt: ts('estimated_at').notNull(),
    actualSeconds: integer('actual_seconds'),
    outcome: text('outcome').$type<'assigned' | 'abandoned'>(),
  },
  (t) => [
    uniqueIndex('wait_estimates_conv_queued_uq').on(t.conversationId, t.queuedAt),
    index('wait_estimates_site_at_idx').on(t.siteId, t.estimatedAt),
  ],
);

/**
 * Every customer rating, one per hand-off: a conversation resolved three times can be rated three times, each
 * rating credited to the agent who resolved that time. Unique on (conversation, the `resolved` event's version), so
 * a rating given twice for one hand-off (a retry, two tabs) is stored once and a later one never replaces it.
 */
export const ratings = pgTable(
  'ratings',
  {
    id: text('id').primaryKey(),
    conversationId: text('conversation_id').notNull().references(() => conversations.id),
    siteId: text('site_id').notNull().references(() => sites.id),
    /** Who resolved the hand-off rated (the `resolved` event's actor). */
    agentId: text('agent_id').references(() => agents.id),
    /** The version of the `resolved` control event: which hand-off this rates. */
    resolveVersion: integer('resolve_version').notNull(),
    resolvedAt: ts('resolved_at').notNull(),
    rating: integer('rating').notNull(),
    comment: text('comment'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ratings_conv_resolve_uq').on(t.conversationId, t.resolveVersion),
    // The supervisor's outcomes: a site's ratings for hand-offs resolved in the last 24 hours.
    index('ratings_site_resolved_idx').on(t.siteId, t.resolvedAt),
  ],
);
