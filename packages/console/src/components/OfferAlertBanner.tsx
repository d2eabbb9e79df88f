import { reasonLabel } from '../lib/labels';
import { openConversation } from '../socket/conversationCommands';
import { useAlertStore } from '../stores/alertStore';
import { OfferCountdown } from './OfferCountdown';

/** The newest waiting chat that needs attention, with what the agent needs to decide to take it. */
export function OfferAlertBanner() {
  const alerts = useAlertStore((s) => s.alerts);
  const dismiss = useAlertStore((s) => s.dismiss);

  const alert = alerts[alerts.length - 1];
  if (!alert) return null;
  const { conversation: c, package: pkg } = alert;
  const skill = pkg?.skillName ?? c.skillName;
  const reason = pkg?.reason ?? c.reason;
  const summary = pkg?.summary ?? c.summary;
  // A transferred chat: who sent it and their note come first, they are what the next agent needs.
  const transfer = pkg?.transfers?.at(-1);

  return (
    <div
      data-testid="offer-alert"
      data-conversation-id={c.id}
      role="alert"
      className="animate-pulse-in flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-amber-200 bg-amber-50 px-4 py-2.5"
    >
      <span className="relative flex h-3 w-3 shrink-0" aria-hidden>
        <span className="absolute inline-flex h-full w-full animate-ping rounded-full bg-amber-400 opacity-75" />
        <span className="relative inline-flex h-3 w-3 rounded-full bg-amber-500" />
      </span>
      <div className="min-w-0 flex-1 basis-56 text-sm">
        <div className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-semibold text-slate-900">{alert.offeredToMe ? 'Chat offered to you' : 'New chat waiting'}:</span>
          {alert.offeredToMe && <OfferCountdown expiresAt={c.offerExpiresAt} className="text-xs text-amber-900" quiet />}
          <span className="font-medium text-slate-900" data-testid="offer-customer">
            {c.customerName}
          </span>
          {skill && <span className="rounded bg-white px-1.5 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-amber-200">{skill}</span>}
          <span className="text-xs text-amber-900">{reasonLabel(reason)}</span>
          {alerts.length > 1 && <span className="text-xs text-slate-500">+{alerts.length - 1} more waiting</span>}
        </div>
        {transfer && (
          <p className="truncate text-amber-950" data-testid="offer-transfer" title={transfer.note}>
            <span className="font-medium">From {transfer.from}:</span> {transfer.note}
          </p>
        )}
        {summary && (
          <p className="truncate text-slate-700" data-testid="offer-summary" title={summary}>
            {summary}
          </p>
        )}
      </div>
      <button
        type="button"
        data-testid="offer-review"
        onClick={() => openConversation(c.id)}
        className="shrink-0 rounded-md bg-amber-500 px-3 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-amber-600"
      >
        Review
      </button>
      <button type="button" data-testid="offer-dismiss" aria-label="Dismiss alert" onClick={() => dismiss(c.id)} className="shrink-0 text-lg leading-none text-amber-700 hover:text-amber-950">
        ×
      </button>
    </div>
  );
}
