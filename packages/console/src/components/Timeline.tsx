import type { ControlEventView } from '@baton/protocol';
import { formatClock, formatDateTime } from '../lib/format';
import { actorLabel, eventKindLabel, eventReasonLabel } from '../lib/labels';

const DOT: Partial<Record<ControlEventView['kind'], string>> = {
  escalated: 'bg-amber-500',
  offered: 'bg-orange-400',
  accepted: 'bg-emerald-500',
  resolved: 'bg-indigo-500',
  handed_back: 'bg-indigo-400',
  offer_declined: 'bg-slate-400',
  offer_expired: 'bg-slate-400',
  abandoned: 'bg-red-500',
  cancelled: 'bg-slate-400',
};

/** The control record, one row per transition (DESIGN §2): who moved it, from where to where, at which version. */
export function Timeline({ events }: { events: ControlEventView[] }) {
  return (
    <section aria-labelledby="timeline-title" className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <h2 id="timeline-title" className="border-b border-slate-100 px-4 py-2.5 text-sm font-semibold text-slate-900">
        Timeline
      </h2>
      <ol data-testid="timeline" className="px-4 py-3">
        {events.length === 0 && <li className="text-sm text-slate-400">No control changes yet.</li>}
        {events.map((e) => (
          <li key={e.version} data-testid="timeline-event" data-kind={e.kind} data-version={e.version} className="relative border-l border-slate-200 pb-3 pl-4 last:pb-0">
            <span className={`absolute top-1.5 -left-[5px] h-2.5 w-2.5 rounded-full ring-2 ring-white ${DOT[e.kind] ?? 'bg-slate-400'}`} aria-hidden />
            <div className="flex items-baseline gap-2">
              <span className="text-sm font-medium text-slate-900">{eventKindLabel(e.kind)}</span>
              <span className="font-mono text-[11px] text-slate-500">
                {e.from} → {e.to}
              </span>
              <span className="ml-auto font-mono text-[11px] text-slate-400">v{e.version}</span>
            </div>
            <div className="text-xs text-slate-500">
              by {actorLabel(e.actorType, e.actorName)}
              {e.actorName && <span className="text-slate-400"> ({e.actorType})</span>} ·{' '}
              <time dateTime={e.at} title={formatDateTime(e.at)}>
                {formatClock(e.at)}
              </time>
            </div>
            {e.reason && <div className="mt-0.5 text-xs whitespace-pre-wrap text-slate-600">{eventReasonLabel(e.reason)}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
