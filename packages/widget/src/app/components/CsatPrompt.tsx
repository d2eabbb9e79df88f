import { useState } from 'react';
import { submitCsat } from '../chatClient';
import { useChat } from '../chatStore';
import { useStrings } from '../hooks/useStrings';

const RATINGS = [1, 2, 3, 4, 5] as const;

export function CsatPrompt() {
  const csat = useChat((s) => s.conversation?.csat);
  const submitting = useChat((s) => s.csatSubmitting);
  const [hover, setHover] = useState(0);
  const t = useStrings();
  // Once rated the panel goes: the bot's reply in the chat is the thanks (both said it, one under the other).
  if (!csat?.requested || csat.rating !== null) return null;
  return (
    <div data-testid="csat-prompt" role="group" aria-label={t.rateConversation} className="mx-3 mb-2 shrink-0 rounded-xl border border-slate-200 px-4 py-3 text-center">
      {/* The bot's message above already asks "How did we do?": the panel says how to answer, not the question again. */}
      <p className="text-sm font-medium text-slate-800">{t.tapAStar}</p>
      <div className="mt-1 flex justify-center gap-1" onMouseLeave={() => setHover(0)}>
        {RATINGS.map((n) => (
          <button
            key={n}
            type="button"
            data-testid={`csat-${n}`}
            aria-label={t.outOfFive(n)}
            disabled={submitting}
            onMouseEnter={() => setHover(n)}
            onFocus={() => setHover(n)}
            onClick={() => submitCsat(n)}
            className={`rounded p-1 text-2xl leading-none transition disabled:opacity-50 ${n <= hover ? 'text-amber-400' : 'text-slate-300'}`}
          >
            ★
          </button>
        ))}
      </div>
    </div>
  );
}
