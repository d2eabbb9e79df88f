import { useChat } from '../chatStore';
import { useStrings } from '../hooks/useStrings';

export function ConnectionBanner() {
  const disconnected = useChat((s) => s.connection === 'disconnected');
  const t = useStrings();
  if (!disconnected) return null;
  return (
    <div data-testid="connection-status" role="status" className="shrink-0 bg-amber-100 px-4 py-1.5 text-center text-xs font-medium text-amber-900">
      {t.reconnecting}
    </div>
  );
}
