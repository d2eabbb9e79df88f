import { useState } from 'react';
import { useAuthStore } from '../stores/authStore';
import { contextOpenByDefault, foldedLine } from '../lib/contextPanel';
import { useConversationStore } from '../stores/conversationStore';
import { actionsFor, composerNotice } from '../lib/permissions';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { CustomerDetails } from './CustomerDetails';
import { CustomerHistory } from './CustomerHistory';
import { HandoffCard } from './HandoffCard';
import { Timeline } from './Timeline';
import { Transcript } from './Transcript';
import { TypingIndicator } from './TypingIndicator';

/** Conversation column plus the context column (handoff card + timeline). */
export function ConversationWorkspace() {
  const openId = useConversationStore((s) => s.openId);
  const detail = useConversationStore((s) => s.detail);
  const loading = useConversationStore((s) => s.loading);
  const notice = useConversationStore((s) => s.notice);
  const pending = useConversationStore((s) => s.pendingAction);
  const customerTyping = useConversationStore((s) => (s.openId ? Boolean(s.visitorTyping[s.openId]) : false));
  const me = useAuthStore((s) => s.agent);
  const meId = me?.id ?? null;
  // Below xl the context sits above the chat: the agent folds it away per conversation (see contextOpenByDefault).
  const [contextOpen, setContextOpen] = useState<Record<string, boolean>>({});

  if (!openId) {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-1 text-center text-slate-400">
        <p className="text-sm font-medium text-slate-500">No conversation selected</p>
        <p className="text-xs">Pick one from the inbox. New chats show up under Waiting with an alert.</p>
      </div>
    );
  }

  if (!detail) {
    return (
      <div className="flex h-full flex-col items-center justify-center gap-2 text-sm text-slate-400" role="status">
        {loading ? 'Loading conversation…' : (notice ?? 'Conversation unavailable')}
      </div>
    );
  }

  const c = detail.conversation;
  const { canCompose } = actionsFor(c, meId);
  const open = contextOpen[c.id] ?? contextOpenByDefault(c, meId);

  return (
    <div className="flex h-full min-h-0 flex-col xl:flex-row" data-testid="conversation" data-conversation-id={c.id} data-state={c.state} data-version={c.version}>
      {/* Before the conversation in the page order too, so Tab reaches it where it is drawn (below xl, above the chat). */}
      <button
        type="button"
        data-testid="context-toggle"
        aria-expanded={open}
        aria-controls="conversation-context"
        onClick={() => setContextOpen((m) => ({ ...m, [c.id]: !open }))}
        className="order-1 flex shrink-0 items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-left text-xs font-medium text-slate-700 hover:bg-slate-100 xl:hidden"
      >
        <span className="truncate">{open ? 'Hide handoff details' : foldedLine(detail.package)}</span>
        <span aria-hidden>{open ? '▴' : '▾'}</span>
      </button>
      <section aria-label={`Conversation with ${c.customerName}`} className="order-2 flex min-h-0 min-w-0 flex-1 flex-col xl:order-1">
        <ConversationHeader conversation={c} customerOnline={detail.customerOnline} meId={meId} pending={pending} notice={notice} />
        <Transcript conversationId={c.id} messages={detail.messages} customerName={c.customerName} />
        {customerTyping && <TypingIndicator />}
        {canCompose ? (
          <Composer key={c.id} conversationId={c.id} />
        ) : (
          <p className="border-t border-slate-200 bg-white px-4 py-3 text-center text-xs text-slate-500">
            {composerNotice(c, meId, me)}
          </p>
        )}
      </section>

      <aside
        id="conversation-context"
        aria-label="Conversation context"
        data-testid="conversation-context"
        className={`order-1 max-h-[35vh] shrink-0 sm:max-h-[45vh] space-y-3 overflow-y-auto border-b border-slate-200 bg-slate-50 p-3 xl:order-2 xl:block xl:max-h-none xl:w-[380px] xl:border-b-0 xl:border-l ${open ? '' : 'hidden'}`}
      >
        {detail.package ? (
          <HandoffCard pkg={detail.package} customer={detail.customer} />
        ) : (
          <section className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <p className="mb-3 text-sm text-slate-500">No handoff package: this conversation was not escalated.</p>
            <CustomerDetails customer={detail.customer} testId="customer-details" />
          </section>
        )}
        <CustomerHistory history={detail.history} />
        <Timeline events={detail.timeline} />
      </aside>
    </div>
  );
}
