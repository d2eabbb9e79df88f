import type { PastConversation } from '@baton/protocol';
import { useNow } from '../hooks/useNow';
import { formatCsat, formatDateTime } from '../lib/format';
import { outcomeLabel, timeAgo, topicLine } from '../lib/history';
import { openConversation } from '../socket/conversationCommands';

const OUTCOME_STYLE: Record<PastConversation['outcome'], string> = {
  left_queue: 'bg-red-50 text-red-700',
  resolved: 'bg-emerald-50 text-emerald-700',
  open: 'bg-amber-50 text-amber-700',
  bot_only: 'bg-slate-100 text-slate-600',
};

/** The same customer's earlier conversations: a customer who already waited once, or was helped before, reads differently. */
export function CustomerHistory({ history }: { history: PastConversation[] }) {
  const now = useNow();
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="history-title" data-testid="customer-history" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 id="history-title" className="border-b border-slate-100 px-4 py-2.5 text-sm font-semibold text-slate-900">
        Earlier conversations <span className="font-normal text-slate-400">({history.length})</span>
      </h2>
      <ul className="divide-y divide-slate-100">
        {history.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              data-testid="history-item"
              data-outcome={p.outcome}
              onClick={() => openConversation(p.id)}
              className="block w-full px-4 py-2 text-left hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-500"
            >
              <span className="flex flex-wrap items-center gap-x-2 gap-y-0.5 text-xs">
                <span className={`rounded px-1.5 py-px font-semibold ${OUTCOME_STYLE[p.outcome]}`}>{outcomeLabel(p)}</span>
                {p.csatRating !== null && <span className="text-amber-600">{formatCsat(p.csatRating)}</span>}
                <time className="ml-auto text-slate-400" dateTime={p.startedAt} title={formatDateTime(p.startedAt)}>
                  {timeAgo(p.startedAt, now)}
                </time>
              </span>
              <span className="mt-0.5 line-clamp-2 block text-sm text-slate-700">{topicLine(p)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
