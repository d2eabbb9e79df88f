import { useState, type KeyboardEvent } from 'react';
import { MAX_MESSAGE_LENGTH } from '@baton/protocol';
import { useTypingEmitter } from '../hooks/useTypingEmitter';
import { sendMessage } from '../socket/messageDelivery';

// Drafts survive switching between conversations (not reloads: they are not sent yet).
const drafts = new Map<string, string>();

/** Mount with key={conversationId} so each conversation starts from its own draft. */
export function Composer({ conversationId }: { conversationId: string }) {
  const [body, setBody] = useState(() => drafts.get(conversationId) ?? '');
  const typing = useTypingEmitter(conversationId);
  const tooLong = body.length > MAX_MESSAGE_LENGTH;
  const empty = body.trim().length === 0;

  const update = (value: string) => {
    setBody(value);
    if (value) drafts.set(conversationId, value);
    else drafts.delete(conversationId);
  };

  const send = () => {
    if (empty || tooLong) return;
    if (sendMessage(conversationId, body)) {
      typing.stop();
      update('');
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends; Shift+Enter is a newline; never send mid-IME composition.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  };

  return (
    <form
      className="border-t border-slate-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      <div className="mx-auto flex max-w-3xl items-end gap-2 rounded-xl border border-slate-300 bg-white p-2 focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-100">
        <label htmlFor={`composer-${conversationId}`} className="sr-only">
          Reply to the customer
        </label>
        <textarea
          id={`composer-${conversationId}`}
          dir="auto"
          data-testid="composer-input"
          rows={2}
          value={body}
          placeholder="Write a reply…  (Enter to send, Shift+Enter for a new line)"
          onChange={(e) => {
            update(e.target.value);
            if (e.target.value) typing.keystroke();
            else typing.stop();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => typing.stop()}
          className="max-h-40 min-h-[2.5rem] flex-1 resize-y border-0 bg-transparent px-1 text-sm outline-none"
        />
        <button
          type="submit"
          data-testid="send-button"
          disabled={empty || tooLong}
          className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-50"
        >
          Send
        </button>
      </div>
      {body.length > MAX_MESSAGE_LENGTH * 0.9 && (
        <p className={`mx-auto mt-1 max-w-3xl text-right text-xs ${tooLong ? 'text-red-600' : 'text-slate-500'}`}>
          {body.length}/{MAX_MESSAGE_LENGTH}
        </p>
      )}
    </form>
  );
}
