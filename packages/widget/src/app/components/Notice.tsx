import { dismissNotice } from '../chatClient';
import { useChat } from '../chatStore';
import { useStrings } from '../hooks/useStrings';

export function Notice() {
  const notice = useChat((s) => s.notice);
  const t = useStrings();
  if (!notice) return null;
  return (
    <div role="alert" data-testid="notice" className="mx-3 mb-2 flex shrink-0 items-start gap-2 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
      <p className="flex-1">{notice}</p>
      <button type="button" onClick={dismissNotice} aria-label={t.dismiss} className="rounded px-1 text-rose-700 hover:bg-rose-100">
        ×
      </button>
    </div>
  );
}
