import { z } from 'zod';
import { ClientMsgId, ConversationId } from './ids.js';
import { MessageBody, type MessageView } from './messages.js';
import type { AckCallback } from './errors.js';
import {
  type IdentifyInput,
  type CustomerAttributes,
  type AgentView,
  type ConversationDetail,
  type ConversationSummary,
  type HandoffPackage,
  type QueueInfo,
  type TransferTargets,
  type VisitorConversationView,
} from './conversation.js';
import type { ControlEventView } from './control.js';
import { SupervisorSnapshotInput, TicketCloseInput, TicketCreateInput, TicketsListInput, type SupervisorSnapshot, type TicketView } from './ops.js';

/** Socket.IO namespaces. */
export const VISITOR_NAMESPACE = '/visitor';
export const AGENT_NAMESPACE = '/agent';

// ---- inbound payload schemas (validated by the server, typed for clients) ----

export const VisitorSyncInput = z.object({ lastSeq: z.number().int().nonnegative().default(0) });
export const VisitorSendInput = z.object({ clientMsgId: ClientMsgId, body: MessageBody });
export const VisitorEscalateInput = z.object({ note: z.string().max(500).optional() });
export const TypingInput = z.object({ typing: z.boolean() });
export const CsatInput = z.object({ rating: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() });

export const ConversationRef = z.object({ conversationId: ConversationId });
export const VersionedConversationRef = ConversationRef.extend({ expectedVersion: z.number().int().nonnegative() });
export const AgentSendInput = ConversationRef.extend({ clientMsgId: ClientMsgId, body: MessageBody });
export const AgentSyncInput = ConversationRef.extend({ afterSeq: z.number().int().nonnegative().default(0) });
export const AgentTypingInput = ConversationRef.extend({ typing: z.boolean() });
/** Offline hands the agent's chats back to the queue and sticks across reloads until they choose again. */
export const PresenceInput = z.object({ presence: z.enum(['online', 'away', 'offline']) });
/** The agent's working hours (site.json humanSupportHours format, e.g. { timezone: 'CET', 'mon-fri': '09:00-17:00' }); null: any time. */
export const WorkingHoursInput = z.object({ workingHours: z.record(z.string().max(32), z.string().max(200)).refine((h) => Object.keys(h).length <= 16, 'at most 16 entries').nullable() });
/** What the widget sends when its socket connects (Socket.IO `auth`): the token, and the browser's language. */
export const VisitorHandshake = z.object({
  visitorToken: z.string().min(1).max(4096),
  /** BCP 47 tag ("es-ES"); the bot's own lines follow it until a hand-off settles the conversation's language. */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/).max(35).optional().catch(undefined),
});
export const InboxListInput = z.object({}).default({});
/**
 * The transfer form's list alone (teams, agents with presence and load). `watch`: also push it to this socket on every
 * change (`transferTargets:updated`) until `transfer:unwatch` or the socket closes: the form watches while open.
 */
export const TransferTargetsInput = z.object({ watch: z.boolean().optional() }).default({});
export const TransferUnwatchInput = z.object({}).default({});
/** Hand a conversation you control to another skill's queue or to a named agent, with a note for them. */
export const TransferInput = VersionedConversationRef.extend({
  toSkill: z.string().min(1).max(64).optional(),
  toAgentId: z.string().min(1).max(64).optional(),
  note: z.string().trim().min(1, 'a note for the next agent is required').max(500),
}).refine((t) => (t.toSkill === undefined) !== (t.toAgentId === undefined), { message: 'give exactly one of toSkill or toAgentId', path: ['toSkill'] });

type In<T extends z.ZodType> = z.input<T>;

export interface VisitorSyncResult {
  conversation: VisitorConversationView | null;
  /** Messages with seq > lastSeq, oldest first. */
  messages: MessageView[];
  /**
   * With no open conversation: the one the customer left while waiting, closed in the last day, so a customer who
   * comes back sees what they wrote and why it ended instead of an empty chat.
   */
  earlier?: { messages: MessageView[]; ended: 'left_queue' };
}

export interface VisitorClientToServer {
  'conversation:sync': (p: In<typeof VisitorSyncInput>, ack: AckCallback<VisitorSyncResult>) => void;
  'message:send': (p: In<typeof VisitorSendInput>, ack: AckCallback<{ message: MessageView }>) => void;
  'conversation:escalate': (p: In<typeof VisitorEscalateInput>, ack: AckCallback<{ conversation: VisitorConversationView }>) => void;
  'typing:set': (p: In<typeof TypingInput>) => void;
  'csat:submit': (p: In<typeof CsatInput>, ack: AckCallback<{ conversation: VisitorConversationView }>) => void;
  'visitor:identify': (p: In<typeof IdentifyInput>, ack: AckCallback<{ customer: CustomerAttributes }>) => void;
  /** Leave a message (offline fallback): answered by e-mail. */
  'ticket:create': (p: In<typeof TicketCreateInput>, ack: AckCallback<{ ticketId: string }>) => void;
}

export interface VisitorServerToClient {
  'message:created': (m: MessageView) => void;
  'conversation:updated': (c: VisitorConversationView) => void;
  'queue:updated': (q: QueueInfo) => void;
  'typing:updated': (t: { authorType: 'agent' | 'bot'; name: string | null; typing: boolean }) => void;
  /** On every connect: a newly issued visitor token to keep in place of the one connected with (tokens expire with idleness). */
  'token:renewed': (t: { visitorToken: string }) => void;
}

export interface AgentClientToServer {
  'inbox:list': (
    p: In<typeof InboxListInput>,
    /** `serverTime`: the server's clock as it answered; the console corrects its own by it for offer countdowns. */
    ack: AckCallback<{ conversations: ConversationSummary[]; agent: AgentView; serverTime: string } & TransferTargets>,
  ) => void;
  'transfer:targets': (p: In<typeof TransferTargetsInput>, ack: AckCallback<TransferTargets>) => void;
  /** The transfer form closed: no more `transferTargets:updated`. */
  'transfer:unwatch': (p: In<typeof TransferUnwatchInput>, ack: AckCallback<Record<string, never>>) => void;
  'conversation:get': (p: In<typeof ConversationRef>, ack: AckCallback<ConversationDetail>) => void;
  'conversation:accept': (p: In<typeof VersionedConversationRef>, ack: AckCallback<{ conversation: ConversationSummary }>) => void;
  'conversation:decline': (p: In<typeof VersionedConversationRef>, ack: AckCallback<{ conversation: ConversationSummary }>) => void;
  'conversation:resolve': (p: In<typeof VersionedConversationRef>, ack: AckCallback<{ conversation: ConversationSummary }>) => void;
  'conversation:transfer': (p: In<typeof TransferInput>, ack: AckCallback<{ conversation: ConversationSummary }>) => void;
  'message:send': (p: In<typeof AgentSendInput>, ack: AckCallback<{ message: MessageView }>) => void;
  'messages:sync': (p: In<typeof AgentSyncInput>, ack: AckCallback<{ messages: MessageView[] }>) => void;
  'typing:set': (p: In<typeof AgentTypingInput>) => void;
  'presence:set': (p: In<typeof PresenceInput>, ack: AckCallback<{ agent: AgentView }>) => void;
  'hours:set': (p: In<typeof WorkingHoursInput>, ack: AckCallback<{ agent: AgentView }>) => void;
  'tickets:list': (p: In<typeof TicketsListInput>, ack: AckCallback<{ tickets: TicketView[] }>) => void;
  /** Mark a ticket answered. */
  'ticket:close': (p: In<typeof TicketCloseInput>, ack: AckCallback<{ ticket: TicketView }>) => void;
  /** Supervisors only (else `forbidden`). */
  'supervisor:snapshot': (p: In<typeof SupervisorSnapshotInput>, ack: AckCallback<SupervisorSnapshot>) => void;
}

export interface AgentServerToClient {
  /** Inbox row changed (new queued conversation, state change, new message preview). */
  'conversation:updated': (c: ConversationSummary) => void;
  /** An offer for this agent: alert with the handoff package before accepting. */
  'conversation:offered': (o: { conversation: ConversationSummary; package: HandoffPackage | null }) => void;
  'message:created': (e: { conversationId: string; message: MessageView }) => void;
  'typing:updated': (t: { conversationId: string; authorType: 'visitor'; typing: boolean }) => void;
  /** The customer of a conversation with the team (queued, offered, with an agent) opened or closed their last chat tab. */
  'visitor:presence': (p: { conversationId: string; online: boolean; at: string }) => void;
  'timeline:appended': (e: { conversationId: string; event: ControlEventView }) => void;
  'package:updated': (e: { conversationId: string; package: HandoffPackage }) => void;
  'agent:updated': (a: AgentView) => void;
  'ticket:created': (t: TicketView) => void;
  'ticket:updated': (t: TicketView) => void;
  /** To supervisors, at most once a second while the queue changes. */
  'supervisor:updated': (s: SupervisorSnapshot) => void;
  /**
   * To agents watching the transfer list (`transfer:targets` with `watch`): a colleague's presence, shift, load or
   * skills changed. At most once a second, only when the list changed.
   */
  'transferTargets:updated': (t: TransferTargets) => void;
}

// ---- HTTP ----

export const VisitorSessionInput = z.object({
  siteKey: z.string().min(1).max(64),
  visitorToken: z.string().max(512).optional(),
  /** Origin of the host page, as seen by the frame; checked against the site's allow-list. */
  hostOrigin: z.string().max(300).optional(),
});
export interface VisitorSessionResult {
  visitorToken: string;
  visitorId: string;
  site: { key: string; name: string; greeting: string; greetings?: Record<string, string> };
}

export const AgentLoginInput = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});
export interface AgentLoginResult {
  agent: AgentView;
}

export const SESSION_COOKIE = 'baton_session';
