import { useNow } from '../hooks/useNow';
import { offerCountdown } from '../lib/offerCountdown';

/** Live "1:42 left" on an offer to this agent: how long before it goes to the next one. */
export function OfferCountdown({ expiresAt, className = '' }: { expiresAt: string | null; className?: string }) {
  const now = useNow();
  const left = offerCountdown(expiresAt, now);
  if (!left) return null;
  return (
    <time
      data-testid="offer-countdown"
      dateTime={expiresAt ?? undefined}
      title="Then it is offered to the next agent"
      className={`tabular-nums ${left.urgent ? 'font-semibold text-rose-700' : ''} ${className}`}
    >
      {left.text}
    </time>
  );
}
