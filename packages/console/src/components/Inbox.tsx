import { useMemo } from 'react';
import type { ConversationSummary } from '@baton/protocol';
import { groupInbox } from '../lib/inbox';
import { openConversation } from '../socket/conversationCommands';
import { useAuthStore } from '../stores/authStore';
import { useConversationStore } from '../stores/conversationStore';
import { useInboxStore } from '../stores/inboxStore';
import { InboxItem } from './InboxItem';

export function Inbox() {
  const byId = useInboxStore((s) => s.byId);
  const loaded = useInboxStore((s) => s.loaded);
  const seenSeq = useInboxStore((s) => s.seenSeq);
  const meId = useAuthStore((s) => s.agent?.id ?? null);
  const openId = useConversationStore((s) => s.openId);
  const typing = useConversationStore((s) => s.visitorTyping);
  const groups = useMemo(() => groupInbox(Object.values(byId), meId), [byId, meId]);

  const section = (key: string, title: string, rows: ConversationSummary[], empty: string, markUnread: boolean) => (
    <section aria-labelledby={`inbox-${key}`} data-testid={`inbox-group-${key}`}>
      <h2 id={`inbox-${key}`} className="sticky top-0 z-10 flex items-center justify-between bg-white/95 px-3 pt-3 pb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase backdrop-blur">
        {title}
        <span className="rounded-full bg-slate-100 px-2 py-px text-[11px] font-semibold text-slate-600">{rows.length}</span>
      </h2>
      {rows.length === 0 ? (
        <p className="px-3 pb-3 text-xs text-slate-400">{empty}</p>
      ) : (
        <ul className="pb-1">
          {rows.map((c) => (
            <InboxItem
              key={c.id}
              conversation={c}
              meId={meId}
              selected={c.id === openId}
              unread={markUnread && c.id !== openId && c.lastSeq > (seenSeq[c.id] ?? 0)}
              customerTyping={Boolean(typing[c.id])}
              onOpen={openConversation}
            />
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <nav data-testid="inbox" aria-label="Inbox" className="flex h-full flex-col overflow-y-auto">
      {!loaded ? (
        <p className="p-4 text-sm text-slate-400" role="status">
          Loading conversations…
        </p>
      ) : (
        <>
          {section('waiting', 'Waiting', groups.waiting, 'No one is waiting.', false)}
          {section('mine', 'Mine', groups.mine, 'No open chats.', true)}
          {section('resolved', 'Recently resolved', groups.resolved, 'Nothing resolved yet.', false)}
          {section('left', 'Left while waiting', groups.left, 'Nobody left the queue.', false)}
        </>
      )}
    </nav>
  );
}
