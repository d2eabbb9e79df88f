import { useMemo, useRef } from 'react';
import { useChat } from '../chatStore';
import { useAutoScroll } from '../hooks/useAutoScroll';
import { MessageBubble, PendingBubble } from './MessageBubble';
import { TypingIndicator } from './TypingIndicator';
import { useStrings, useWidgetLanguage } from '../hooks/useStrings';
import { greetingFor } from '../i18n';

export function MessageList() {
  const site = useChat((s) => s.site);
  const language = useWidgetLanguage();
  const greeting = site ? greetingFor(site, language) : undefined;
  const thread = useChat((s) => s.thread);
  const t = useStrings();
  const outbox = useChat((s) => s.outbox);
  const typing = useChat((s) => s.typing);
  const escalating = useChat((s) => s.escalating);
  const ref = useRef<HTMLDivElement>(null);

  // Pending copies whose stored message already arrived are pruned by the store; this is belt and braces.
  const pending = useMemo(() => {
    const stored = new Set(thread.messages.map((m) => m.clientMsgId));
    return outbox.filter((i) => !stored.has(i.clientMsgId));
  }, [thread.messages, outbox]);

  // Asking for a person is the visitor's own move too: bring them to the answer it gets.
  const force = pending.length > 0 || escalating;
  // The earlier conversation arriving (a customer back after leaving the queue) changes the list too: it opens at the
  // end, on "You left the queue…", not at the top of the old chat.
  useAutoScroll(ref, { key: `${thread.previous.length}:${thread.messages.length}:${pending.length}:${typing ? 1 : 0}:${escalating ? 1 : 0}`, force, messages: thread.messages });

  return (
    <div
      ref={ref}
      data-testid="message-list"
      role="log"
      aria-live="polite"
      aria-label={t.conversation}
      className="flex min-h-0 flex-1 flex-col gap-2.5 overflow-y-auto overscroll-contain px-3 py-4"
    >
      {greeting && (
        <div data-testid="greeting" className="flex flex-col items-start">
          <span className="mb-0.5 ml-1 text-[11px] font-medium text-slate-500">{t.assistant}</span>
          <div className="max-w-[85%] rounded-2xl rounded-bl-md bg-slate-100 px-3.5 py-2">
            <p className="break-words whitespace-pre-wrap">{greeting}</p>
          </div>
        </div>
      )}
      {thread.previous.map((m) => (
        <MessageBubble key={m.id} message={m} />
      ))}
      {thread.previous.length > 0 && (
        <div role="separator" data-testid="previous-ended" className="my-1 flex items-center gap-2 text-center text-[11px] text-slate-400">
          <span className="h-px flex-1 bg-slate-200" />
          {thread.previousEnded === 'left_queue' ? t.leftQueue : t.newConversation}
          <span className="h-px flex-1 bg-slate-200" />
        </div>
      )}
      {thread.messages.map((m) => (
        <MessageBubble key={m.id} message={m} />
      ))}
      {pending.map((i) => (
        <PendingBubble key={i.clientMsgId} item={i} />
      ))}
      <TypingIndicator />
    </div>
  );
}
