import { useAuthStore } from '../stores/authStore';
import { useOpsStore, type ConsoleView } from '../stores/opsStore';

/** Inbox | Tickets | Queues (supervisors only). */
export function ViewTabs() {
  const view = useOpsStore((s) => s.view);
  const setView = useOpsStore((s) => s.setView);
  const openTickets = useOpsStore((s) => s.tickets.filter((t) => t.status === 'open').length);
  const supervisor = useAuthStore((s) => s.agent?.role === 'supervisor');
  const tab = (v: ConsoleView, label: string, badge?: number) => (
    <button
      type="button"
      data-testid={`nav-${v}`}
      aria-current={view === v ? 'page' : undefined}
      onClick={() => setView(v)}
      className={`rounded-md px-2.5 py-1 text-sm ${view === v ? 'bg-indigo-50 font-medium text-indigo-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'}`}
    >
      {label}
      {badge ? <span className="ml-1.5 rounded-full bg-amber-100 px-1.5 text-xs text-amber-800">{badge}</span> : null}
    </button>
  );
  return (
    <nav aria-label="Console sections" className="flex items-center gap-1">
      {tab('inbox', 'Inbox')}
      {tab('tickets', 'Tickets', openTickets)}
      {supervisor && tab('supervisor', 'Queues')}
    </nav>
  );
}
