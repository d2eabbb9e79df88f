import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { MAX_TICKET_MESSAGE_LENGTH } from '@baton/protocol';
import { createTicket } from '../chatClient';
import { useChat } from '../chatStore';
import { looksLikeEmail, ticketLeftThisWait, typedEmail } from '../offline';
import { useStrings } from '../hooks/useStrings';
import { localizeHours } from '../i18n';

const field = 'rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 outline-none focus:border-accent focus:ring-2 focus:ring-accent/20';

/**
 * "Leave a message" in the queue card while nobody can take the chat: a button that opens the form (and folds it
 * away again, keeping what was typed), then a one-line confirmation once sent. Text only.
 */
export function LeaveMessage({ hours }: { hours?: string }) {
  const conversationId = useChat((s) => s.conversation?.id ?? null);
  const ticket = useChat((s) => s.ticket);
  const leftFor = useChat((s) => ticketLeftThisWait(s.thread.messages));
  const [open, setOpen] = useState(false);
  const t = useStrings();
  const formId = useId();

  const sentHere = ticket.sentFor !== null && ticket.sentFor === conversationId;
  if (sentHere || leftFor !== null) {
    return (
      <p data-testid="ticket-confirmation" role="status" className="mt-1 text-[13px] text-emerald-800">
        {t.ticketThanks((sentHere ? ticket.email : leftFor) ?? '')}
      </p>
    );
  }
  return (
    <>
      <button
        type="button"
        data-testid="ticket-toggle"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen((o) => !o)}
        className="mt-1.5 rounded-full border border-accent/40 bg-white px-3 py-0.5 text-[13px] font-medium text-accent transition hover:border-accent hover:bg-accent/5"
      >
        {open ? t.hideForm : t.leaveMessage}
      </button>
      <TicketForm id={formId} hidden={!open} hours={hours} sending={ticket.sending} />
    </>
  );
}

function TicketForm({ id, hidden, hours, sending }: { id: string; hidden: boolean; hours?: string; sending: boolean }) {
  // Until they edit it: the address they already typed in the chat, if any.
  const [edited, setEmail] = useState<string | null>(null);
  const suggested = useChat((s) => typedEmail(s.thread.messages));
  const email = edited ?? suggested ?? '';
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const messageInput = useRef<HTMLTextAreaElement>(null);
  const t = useStrings();

  // Opening the form is asking to write: start in it, at the message when the address is already there.
  useEffect(() => {
    if (!hidden) (looksLikeEmail(email) ? messageInput.current : emailInput.current)?.focus();
    // Only on opening, not on every keystroke.
  }, [hidden]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!looksLikeEmail(email)) return setError(t.invalidEmail);
    if (!message.trim()) return setError(t.emptyMessage);
    setError(null);
    createTicket(email.trim(), message.trim());
  };

  return (
    <form id={id} hidden={hidden} onSubmit={onSubmit} aria-label={t.leaveMessage} className="mt-2 flex flex-col gap-1.5">
      <p className="text-[13px] text-slate-700">
        {t.answerByEmail(hours ? localizeHours(hours, t) : undefined)}
      </p>
      <input
        ref={emailInput}
        data-testid="ticket-email"
        type="email"
        aria-label={t.yourEmail}
        placeholder="you@example.com"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        className={field}
      />
      <textarea
        ref={messageInput}
        data-testid="ticket-message"
        aria-label={t.yourMessage}
        placeholder={t.howCanWeHelp}
        rows={3}
        maxLength={MAX_TICKET_MESSAGE_LENGTH}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        className={`resize-none ${field}`}
      />
      {error && (
        <p role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        data-testid="ticket-submit"
        disabled={sending}
        className="self-end rounded-full bg-accent px-3.5 py-1.5 text-sm font-medium text-white transition hover:bg-accent-strong disabled:bg-slate-200 disabled:text-slate-400"
      >
        {sending ? t.sending : t.sendMessage}
      </button>
    </form>
  );
}
