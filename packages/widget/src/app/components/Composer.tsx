import { useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_MESSAGE_LENGTH } from '@baton/protocol';
import { sendMessage, setVisitorTyping } from '../chatClient';
import { useChat } from '../chatStore';
import { useTypingEmitter } from '../hooks/useTypingEmitter';
import { useStrings } from '../hooks/useStrings';

export function Composer() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const isOpen = useChat((s) => s.isOpen);
  const input = useRef<HTMLTextAreaElement>(null);
  const typing = useTypingEmitter(setVisitorTyping);
  const t = useStrings();

  // Focus the composer whenever the host opens the chat.
  useEffect(() => {
    if (isOpen) input.current?.focus();
  }, [isOpen]);

  // Grow with the text, up to a few lines.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, 140)}px`;
  }, [text]);

  const submit = () => {
    if (!text.trim()) return;
    const problem = sendMessage(text);
    if (problem) return setError(problem);
    typing.stop();
    setText('');
    setError(null);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter adds a line; never while an IME is composing.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    }
  };

  const tooLong = text.length > MAX_MESSAGE_LENGTH;
  return (
    <form onSubmit={onSubmit} className="shrink-0 border-t border-slate-200 bg-white px-3 py-2.5">
      {(error || tooLong) && (
        <p role="alert" className="mb-1.5 text-xs text-rose-700">
          {tooLong ? t.tooLong(MAX_MESSAGE_LENGTH) : error}
        </p>
      )}
      <div className="flex items-end gap-2 rounded-2xl border border-slate-300 bg-white py-1 pr-1 pl-3 focus-within:border-accent focus-within:ring-2 focus-within:ring-accent/20">
        <textarea
          ref={input}
          dir="auto"
          data-testid="composer-input"
          aria-label={t.messageLabel}
          placeholder={t.typeMessage}
          rows={1}
          value={text}
          onChange={(e) => {
            // The last refusal was about the text as it was: editing it makes it stale.
            setError(null);
            setText(e.target.value);
            typing.onInput(e.target.value);
          }}
          onBlur={typing.stop}
          onKeyDown={onKeyDown}
          className="max-h-36 min-h-[36px] flex-1 resize-none bg-transparent py-1.5 text-[15px] leading-snug outline-none placeholder:text-slate-400"
        />
        <button
          type="submit"
          data-testid="send-button"
          aria-label={t.sendMessage}
          disabled={!text.trim() || tooLong}
          className="grid size-9 shrink-0 place-items-center rounded-full bg-accent text-white transition hover:bg-accent-strong disabled:bg-slate-200 disabled:text-slate-400"
        >
          <svg viewBox="0 0 24 24" className="size-4.5 fill-current" aria-hidden="true">
            <path d="M3.4 20.4 21 12 3.4 3.6 3.4 10.1 15 12 3.4 13.9z" />
          </svg>
        </button>
      </div>
      <p className="mt-1.5 text-center text-[10px] text-slate-400">{t.poweredBy}</p>
    </form>
  );
}
