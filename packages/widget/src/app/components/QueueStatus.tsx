import { useChat } from '../chatStore';
import { formatEstimate, formatPosition } from '../estimate';
import { formatNextOpen, offlineHeadline } from '../offline';
import { TicketForm } from './TicketForm';

/** Where the visitor stands while waiting for a person; pushed live on every queue change. */
export function QueueStatus() {
  const conversation = useChat((s) => s.conversation);
  if (!conversation || (conversation.state !== 'queued' && conversation.state !== 'offered')) return null;
  const q = conversation.queue;
  const offline = q?.offline;
  return (
    <section
      data-testid="queue-status"
      data-offline={offline ? offline.reason : undefined}
      aria-live="polite"
      aria-label="Queue status"
      className="mx-3 mt-3 max-h-[60%] shrink-0 overflow-y-auto rounded-xl border border-accent/20 bg-accent/5 px-4 py-3 text-sm"
    >
      {q && offline ? (
        <>
          {/* Honest: no estimate when nobody can take the chat. */}
          <p data-testid="queue-offline" className="font-semibold text-slate-900">
            {offlineHeadline(q.skillName)}
          </p>
          {offline.reason === 'closed_hours' && (
            <p className="mt-1 text-slate-700">
              {formatNextOpen(offline, new Date()) ?? 'We are closed right now.'} {offline.hours ? `Our hours: ${offline.hours}.` : ''}
            </p>
          )}
          <p className="mt-1 text-slate-700">{formatPosition(q.position)}, and you keep your place if someone comes in.</p>
          <TicketForm />
        </>
      ) : (
        <>
          <p className="font-semibold text-slate-900">{q ? `Waiting for the ${q.skillName} team` : 'Waiting for our team'}</p>
          {q && (
            <>
              <p className="mt-1 text-slate-700">{formatPosition(q.position)}</p>
              <p className="text-slate-700">Estimated wait: {formatEstimate(q)}</p>
            </>
          )}
        </>
      )}
      <p className="mt-1.5 text-xs text-slate-500">Our assistant is still here to help while you wait.</p>
    </section>
  );
}
