import { useNow } from '../hooks/useNow';
import { offerCountdown } from '../lib/offerCountdown';
import { serverNow } from '../lib/serverClock';

/** Live "1:42 left" on an offer to this agent: how long before it goes to the next one. */
/** `quiet`: inside a live region (the offer alert), where a screen reader would re-read the whole alert every second. */
export function OfferCountdown({ expiresAt, className = '', quiet = false }: { expiresAt: string | null; className?: string; quiet?: boolean }) {
  // The shared ticker can be up to a second old when a new offer appears ("2:01 left"): never read a time before now.
  // The offer's end is on the server's clock, so is "now" (an agent machine minutes off showed the wrong time left).
  const now = serverNow(Math.max(useNow(), Date.now()));
  const left = offerCountdown(expiresAt, now);
  if (!left) return null;
  return (
    <time
      data-testid="offer-countdown"
      aria-hidden={quiet || undefined}
      dateTime={expiresAt ?? undefined}
      title="Then it is offered to the next agent"
      className={`tabular-nums ${left.urgent ? 'font-semibold text-rose-700' : ''} ${className}`}
    >
      {left.text}
    </time>
  );
}
