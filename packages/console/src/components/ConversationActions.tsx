import type { ConversationSummary } from '@baton/protocol';
import { actionsFor } from '../lib/permissions';
import { useAuthStore } from '../stores/authStore';
import { acceptConversation, declineConversation, resolveConversation } from '../socket/conversationCommands';
import type { PendingAction } from '../stores/conversationStore';
import { OfferCountdown } from './OfferCountdown';

interface Props {
  conversation: ConversationSummary;
  meId: string | null;
  pending: PendingAction;
  transferOpen: boolean;
  onToggleTransfer(): void;
}

export function ConversationActions({ conversation, meId, pending, transferOpen, onToggleTransfer }: Props) {
  const me = useAuthStore((s) => s.agent);
  const { canAccept, canDecline, canResolve, canTransfer } = actionsFor(conversation, meId, me);
  const busy = pending !== null;
  return (
    <div className="flex items-center gap-2">
      {canDecline && (
        <button
          type="button"
          data-testid="decline-button"
          disabled={busy}
          onClick={() => void declineConversation()}
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
        >
          {pending === 'decline' ? 'Declining…' : 'Decline'}
        </button>
      )}
      {canAccept && conversation.offeredToAgentId === meId && <OfferCountdown expiresAt={conversation.offerExpiresAt} className="text-xs text-slate-600" />}
      {canAccept && (
        <button
          type="button"
          data-testid="accept-button"
          disabled={busy}
          onClick={() => void acceptConversation()}
          className="rounded-lg bg-emerald-600 px-4 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-emerald-500 disabled:opacity-60"
        >
          {pending === 'accept' ? 'Accepting…' : 'Accept'}
        </button>
      )}
      {canTransfer && (
        <button
          type="button"
          data-testid="transfer-button"
          aria-expanded={transferOpen}
          disabled={busy}
          onClick={onToggleTransfer}
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          title="Hand this conversation to another team or agent, with a note"
        >
          Transfer
        </button>
      )}
      {canResolve && (
        <button
          type="button"
          data-testid="resolve-button"
          disabled={busy}
          onClick={() => void resolveConversation()}
          className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
          title="Hand the conversation back to the bot and ask the customer for a rating"
        >
          {pending === 'resolve' ? 'Resolving…' : 'Resolve'}
        </button>
      )}
    </div>
  );
}
