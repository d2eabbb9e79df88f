import { closePanel, isEmbedded } from '../chatClient';
import { useChat } from '../chatStore';
import { showsAgentAway } from '../agentAway';
import { useStrings } from '../hooks/useStrings';

export function Header() {
  const name = useChat((s) => s.site?.name ?? 'Chat');
  const t = useStrings();
  return (
    <header className="flex shrink-0 items-center gap-3 bg-accent px-4 py-3 text-white shadow-sm">
      <div aria-hidden="true" className="grid size-9 shrink-0 place-items-center rounded-full bg-white/20 text-base font-semibold">
        {name.charAt(0).toUpperCase()}
      </div>
      <div className="min-w-0 flex-1">
        <h1 className="truncate text-base leading-tight font-semibold">{name}</h1>
        <HeaderStatus />
      </div>
      {isEmbedded() && (
      <button
        type="button"
        onClick={closePanel}
        aria-label={t.closeChat}
        className="grid size-8 place-items-center rounded-full text-white/90 transition hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-white"
      >
        <svg viewBox="0 0 24 24" className="size-5 fill-current" aria-hidden="true">
          <path d="M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z" />
        </svg>
      </button>
      )}
    </header>
  );
}

function HeaderStatus() {
  const state = useChat((s) => s.conversation?.state);
  const agentName = useChat((s) => s.conversation?.agentName);
  const away = useChat((s) => showsAgentAway(s.conversation, s.awaySince, s.thread.messages));
  const offline = useChat((s) => !!s.conversation?.queue?.offline);
  const t = useStrings();
  if (state === 'human') {
    return (
      <p data-testid="agent-status" data-away={away} className="flex items-center gap-1.5 truncate text-xs text-white/85">
        <span aria-hidden="true" className={`size-2 rounded-full ${away ? 'bg-amber-300' : 'bg-emerald-400'}`} />
        {away ? t.agentAway(agentName ?? null) : t.agentJoined(agentName ?? null)}
      </p>
    );
  }
  // Nobody can take it now (closed hours, nobody online): no "connecting" promise above the card that says so.
  const text = state === 'queued' || state === 'offered' ? (offline ? t.waitingHeader : t.connectingHeader) : t.assistantReplies;
  return (
    <p data-testid="header-status" className="truncate text-xs text-white/80">
      {text}
    </p>
  );
}
