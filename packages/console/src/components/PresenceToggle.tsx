import { useState } from 'react';
import type { AgentView } from '@baton/protocol';
import { setPresence } from '../socket/presence';

const STYLES: Record<AgentView['presence'], { dot: string; label: string }> = {
  online: { dot: 'bg-emerald-500', label: 'Online' },
  away: { dot: 'bg-amber-400', label: 'Away' },
  offline: { dot: 'bg-slate-400', label: 'Offline' },
};

export function PresenceToggle({ presence }: { presence: AgentView['presence'] }) {
  const [pending, setPending] = useState(false);
  const next = presence === 'online' ? 'away' : 'online';
  const style = STYLES[presence];
  return (
    <button
      type="button"
      data-testid="presence-toggle"
      data-presence={presence}
      aria-label={`Presence: ${style.label}. Switch to ${next}.`}
      aria-pressed={presence === 'online'}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await setPresence(next);
        setPending(false);
      }}
      className="flex items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
    >
      <span className={`h-2 w-2 rounded-full ${style.dot}`} aria-hidden />
      {style.label}
    </button>
  );
}
