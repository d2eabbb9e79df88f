import { useConnectionStore } from '../stores/connectionStore';

export function ConnectionBanner() {
  const status = useConnectionStore((s) => s.status);
  if (status !== 'offline') return null;
  return (
    <div data-testid="connection-banner" role="status" className="bg-amber-100 px-4 py-1.5 text-center text-xs font-medium text-amber-900">
      Reconnecting… anything you send is kept and delivered when the connection is back.
    </div>
  );
}
