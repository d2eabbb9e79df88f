/** VisitorPresence over the visitor's room: fetchSockets asks every node (through the adapter). */
import type { VisitorPresence } from '../../services/ports.js';
import { rooms } from './rooms.js';
import type { VisitorNamespace } from './types.js';

const FEW = 20;

export function socketVisitorPresence(nsp: VisitorNamespace): VisitorPresence {
  return {
    isConnected: async (visitorId) => (await nsp.in(rooms.visitor(visitorId)).fetchSockets()).length > 0,
    // A few: one room each. Many: one request for the whole namespace rather than one per visitor.
    connectedAmong: async (visitorIds) => {
      const wanted = new Set(visitorIds);
      if (wanted.size <= FEW) {
        const ids = [...wanted];
        const counts = await Promise.all(ids.map(async (id) => (await nsp.in(rooms.visitor(id)).fetchSockets()).length));
        return new Set(ids.filter((_, i) => counts[i]! > 0));
      }
      return new Set((await nsp.fetchSockets()).map((s) => s.data.visitorId).filter((id) => wanted.has(id)));
    },
  };
}
