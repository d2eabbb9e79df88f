import { useCallback, useEffect, useRef, useState } from 'react';
import { useDismiss } from '../hooks/useDismiss';
import type { AgentView } from '@baton/protocol';
import { heldChats, presenceChoices, type Presence } from '../lib/presence';
import { setPresence } from '../socket/presence';
import { useInboxStore } from '../stores/inboxStore';

const DOT: Record<Presence, string> = { online: 'bg-emerald-500', away: 'bg-amber-400', offline: 'bg-slate-400' };

/** The agent's presence in the header: a small menu of Online / Away / Offline, each saying what it does. */
export function PresenceMenu({ agent }: { agent: AgentView }) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const held = useInboxStore((s) => heldChats(Object.values(s.byId), agent.id));
  const choices = presenceChoices(held);
  const current = choices.find((c) => c.presence === agent.presence)!;
  const root = useRef<HTMLDivElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  const button = useRef<HTMLButtonElement>(null);
  // Escape, a choice or a click outside closes it; the first two give focus back to the button it opened from.
  const closeToButton = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  useDismiss(open, root, closeToButton);
  useEffect(() => {
    // Opening puts focus on the current choice (once: not on every presence change while open).
    if (open) items.current[choices.findIndex((c) => c.presence === agent.presence)]?.focus();
  }, [open]);

  /** Arrows, Home and End move among the choices: on the menu itself, not the whole page. */
  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = items.current.filter((b): b is HTMLButtonElement => b !== null);
    const at = list.findIndex((b) => b === document.activeElement);
    const to = e.key === 'ArrowDown' ? (at + 1) % list.length : e.key === 'ArrowUp' ? (at - 1 + list.length) % list.length : e.key === 'Home' ? 0 : e.key === 'End' ? list.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    list[to]?.focus();
  };

  const choose = async (presence: Presence) => {
    closeToButton();
    if (presence === agent.presence) return;
    setPending(true);
    await setPresence(presence);
    setPending(false);
  };

  return (
    <div
      ref={root}
      className="relative"
      // Tabbing out of the open menu closes it rather than leaving it open behind the focus.
      onBlur={(e) => open && !root.current?.contains(e.relatedTarget as Node | null) && setOpen(false)}
    >
      <button
        ref={button}
        type="button"
        onKeyDown={(e) => {
          if (!open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="presence-button"
        data-presence={agent.presence}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`Presence: ${current.label}. Change.`}
        disabled={pending}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-2 rounded-full border border-slate-200 bg-white px-3 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        <span className={`h-2 w-2 rounded-full ${DOT[agent.presence]}`} aria-hidden />
        {current.label}
        <span aria-hidden className="text-slate-400">
          ▾
        </span>
      </button>
      {open && (
        <div role="menu" aria-label="Presence" onKeyDown={onMenuKey} className="absolute right-0 top-full z-20 mt-2 w-72 rounded-lg border border-slate-200 bg-white p-1 shadow-lg">
          {choices.map((c, i) => (
            <button
              key={c.presence}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitemradio"
              tabIndex={c.presence === agent.presence ? 0 : -1}
              aria-checked={c.presence === agent.presence}
              data-testid={`presence-option-${c.presence}`}
              onClick={() => void choose(c.presence)}
              className="flex w-full items-start gap-2 rounded-md px-2.5 py-2 text-left hover:bg-slate-50 focus:bg-slate-100 focus:outline-none"
            >
              <span className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${DOT[c.presence]}`} aria-hidden />
              <span className="min-w-0">
                <span className="block text-sm font-medium text-slate-900">
                  {c.label}
                  {c.presence === agent.presence && <span className="ml-1.5 text-xs font-normal text-slate-500">(now)</span>}
                </span>
                <span className="block text-xs text-slate-600" data-testid={`presence-hint-${c.presence}`}>
                  {c.hint}
                </span>
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
