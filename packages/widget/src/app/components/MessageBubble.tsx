import { bodyWithoutSource, type MessageView } from '@baton/protocol';
import { retryMessage } from '../chatClient';
import { MESSAGE_ID_ATTR } from '../hooks/useAutoScroll';
import type { OutboxItem } from '../outbox';
import { useStrings } from '../hooks/useStrings';
import { LinkedText } from './LinkedText';

/** Bodies are plain text: rendered as React text (never as HTML), newlines kept, addresses clickable. */
function Body({ text, className, headings }: { text: string; className: string; headings?: readonly string[] | undefined }) {
  return (
    <p dir="auto" className={`break-words whitespace-pre-wrap ${className}`}>
      <LinkedText text={text} headings={headings} />
    </p>
  );
}

/** "14:05": when it was sent, on hover (a customer asked when the agent's last reply came). */
function sentAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

export function MessageBubble({ message }: { message: MessageView }) {
  const { authorType, meta } = message;
  const t = useStrings();
  const common = { 'data-testid': 'message', 'data-author': authorType, 'data-seq': message.seq, [MESSAGE_ID_ATTR]: message.id, title: sentAt(message.createdAt) };

  if (authorType === 'system') {
    return (
      <div {...common} className="flex justify-center px-6 py-1">
        <Body text={message.body} className="text-center text-xs text-slate-500" />
      </div>
    );
  }

  if (authorType === 'visitor') {
    return (
      <div {...common} className="flex justify-end">
        <div className="max-w-[80%] rounded-2xl rounded-br-md bg-accent px-3.5 py-2 text-white shadow-sm">
          <Body text={message.body} className="" />
        </div>
      </div>
    );
  }

  // The bot is named in the widget's language (the server stores "Assistant" for every client); people by their name.
  const label = authorType === 'bot' ? (meta.whileQueued ? t.assistantWhileWaiting : t.assistant) : (message.authorName ?? t.agent);
  // The source shows once, as the footer: drop the "(From: …)" line the text carries for other clients.
  const body = bodyWithoutSource(message.body, meta.articleTitle);
  return (
    <div {...common} className="flex flex-col items-start">
      <span className="mb-0.5 ml-1 text-[11px] font-medium text-slate-500">{label}</span>
      <div className="max-w-[85%] rounded-2xl rounded-bl-md bg-slate-100 px-3.5 py-2 text-slate-800">
        <Body text={body} className="" headings={meta.headings} />
        {meta.articleTitle && <p className="mt-1.5 border-t border-slate-200 pt-1 text-[11px] text-slate-500">{t.from(meta.articleTitle)}</p>}
      </div>
    </div>
  );
}

/** A visitor message the server has not stored yet. */
export function PendingBubble({ item }: { item: OutboxItem }) {
  const failed = item.status === 'failed';
  const t = useStrings();
  return (
    <div data-testid="message" data-author="visitor" data-pending={failed ? 'failed' : 'true'} className="flex flex-col items-end">
      <div className={`max-w-[80%] rounded-2xl rounded-br-md px-3.5 py-2 shadow-sm ${failed ? 'bg-rose-100 text-rose-900' : 'bg-accent/70 text-white'}`}>
        <Body text={item.body} className="" />
      </div>
      {failed ? (
        <p className="mt-0.5 mr-1 text-[11px] text-rose-700">
          {t.notSent(item.error ?? '')}{' '}
          <button type="button" onClick={() => retryMessage(item.clientMsgId)} className="font-medium underline">
            {t.retry}
          </button>
        </p>
      ) : (
        <p className="mt-0.5 mr-1 text-[11px] text-slate-400">{t.sending}</p>
      )}
    </div>
  );
}
