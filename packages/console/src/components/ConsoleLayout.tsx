import { AppHeader } from './AppHeader';
import { ConnectionBanner } from './ConnectionBanner';
import { ConversationWorkspace } from './ConversationWorkspace';
import { Inbox } from './Inbox';
import { OfferAlertBanner } from './OfferAlertBanner';
import { SupervisorView } from './SupervisorView';
import { TicketsList } from './TicketsList';
import { useOpsStore } from '../stores/opsStore';
import { useAuthStore } from '../stores/authStore';
import { useConversationStore } from '../stores/conversationStore';
import { useTitleFlash } from '../hooks/useTitleFlash';

/**
 * Three columns on wide screens: inbox | conversation | handoff card + timeline. On a phone one at a time: the inbox,
 * or the open conversation (its close button goes back), so nothing is squeezed to a word per line.
 */
export function ConsoleLayout() {
  const chosen = useOpsStore((s) => s.view);
  // #queues in the address of someone who is no supervisor: the inbox.
  const supervisor = useAuthStore((s) => s.agent?.role === 'supervisor');
  const view = chosen === 'supervisor' && !supervisor ? 'inbox' : chosen;
  const open = useConversationStore((s) => s.openId !== null);
  useTitleFlash();
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
        <aside className={`w-full shrink-0 border-slate-200 bg-white md:block md:w-72 md:border-r lg:w-80 ${open ? 'hidden' : 'block'}`}>
          <Inbox />
        </aside>
        <main className={`min-w-0 flex-1 bg-white md:block ${open ? 'block' : 'hidden'}`}>
          <ConversationWorkspace />
        </main>
      </div>
    </div>
  );
}
