import { useChat } from '../chatStore';
import { queueCardLines } from '../queueCard';
import { LeaveMessage } from './TicketForm';
import { useStrings } from '../hooks/useStrings';
import { baseLanguage } from '@baton/protocol';

/**
 * Where the visitor stands while waiting for a person; pushed live on every queue change. Two short lines by default,
 * so the conversation keeps the room; when nobody is available, a button opens the leave-a-message form.
 */
/** The browser's own locale when it speaks the widget's language ("en-GB" writes 09:00, not 09:00 AM). */
function timeLocale(language: string): string {
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return baseLanguage(browser) === language ? browser : language;
}

export function QueueStatus() {
  const conversation = useChat((s) => s.conversation);
  const t = useStrings();
  if (!conversation || (conversation.state !== 'queued' && conversation.state !== 'offered')) return null;
  const q = conversation.queue;
  const offline = q?.offline;
  const { headline, detail } = queueCardLines(q, new Date(), timeLocale(t.locale), undefined, t, conversation.state === 'offered');
  return (
    <section
      data-testid="queue-status"
      data-offline={offline ? offline.reason : undefined}
      aria-live="polite"
      aria-label={t.queueStatus}
      className="mx-3 mt-2 max-h-[60%] shrink-0 overflow-y-auto rounded-xl border border-accent/20 bg-accent/5 px-3 py-2 text-sm leading-snug"
    >
      <div className="flex items-start gap-2">
        <span aria-hidden="true" className={`mt-1.5 size-2 shrink-0 rounded-full ${offline ? 'bg-amber-500' : 'animate-pulse bg-accent'}`} />
        <div className="min-w-0 flex-1">
          <p data-testid={offline ? 'queue-offline' : undefined} className="font-semibold text-slate-900">
            {headline}
          </p>
          {detail && <p className="text-[13px] text-slate-600">{detail}</p>}
          {offline && <LeaveMessage hours={offline.hours} />}
        </div>
      </div>
    </section>
  );
}
