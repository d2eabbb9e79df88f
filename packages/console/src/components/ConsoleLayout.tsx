import { AppHeader } from './AppHeader';
import { ConnectionBanner } from './ConnectionBanner';
import { ConversationWorkspace } from './ConversationWorkspace';
import { Inbox } from './Inbox';
import { OfferAlertBanner } from './OfferAlertBanner';
import { SupervisorView } from './SupervisorView';
import { TicketsList } from './TicketsList';
import { useOpsStore } from '../stores/opsStore';

/** Three columns on wide screens: inbox | conversation | handoff card + timeline. */
export function ConsoleLayout() {
  const view = useOpsStore((s) => s.view);
  return (
    <div className="flex h-screen flex-col bg-slate-100 text-slate-900">
      <AppHeader />
      <ConnectionBanner />
      <OfferAlertBanner />
      {view === 'tickets' && (
        <main className="min-h-0 flex-1 bg-slate-50">
          <TicketsList />
        </main>
      )}
      {view === 'supervisor' && (
        <main className="min-h-0 flex-1 bg-slate-50">
          <SupervisorView />
        </main>
      )}
      <div className={`min-h-0 flex-1 ${view === 'inbox' ? 'flex' : 'hidden'}`}>
        <aside className="w-72 shrink-0 border-r border-slate-200 bg-white lg:w-80">
          <Inbox />
        </aside>
        <main className="min-w-0 flex-1 bg-white">
          <ConversationWorkspace />
        </main>
      </div>
    </div>
  );
}
