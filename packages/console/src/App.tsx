import { useEffect } from 'react';
import { ConsoleLayout } from './components/ConsoleLayout';
import { LoginPage } from './components/LoginPage';
import { Toasts } from './components/Toasts';
import { bootstrapSession } from './session';
import { useAuthStore } from './stores/authStore';

export function App() {
  const status = useAuthStore((s) => s.status);

  useEffect(() => {
    void bootstrapSession();
  }, []);

  return (
    <>
      {status === 'checking' && (
        <div className="flex h-screen items-center justify-center text-sm text-slate-500" role="status">
          Loading console…
        </div>
      )}
      {status === 'unreachable' && (
        <div className="flex h-screen flex-col items-center justify-center gap-3 text-sm text-slate-600" role="alert">
          <p>Cannot reach the Baton server.</p>
          <button type="button" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-500" onClick={() => void bootstrapSession()}>
            Try again
          </button>
        </div>
      )}
      {status === 'anonymous' && <LoginPage />}
      {status === 'authenticated' && <ConsoleLayout />}
      <Toasts />
    </>
  );
}
