export function FatalError({ message }: { message: string }) {
  return (
    <div role="alert" data-testid="session-error" className="flex flex-1 flex-col items-center justify-center gap-2 p-8 text-center">
      <p className="font-medium text-slate-900">Chat is not available</p>
      <p className="text-sm text-slate-600">{message}</p>
    </div>
  );
}
