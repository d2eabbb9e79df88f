/** VisitorPresence over the visitor's room: fetchSockets asks every node (through the adapter). */
import type { VisitorPresence } from '../../services/ports.js';
import { rooms } from './rooms.js';
import type { VisitorNamespace } from './types.js';

/**
 * The Redis streams adapter forgets a node it has not heard from for 10 s (its heartbeat timeout; heartbeats every
 * 5 s): after a Redis outage, until the nodes have heard each other again, fetchSockets answers for this node alone.
 */
const CLUSTER_SETTLE_MS = 16_000;

/** `steadyFor`: with Redis, whether its connection has been up that long (single node: omitted, always sure). */
export function socketVisitorPresence(nsp: VisitorNamespace, steadyFor?: (ms: number) => boolean): VisitorPresence {
  return {
    isConnected: async (visitorId) => (await nsp.in(rooms.visitor(visitorId)).fetchSockets()).length > 0,
    // One request for just these rooms (not every socket of the namespace).
    connectedAmong: async (visitorIds) => {
      if (!visitorIds.length) return new Set();
      const sockets = await nsp.in(visitorIds.map((id) => rooms.visitor(id))).fetchSockets();
      return new Set(sockets.map((s) => s.data.visitorId));
    },
    sure: () => steadyFor?.(CLUSTER_SETTLE_MS) ?? true,
  };
}
