import { formatDateTime } from '../lib/format';
import { languageName } from '../lib/labels';
import { openConversation } from '../socket/conversationCommands';
import { closeTicket } from '../socket/opsCommands';
import { useOpsStore } from '../stores/opsStore';

/** Messages customers left while nobody was available; answered by e-mail. Text only. */
export function TicketsList() {
  const tickets = useOpsStore((s) => s.tickets);
  const loaded = useOpsStore((s) => s.ticketsLoaded);
  return (
    <section data-testid="tickets" aria-labelledby="tickets-title" className="h-full overflow-y-auto p-6">
      <h1 id="tickets-title" className="text-lg font-semibold text-slate-900">
        Tickets
      </h1>
      <p className="mt-1 text-sm text-slate-500">Left by customers while no one from their team was available. Reply by e-mail.</p>
      {!loaded ? (
        <p className="mt-6 text-sm text-slate-400">Loading…</p>
      ) : tickets.length === 0 ? (
        <p className="mt-6 text-sm text-slate-400">No tickets yet.</p>
      ) : (
        <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {tickets.map((t) => (
            <li key={t.id} data-testid="ticket-item" data-ticket-id={t.id} className="px-4 py-3">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <a href={`mailto:${encodeURIComponent(t.email)}`} className="font-medium text-indigo-700 hover:underline">
                  {t.email}
                </a>
                <span className="rounded-full bg-slate-100 px-2 py-px text-xs text-slate-600">{t.skillName}</span>
                {t.language && (
                  <span className="rounded-full bg-slate-100 px-2 py-px text-xs text-slate-600" data-testid="ticket-language" title="The language the message is written in">
                    {languageName(t.language)}
                  </span>
                )}
                <span className={`rounded-full px-2 py-px text-xs ${t.status === 'open' ? 'bg-amber-50 text-amber-800' : 'bg-slate-100 text-slate-500'}`}>{t.status === 'open' ? 'open' : 'answered'}</span>
                <time dateTime={t.createdAt} className="ml-auto text-xs text-slate-500">
                  {formatDateTime(t.createdAt)}
                </time>
              </div>
              <p dir="auto" className="mt-1.5 text-sm [overflow-wrap:anywhere] whitespace-pre-wrap text-slate-800">{t.message}</p>
              {t.status === 'open' && (
                <button
                  type="button"
                  data-testid="ticket-close"
                  className="mt-1 mr-3 text-xs text-slate-500 underline-offset-2 hover:text-slate-800 hover:underline"
                  onClick={() => void closeTicket(t.id)}
                >
                  Mark answered
                </button>
              )}
              {t.conversationId && (
                <button
                  type="button"
                  className="mt-1 text-xs text-slate-500 underline-offset-2 hover:text-slate-800 hover:underline"
                  onClick={() => openConversation(t.conversationId!)}
                >
                  Open the chat
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
