import { useNow } from '../hooks/useNow';
import { waitSince } from '../lib/format';

/** Live "waiting 3m 05s"; its own component so only it re-renders every second. */
export function WaitTime({ since }: { since: string | null }) {
  const now = useNow();
  const text = waitSince(since, now);
  if (!text) return null;
  return (
    <time data-testid="wait-time" dateTime={since ?? undefined} className="tabular-nums" title={`Waiting since ${since}`}>
      {text}
    </time>
  );
}
