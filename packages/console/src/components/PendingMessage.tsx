import type { OutboxEntry } from '../lib/outbox';
import { discardEntry, retryEntry } from '../socket/messageDelivery';

/**
 * A sent-but-unacknowledged message. Not a `message` yet (it has no seq), so it gets its
 * own test id; it disappears the moment the server's copy arrives.
 */
export function PendingMessage({ entry }: { entry: OutboxEntry }) {
  const failed = entry.status === 'failed';
  return (
    <li data-testid="message-pending" data-author="agent" data-client-msg-id={entry.clientMsgId} data-status={entry.status} className="my-1.5 flex justify-end">
      <div className="flex max-w-[75%] flex-col items-end">
        <div
          className={`rounded-2xl px-3 py-2 text-sm leading-relaxed [overflow-wrap:anywhere] whitespace-pre-wrap ${
            failed ? 'bg-red-50 text-red-900 ring-1 ring-red-200' : 'bg-indigo-600/60 text-white'
          }`}
        >
          {entry.body}
        </div>
        <div className="mt-0.5 flex items-center gap-2 px-1 text-[11px]">
          {failed ? (
            <>
              <span className="text-red-700">Not sent{entry.error ? `: ${entry.error}` : ''}</span>
              <button type="button" className="font-medium text-indigo-700 hover:underline" onClick={() => retryEntry(entry.clientMsgId)}>
                Retry
              </button>
              <button type="button" className="text-slate-500 hover:underline" onClick={() => discardEntry(entry.clientMsgId)}>
                Discard
              </button>
            </>
          ) : (
            <span className="text-slate-500" role="status">
              Sending…
            </span>
          )}
        </div>
      </div>
    </li>
  );
}
