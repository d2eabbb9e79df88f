import { bodyWithoutSource, type MessageView } from '@baton/protocol';
import { formatClock } from '../lib/format';
import { LinkedText } from './LinkedText';

interface Props {
  message: MessageView;
  customerName: string;
}

/** Bodies are plain text: React escapes them, whitespace-pre-wrap keeps the customer's line breaks; addresses are links. */
export function MessageBubble({ message: m, customerName }: Props) {
  const time = formatClock(m.createdAt);
  const meta = m.meta ?? {};

  if (m.authorType === 'system') {
    return (
      <li data-testid="message" data-author="system" data-seq={m.seq} data-message-id={m.id} className="my-2 flex justify-center">
        <span className="max-w-[80%] rounded-full bg-slate-100 px-3 py-1 text-center text-xs [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-600">{m.body}</span>
      </li>
    );
  }

  const outgoing = m.authorType === 'agent';
  // A bot answer's source shows once, as the footer: the "(From: …)" line its text ends with is dropped.
  const source = m.authorType === 'bot' ? meta.articleTitle : undefined;
  const name = m.authorType === 'visitor' ? customerName : m.authorType === 'bot' ? 'Bot' : (m.authorName ?? 'Agent');
  const bubble =
    m.authorType === 'agent'
      ? 'bg-indigo-600 text-white'
      : m.authorType === 'bot'
        ? 'bg-violet-50 text-slate-900 ring-1 ring-violet-100'
        : 'bg-white text-slate-900 ring-1 ring-slate-200';

  return (
    <li data-testid="message" data-author={m.authorType} data-seq={m.seq} data-message-id={m.id} className={`my-1.5 flex ${outgoing ? 'justify-end' : 'justify-start'}`}>
      <div className={`flex max-w-[75%] min-w-0 flex-col ${outgoing ? 'items-end' : 'items-start'}`}>
        <div className="mb-0.5 flex items-center gap-1.5 px-1 text-[11px] text-slate-500">
          <span className="font-medium text-slate-600" data-testid="message-author">
            {name}
          </span>
          {meta.whileQueued && <span className="rounded bg-amber-100 px-1 text-amber-800">while waiting</span>}
          {meta.kind === 'ticket' && (
            <span className="rounded bg-sky-100 px-1 text-sky-800" data-testid="message-ticket">
              left as a message{meta.ticketEmail ? ` · reply to ${meta.ticketEmail}` : ''}
            </span>
          )}
          <time dateTime={m.createdAt}>{time}</time>
        </div>
        <div dir="auto" className={`rounded-2xl px-3 py-2 text-sm max-w-full leading-relaxed [overflow-wrap:anywhere] whitespace-pre-wrap shadow-sm ${bubble}`} data-testid="message-body">
          <LinkedText text={bodyWithoutSource(m.body, source)} headings={meta.headings} />
        </div>
        {source && (
          <div className="mt-0.5 px-1 text-[11px] text-violet-700" data-testid="message-source">
            From: {source}
          </div>
        )}
      </div>
    </li>
  );
}
