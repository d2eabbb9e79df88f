import { useEffect, useMemo } from 'react';
import { BASE_TITLE, consoleTitle } from '../lib/alerts';
import { needsMe } from '../lib/inbox';
import { useAuthStore } from '../stores/authStore';
import { useConversationStore } from '../stores/conversationStore';
import { useInboxStore } from '../stores/inboxStore';

/**
 * "(N) Baton Console" while N conversations need me: offers to me and my chats with unread messages. It flashes
 * only while an offer to me is pending (it expires); unread messages alone keep a steady count.
 */
export function useTitleFlash(): void {
  const byId = useInboxStore((s) => s.byId);
  const seenSeq = useInboxStore((s) => s.seenSeq);
  const meId = useAuthStore((s) => s.agent?.id ?? null);
  const openId = useConversationStore((s) => s.openId);
  const { offers, unread } = useMemo(() => needsMe(byId, meId, seenSeq, openId), [byId, meId, seenSeq, openId]);
  useEffect(() => {
    const text = consoleTitle(offers + unread);
    document.title = text;
    if (offers === 0) return;
    let on = true;
    const timer = setInterval(() => {
      on = !on;
      document.title = on ? text : `🔔 ${text}`;
    }, 1000);
    return () => clearInterval(timer);
  }, [offers, unread]);
  // Signed out (the layout unmounts): the plain title again.
  useEffect(
    () => () => {
      document.title = BASE_TITLE;
    },
    [],
  );
}
