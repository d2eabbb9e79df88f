import type { Namespace, Server, Socket } from 'socket.io';
import type { AgentClientToServer, AgentServerToClient, VisitorClientToServer, VisitorServerToClient } from '@baton/protocol';
import type { AgentRow } from '../../services/agentAuth.js';

export interface VisitorSocketData {
  visitorId: string;
  siteId: string;
  /** Open conversation, once known (for typing fan-out). */
  conversationId?: string;
  /** The browser's language, as the widget reported it on connecting. */
  language?: string;
}
export interface AgentSocketData {
  agent: AgentRow;
  /** agentAuth.sessionKey of the cookie this socket signed in with. */
  sessionKey: string;
}

export type VisitorNamespace = Namespace<VisitorClientToServer, VisitorServerToClient, Record<string, never>, VisitorSocketData>;
export type AgentNamespace = Namespace<AgentClientToServer, AgentServerToClient, Record<string, never>, AgentSocketData>;
export type VisitorSocket = Socket<VisitorClientToServer, VisitorServerToClient, Record<string, never>, VisitorSocketData>;
export type AgentSocket = Socket<AgentClientToServer, AgentServerToClient, Record<string, never>, AgentSocketData>;
export type BatonIo = Server;
