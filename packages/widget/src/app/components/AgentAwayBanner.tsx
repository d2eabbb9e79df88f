import { useChat } from '../chatStore';
import { showsAgentAway } from '../agentAway';
import { useStrings } from '../hooks/useStrings';

/** Under the header while the agent with the chat is Away: what it means for the customer's messages. */
export function AgentAwayBanner() {
  const away = useChat((s) => showsAgentAway(s.conversation, s.awaySince, s.thread.messages));
  const t = useStrings();
  if (!away) return null;
  return (
    <div data-testid="agent-away" role="status" className="shrink-0 bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-900">
      {t.agentAwayNote}
    </div>
  );
}
