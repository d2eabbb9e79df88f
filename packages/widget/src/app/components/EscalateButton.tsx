import { escalate } from '../chatClient';
import { useChat } from '../chatStore';
import { useStrings } from '../hooks/useStrings';

/** Shown while the bot is in control: an explicit request for a person is always honoured. */
export function EscalateButton() {
  const visible = useChat((s) => s.conversation?.state === 'bot');
  const escalating = useChat((s) => s.escalating);
  const t = useStrings();
  if (!visible) return null;
  return (
    <div className="flex shrink-0 justify-center px-3 pb-1">
      <button
        type="button"
        data-testid="escalate-button"
        onClick={escalate}
        disabled={escalating}
        className="rounded-full border border-slate-300 bg-white px-3 py-1 text-xs font-medium text-slate-700 transition hover:border-accent hover:text-accent disabled:opacity-50"
      >
        {escalating ? t.connecting : t.talkToPerson}
      </button>
    </div>
  );
}
