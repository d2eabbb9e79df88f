import { useState } from 'react';
import type { ConversationSummary } from '@baton/protocol';
import { actionsFor } from '../lib/permissions';
import { resolvedHandOff } from '../lib/inbox';
import type { PendingAction } from '../stores/conversationStore';
import { closeConversation } from '../socket/conversationCommands';
import { ConversationActions } from './ConversationActions';
import { CsatBadge } from './CsatBadge';
import { StateBadge } from './StateBadge';
import { TransferForm } from './TransferForm';
import { WaitTime } from './WaitTime';

interface Props {
  conversation: ConversationSummary;
  /** Whether the customer has the chat open (shown while the team is involved). */
  customerOnline?: boolean;
  meId: string | null;
  pending: PendingAction;
  notice: string | null;
}

export function ConversationHeader({ conversation: c, customerOnline, meId, pending, notice }: Props) {
  const [transferOpen, setTransferOpen] = useState(false);
  const showTransfer = transferOpen && actionsFor(c, meId).canTransfer;
  const waiting = c.state === 'queued' || c.state === 'offered';
  const resolved = resolvedHandOff(c);
  const who =
    c.state === 'human' ? (c.agentId === meId ? 'You are handling this chat' : `With ${c.agentName ?? 'another agent'}`) : c.state === 'offered' && c.offeredToAgentId === meId ? 'Offered to you' : null;
  return (
    <div className="border-b border-slate-200 bg-white">
      <div className="flex flex-wrap items-center gap-3 px-4 py-3">
        <button type="button" aria-label="Close conversation" onClick={closeConversation} className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700">
          ←
        </button>
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <h1 className="truncate text-base font-semibold text-slate-900" data-testid="conversation-customer">
              {c.customerName}
            </h1>
            <StateBadge state={c.state} testId="conversation-state" />
            {customerOnline !== undefined && c.state !== 'bot' && c.state !== 'closed' && (
              <span data-testid="customer-presence" data-online={customerOnline} className="inline-flex items-center gap-1 text-xs text-slate-500">
                <span aria-hidden className={`h-2 w-2 rounded-full ${customerOnline ? 'bg-emerald-500' : 'bg-slate-300'}`} />
                {customerOnline ? 'Customer online' : 'Customer has left the chat'}
              </span>
            )}
            <span className="text-xs text-slate-400 tabular-nums" data-testid="conversation-version" title="Control version">
              v{c.version}
            </span>
            {resolved && resolved.rating !== null && <CsatBadge rating={resolved.rating} />}
          </div>
          <div className="flex items-center gap-2 text-xs text-slate-500">
            {c.skillName && <span>{c.skillName}</span>}
            {waiting && (
              <span>
                · waiting <WaitTime since={c.waitingSince ?? c.queuedAt} />
              </span>
            )}
            {who && <span>· {who}</span>}
          </div>
        </div>
        <div className="ml-auto">
          <ConversationActions
            conversation={c}
            meId={meId}
            pending={pending}
            transferOpen={showTransfer}
            onToggleTransfer={() => setTransferOpen(!showTransfer)}
          />
        </div>
      </div>
      {showTransfer && <TransferForm key={c.id} currentSkill={c.skill} meId={meId} busy={pending === 'transfer'} onDone={() => setTransferOpen(false)} />}
      {notice && (
        <p data-testid="conversation-notice" role="alert" className="border-t border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          {notice}
        </p>
      )}
    </div>
  );
}
