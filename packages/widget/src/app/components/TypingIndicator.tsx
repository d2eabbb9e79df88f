import { useChat } from '../chatStore';
import { useStrings } from '../hooks/useStrings';

export function TypingIndicator() {
  const typing = useChat((s) => s.typing);
  const t = useStrings();
  if (!typing) return null;
  const name = typing.name ?? (typing.authorType === 'bot' ? t.assistant : t.agent);
  return (
    <div data-testid="typing-indicator" className="flex items-center gap-2 pl-1 text-xs text-slate-500">
      <span aria-hidden="true" className="flex gap-0.5">
        {[0, 150, 300].map((delay) => (
          <span key={delay} className="size-1.5 animate-bounce rounded-full bg-slate-400" style={{ animationDelay: `${delay}ms` }} />
        ))}
      </span>
      {t.isTyping(name)}
    </div>
  );
}
