import type { ConversationSummary } from '@baton/protocol';
import { initials } from '../lib/format';
import { isOfferedToMe, isWaitingState, resolvedHandOff } from '../lib/inbox';
import { reasonLabel } from '../lib/labels';
import { CsatBadge } from './CsatBadge';
import { OfferCountdown } from './OfferCountdown';
import { WaitTime } from './WaitTime';

interface Props {
  conversation: ConversationSummary;
  meId: string | null;
  selected: boolean;
  unread: boolean;
  customerTyping: boolean;
  onOpen(id: string): void;
}

export function InboxItem({ conversation: c, meId, selected, unread, customerTyping, onOpen }: Props) {
  const waiting = isWaitingState(c.state);
  const offeredToMe = isOfferedToMe(c, meId);
  const resolved = resolvedHandOff(c);
  return (
    <li>
      <button
        type="button"
        data-testid="inbox-item"
        data-conversation-id={c.id}
        data-state={c.state}
        aria-current={selected ? 'true' : undefined}
        onClick={() => onOpen(c.id)}
        className={`group flex w-full gap-3 border-l-2 px-3 py-2.5 text-left transition-colors focus:outline-none focus-visible:bg-indigo-50 ${
          selected ? 'border-indigo-600 bg-indigo-50' : offeredToMe ? 'border-amber-400 bg-amber-50/60 hover:bg-amber-50' : 'border-transparent hover:bg-slate-50'
        }`}
      >
        <span
          className={`mt-0.5 flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
            waiting ? 'bg-amber-100 text-amber-800' : c.state === 'human' ? 'bg-indigo-100 text-indigo-700' : 'bg-slate-100 text-slate-600'
          }`}
          aria-hidden
        >
          {initials(c.customerName)}
        </span>
        <span className="min-w-0 flex-1">
          <span className="flex items-center gap-2">
            <span className={`truncate text-sm ${unread ? 'font-semibold text-slate-900' : 'font-medium text-slate-800'}`} data-testid="inbox-customer">
              {c.customerName}
            </span>
            {unread && <span className="h-2 w-2 shrink-0 rounded-full bg-indigo-600" aria-label="Unread messages" />}
            <span className="ml-auto shrink-0 text-xs text-slate-500">
              {waiting ? <WaitTime since={c.waitingSince ?? c.queuedAt} /> : resolved && resolved.rating !== null ? <CsatBadge rating={resolved.rating} /> : null}
            </span>
          </span>
          <span className="mt-0.5 flex items-center gap-1.5 text-xs text-slate-500">
            {c.skillName && <span className="rounded bg-slate-100 px-1.5 py-px font-medium text-slate-700">{c.skillName}</span>}
            {/* Resolved: whose hand-off the rating beside it rates, rather than why it was handed off. */}
            {resolved?.by ? (
              <span className="truncate" data-testid="inbox-resolved-by">
                Resolved by {resolved.by}
              </span>
            ) : (
              c.reason && <span className="truncate">{reasonLabel(c.reason)}</span>
            )}
            {offeredToMe && (
              <span className="ml-auto shrink-0 rounded bg-amber-200 px-1.5 py-px font-semibold text-amber-900">
                For you <OfferCountdown expiresAt={c.offerExpiresAt} className="font-normal" />
              </span>
            )}
          </span>
          <span dir="auto" className="mt-0.5 block truncate text-xs text-slate-500" data-testid="inbox-preview">
            {customerTyping ? <em className="text-indigo-600">typing…</em> : (c.lastMessagePreview ?? c.summary ?? '')}
          </span>
        </span>
      </button>
    </li>
  );
}
