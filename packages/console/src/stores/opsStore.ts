import { create } from 'zustand';
import type { SupervisorSnapshot, TicketView } from '@baton/protocol';
import { mergeTicket } from '../lib/tickets';

import { hashFor, viewFromHash, type ConsoleView } from '../lib/viewHash';

export type { ConsoleView };

/** Kept in the address so a reload stays on the tab (replaceState: no history entry per click). */
function showInAddress(view: ConsoleView): void {
  if (typeof window === 'undefined') return;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hashFor(view)}`);
}

interface OpsState {
  view: ConsoleView;
  tickets: TicketView[];
  ticketsLoaded: boolean;
  supervisor: SupervisorSnapshot | null;
  setView(view: ConsoleView): void;
  setTickets(tickets: TicketView[]): void;
  /** New or changed (closed): replaces the row with the same id. */
  addTicket(ticket: TicketView): void;
  setSupervisor(snapshot: SupervisorSnapshot): void;
  reset(): void;
}

/** The console's other pages: tickets left while nobody was available, and the supervisor's queue view. */
export const useOpsStore = create<OpsState>()((set) => ({
  view: typeof window === 'undefined' ? 'inbox' : viewFromHash(window.location.hash),
  tickets: [],
  ticketsLoaded: false,
  supervisor: null,
  setView: (view) => {
    showInAddress(view);
    set({ view });
  },
  setTickets: (tickets) => set({ tickets, ticketsLoaded: true }),
  addTicket: (ticket) => set((s) => ({ tickets: mergeTicket(s.tickets, ticket) })),
  // An older snapshot arriving late (ack vs push) must not replace a newer one.
  setSupervisor: (snapshot) => set((s) => (s.supervisor && s.supervisor.updatedAt > snapshot.updatedAt ? s : { supervisor: snapshot })),
  reset: () => {
    showInAddress('inbox');
    set({ view: 'inbox', tickets: [], ticketsLoaded: false, supervisor: null });
  },
}));
