/** What services need from the outside world, implemented at the edges (transport, clock). */
import type { QueueInfo, SupervisorSnapshot, TransferTargets } from '@baton/protocol';
import type { TicketRow } from '../storage/ticketStore.js';
import type { ControlEventRow, ConversationRow, MessageRow } from '../storage/conversationStore.js';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** Fan-out of domain events to connected clients. Fire-and-forget: state is already stored. */
export interface Notifier {
  /**
   * Resolves once the message has left for every node (written to the Redis stream), so that an ack sent after
   * it cannot outrun the fan-out if this node dies; bounded, and immediate while Redis is away.
   */
  messageCreated(conv: ConversationRow, msg: MessageRow): Promise<void> | void;
  conversationChanged(conv: ConversationRow): void;
  timelineAppended(conv: ConversationRow, events: ControlEventRow[]): void;
  offered(conv: ConversationRow, agentId: string): void;
  packageUpdated(conv: ConversationRow): void;
  /** The customer of a chat with the team opened or closed their last chat tab. */
  customerPresence(conv: ConversationRow, online: boolean): void;
  queueUpdated(conv: ConversationRow, info: QueueInfo): void;
  agentChanged(agentId: string): void;
  ticketCreated(ticket: TicketRow): void;
  ticketUpdated(ticket: TicketRow): void;
  supervisorUpdated(siteId: string, snapshot: SupervisorSnapshot): void;
  /** To the site's agents who have the transfer form open. */
  transferTargetsUpdated(siteId: string, targets: TransferTargets): void;
  /** An agent session signed out: every console tab still open on it (any node) is disconnected. */
  sessionEnded(sessionKey: string): void;
  /** Whether the agent still has a console open under another sign-in (another browser), on any node. */
  agentOnlineElsewhere(agentId: string, sessionKey: string): Promise<boolean>;
  /** Whether the agent has a console open at all, on any node. */
  agentConnected(agentId: string): Promise<boolean>;
  /** The agents with a console open, on any node (one request for all of them). */
  connectedAgents(): Promise<Set<string>>;
}

/** Whether a visitor has a chat tab open anywhere (any node). Implemented over Socket.IO rooms. */
export interface VisitorPresence {
  isConnected(visitorId: string): Promise<boolean>;
  /** Of these visitors, those with a chat tab open on any node. */
  connectedAmong(visitorIds: readonly string[]): Promise<Set<string>>;
  /**
   * Whether "not connected" can be believed: false while the nodes may not all see each other (a Redis outage and
   * the heartbeats after it), when a customer on another node would look gone.
   */
  sure(): boolean;
}

export const silentNotifier: Notifier = {
  messageCreated() {},
  conversationChanged() {},
  timelineAppended() {},
  offered() {},
  packageUpdated() {},
  customerPresence() {},
  queueUpdated() {},
  agentChanged() {},
  ticketCreated() {},
  ticketUpdated() {},
  supervisorUpdated() {},
  transferTargetsUpdated() {},
  sessionEnded() {},
  agentOnlineElsewhere: async () => false,
  agentConnected: async () => false,
  connectedAgents: async () => new Set(),
};
