import { useState, type FormEvent } from 'react';
import { MAX_TICKET_MESSAGE_LENGTH } from '@baton/protocol';
import { createTicket } from '../chatClient';
import { useChat } from '../chatStore';
import { looksLikeEmail } from '../offline';

/** "Leave a message": shown in the queue card while nobody can take the chat. Text only. */
export function TicketForm() {
  const conversationId = useChat((s) => s.conversation?.id ?? null);
  const ticket = useChat((s) => s.ticket);
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (ticket.sentFor !== null && ticket.sentFor === conversationId) {
    return (
      <p data-testid="ticket-confirmation" role="status" className="mt-2 rounded-lg bg-emerald-50 px-3 py-2 text-emerald-800">
        Thanks, we got your message and will reply to {ticket.email}.
      </p>
    );
  }

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!looksLikeEmail(email)) return setError('Please enter a valid e-mail address.');
    if (!message.trim()) return setError('Please write a short message.');
    setError(null);
    createTicket(email.trim(), message.trim());
  };

  return (
    <form onSubmit={onSubmit} aria-label="Leave a message" className="mt-2 flex flex-col gap-1.5">
      <p className="text-slate-700">Leave a message and we'll answer by e-mail.</p>
      <input
        data-testid="ticket-email"
        type="email"
        aria-label="Your e-mail"
        placeholder="you@example.com"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        className="rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 outline-none focus:border-accent focus:ring-2 focus:ring-accent/20"
      />
      <textarea
        data-testid="ticket-message"
        aria-label="Your message"
        placeholder="How can we help?"
        rows={3}
        maxLength={MAX_TICKET_MESSAGE_LENGTH}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        className="resize-none rounded-lg border border-slate-300 bg-white px-2.5 py-1.5 outline-none focus:border-accent focus:ring-2 focus:ring-accent/20"
      />
      {error && (
        <p role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        data-testid="ticket-submit"
        disabled={ticket.sending}
        className="self-end rounded-full bg-accent px-3.5 py-1.5 text-sm font-medium text-white transition hover:bg-accent-strong disabled:bg-slate-200 disabled:text-slate-400"
      >
        {ticket.sending ? 'Sending…' : 'Send message'}
      </button>
    </form>
  );
}
