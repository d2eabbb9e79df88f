import { useEffect, useState, type FormEvent } from 'react';
import { agentOptions, teamTransferWarning, transferRequest, TRANSFER_NOTE_MAX } from '../lib/transfer';
import { transferConversation } from '../socket/conversationCommands';
import { refreshTransferTargets, unwatchTransferTargets } from '../socket/transferTargets';
import { useConnectionStore } from '../stores/connectionStore';
import { useConversationStore } from '../stores/conversationStore';
import { useTransferTargetsStore } from '../stores/transferTargetsStore';
import { FormButtons } from './FormButtons';

interface Props {
  currentSkill: string | null;
  meId: string | null;
  busy: boolean;
  onDone(): void;
}

const field = 'w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-sky-500 focus:outline-none';

/** Pick a team or a named agent (one of the two) and leave a note for them. */
export function TransferForm({ currentSkill, meId, busy, onDone }: Props) {
  const skills = useTransferTargetsStore((s) => s.skills);
  const agents = useTransferTargetsStore((s) => s.agents);
  const requiredLanguages = useTransferTargetsStore((s) => s.requiredLanguages);
  const pkg = useConversationStore((s) => s.detail?.package);
  const [draft, setDraft] = useState({ skill: '', agentId: '', note: '' });
  const check = transferRequest(draft);
  const connected = useConnectionStore((s) => s.status === 'connected');
  // While open, the server pushes the others' presence and load as they change; a new socket (reconnect) watches anew.
  useEffect(() => {
    if (!connected) return;
    void refreshTransferTargets({ watch: true });
    return unwatchTransferTargets;
  }, [connected]);
  const warning = teamTransferWarning({ skills, agents, ...(requiredLanguages ? { requiredLanguages } : {}) }, draft.skill, meId, pkg);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!check.ok || busy) return;
    if (await transferConversation(check.target, check.note)) onDone();
    // Refused (someone went away, filled up): the list shows who is free now.
    else void refreshTransferTargets();
  };

  return (
    <form
      data-testid="transfer-form"
      aria-label="Transfer conversation"
      onSubmit={(e) => void submit(e)}
      // Escape closes it, as it closes the hours form and the widget.
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
      className="grid gap-3 border-t border-slate-200 bg-slate-50 px-4 py-3 sm:grid-cols-2"
    >
      <label className="block text-xs font-medium text-slate-600">
        To a team
        <select
          // Focus moves into the form it opened, not left on the button.
          autoFocus
          data-testid="transfer-skill"
          value={draft.skill}
          onChange={(e) => setDraft((d) => ({ ...d, skill: e.target.value, agentId: e.target.value ? '' : d.agentId }))}
          className={`${field} mt-1`}
        >
          <option value="">—</option>
          {skills.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.id === currentSkill ? ' (current)' : ''}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-xs font-medium text-slate-600">
        Or to an agent
        <select
          data-testid="transfer-agent"
          value={draft.agentId}
          onChange={(e) => setDraft((d) => ({ ...d, agentId: e.target.value, skill: e.target.value ? '' : d.skill }))}
          className={`${field} mt-1`}
        >
          <option value="">—</option>
          {agentOptions(agents, meId, pkg?.transfers?.at(-1)).map((a) => (
            <option key={a.id} value={a.id} disabled={!a.available}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
      {warning && (
        <p data-testid="transfer-warning" role="status" className="rounded-md border border-amber-200 bg-amber-50 px-2 py-1.5 text-sm text-amber-900 sm:col-span-2">
          {warning}
        </p>
      )}
      <label className="block text-xs font-medium text-slate-600 sm:col-span-2">
        Note for them
        <textarea
          data-testid="transfer-note"
          value={draft.note}
          maxLength={TRANSFER_NOTE_MAX}
          rows={3}
          placeholder="What they need to know (the customer does not see this)"
          onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))}
          className={`${field} mt-1 resize-none`}
        />
      </label>
      <div className="flex items-center justify-end gap-2 sm:col-span-2">
        {!check.ok && <span className="mr-auto text-xs text-slate-400">{check.why}</span>}
        <FormButtons testId="transfer-submit" label="Transfer" busyLabel="Transferring…" busy={busy} disabled={!check.ok || busy} onCancel={onDone} />
      </div>
    </form>
  );
}
