import { io, type Socket } from 'socket.io-client';
import { AGENT_NAMESPACE, type AgentClientToServer, type AgentServerToClient } from '@baton/protocol';

export type AgentSocket = Socket<AgentServerToClient, AgentClientToServer>;

let current: AgentSocket | null = null;

/** One socket per signed-in session; the session cookie authenticates the handshake. */
export function createAgentSocket(): AgentSocket {
  closeAgentSocket();
  const socket: AgentSocket = io(AGENT_NAMESPACE, {
    withCredentials: true,
    transports: ['websocket', 'polling'],
    autoConnect: false,
  });
  current = socket;
  return socket;
}

export function getAgentSocket(): AgentSocket | null {
  return current;
}

export function closeAgentSocket(): void {
  if (!current) return;
  current.removeAllListeners();
  current.io.removeAllListeners();
  current.disconnect();
  current = null;
}
