import { useMemo } from 'react';
import type { MessageView } from '@baton/protocol';
import { useStickToBottom } from '../hooks/useStickToBottom';
import { pendingFor } from '../lib/outbox';
import { useOutboxStore } from '../stores/outboxStore';
import { MessageBubble } from './MessageBubble';
import { PendingMessage } from './PendingMessage';

interface Props {
  conversationId: string;
  messages: MessageView[];
  customerName: string;
}

export function Transcript({ conversationId, messages, customerName }: Props) {
  const outbox = useOutboxStore((s) => s.entries);
  const pending = useMemo(() => pendingFor(outbox, conversationId, messages), [outbox, conversationId, messages]);
  const { ref, onScroll } = useStickToBottom<HTMLDivElement>(messages.length + pending.length, conversationId);

  return (
    <div ref={ref} onScroll={onScroll} className="min-h-0 flex-1 overflow-y-auto bg-slate-50 px-4 py-3">
      <ol data-testid="transcript" role="log" aria-label="Conversation transcript" aria-live="polite" className="mx-auto flex max-w-3xl flex-col">
        {messages.length === 0 && pending.length === 0 && <li className="py-8 text-center text-sm text-slate-400">No messages yet.</li>}
        {messages.map((m) => (
          <MessageBubble key={m.id} message={m} customerName={customerName} />
        ))}
        {pending.map((e) => (
          <PendingMessage key={e.clientMsgId} entry={e} />
        ))}
      </ol>
    </div>
  );
}
