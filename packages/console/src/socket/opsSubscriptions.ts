import { useOpsStore } from '../stores/opsStore';
import type { AgentSocket } from './agentSocket';
import { loadSupervisorSnapshot, loadTickets } from './opsCommands';

/** Tickets and the supervisor view: pushed live; reloaded after every (re)connect so nothing missed stays missing. */
export function bindOpsEvents(socket: AgentSocket): void {
  socket.on('connect', () => {
    void loadTickets();
    void loadSupervisorSnapshot();
  });
  socket.on('ticket:created', (t) => useOpsStore.getState().addTicket(t));
  socket.on('ticket:updated', (t) => useOpsStore.getState().addTicket(t));
  socket.on('supervisor:updated', (s) => useOpsStore.getState().setSupervisor(s));
}
