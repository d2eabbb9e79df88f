export function TypingIndicator() {
  return (
    <div data-testid="typing-indicator" role="status" className="flex items-center gap-2 px-5 py-1 text-xs text-slate-500">
      <span className="flex gap-0.5" aria-hidden>
        <span className="h-1.5 w-1.5 animate-bounce rounded-full bg-slate-400 [animation-delay:-0.3s]" />
        <span className="h-1.5 w-1.5 animate-bounce rounded-full bg-slate-400 [animation-delay:-0.15s]" />
        <span className="h-1.5 w-1.5 animate-bounce rounded-full bg-slate-400" />
      </span>
      Customer is typing…
    </div>
  );
}
