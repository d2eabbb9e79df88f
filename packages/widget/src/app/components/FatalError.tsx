import { useStrings } from '../hooks/useStrings';

export function FatalError({ message }: { message: string }) {
  const t = useStrings();
  return (
    <div role="alert" data-testid="session-error" className="flex flex-1 flex-col items-center justify-center gap-2 p-8 text-center">
      <p className="font-medium text-slate-900">{t.chatUnavailable}</p>
      <p className="text-sm text-slate-600">{message}</p>
    </div>
  );
}
