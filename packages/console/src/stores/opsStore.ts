import { create } from 'zustand';
import type { SupervisorSnapshot, TicketView } from '@baton/protocol';
import { mergeTicket } from '../lib/tickets';
import { hashFor, viewFromHash, type ConsoleView } from '../lib/viewHash';
import { conversationIdFromHash } from '../lib/locationHash';

export type { ConsoleView };

/** The open chat's hash (#c=<id>) when the agent left the inbox, put back when they return to it. */
let inboxHash = '';

/**
 * Kept in the address so a reload stays on the tab (replaceState: no history entry per click). The inbox keeps the
 * open chat's #c=<id> (lib/locationHash.ts), which a tab's hash replaces while it is shown.
 */
function showInAddress(view: ConsoleView): void {
  if (typeof window === 'undefined') return;
  try {
    const current = window.location.hash;
    if (viewFromHash(current) === 'inbox') inboxHash = conversationIdFromHash(current) ? current : '';
    const next = view === 'inbox' ? inboxHash : hashFor(view);
    if (next !== current) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${next}`);
  } catch {
    // Sandboxed frames can refuse history changes; the console works without it.
  }
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
