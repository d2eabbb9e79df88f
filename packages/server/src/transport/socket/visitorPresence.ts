/** VisitorPresence over the visitor's room: fetchSockets asks every node (through the adapter). */
import type { VisitorPresence } from '../../services/ports.js';
import { rooms } from './rooms.js';
import type { VisitorNamespace } from './types.js';

export function socketVisitorPresence(nsp: VisitorNamespace): VisitorPresence {
  return {
    isConnected: async (visitorId) => (await nsp.in(rooms.visitor(visitorId)).fetchSockets()).length > 0,
  };
}
