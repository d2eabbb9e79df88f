import { useState } from 'react';
import { askNotificationPermission, canAskNotificationPermission } from '../alerts/desktopNotification';
import { logout } from '../session';
import { useAuthStore } from '../stores/authStore';
import { useConnectionStore } from '../stores/connectionStore';
import { PresenceMenu } from './PresenceMenu';
import { ViewTabs } from './ViewTabs';
import { WorkingHoursControl } from './WorkingHoursControl';

export function AppHeader() {
  const agent = useAuthStore((s) => s.agent);
  const connection = useConnectionStore((s) => s.status);
  const [canAsk, setCanAsk] = useState(canAskNotificationPermission);
  if (!agent) return null;

  return (
    <header className="flex min-h-14 shrink-0 flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
      <div className="flex items-center gap-2">
        <span className="flex h-7 w-7 items-center justify-center rounded-md bg-indigo-600 text-sm font-bold text-white" aria-hidden>
          B
        </span>
        <span className="font-semibold text-slate-900">Baton</span>
        <span
          className={`ml-1 h-2 w-2 rounded-full ${connection === 'connected' ? 'bg-emerald-500' : 'bg-amber-400'}`}
          title={connection === 'connected' ? 'Connected' : 'Connecting'}
          aria-label={connection === 'connected' ? 'Connected' : 'Connecting'}
          data-testid="connection-status"
          data-status={connection}
        />
      </div>

      <ViewTabs />

      <div className="ml-auto flex flex-wrap items-center justify-end gap-3">
        {canAsk && (
          <button
            type="button"
            className="hidden text-xs text-slate-500 underline-offset-2 hover:text-slate-800 hover:underline sm:inline"
            onClick={async () => {
              await askNotificationPermission();
              setCanAsk(canAskNotificationPermission());
            }}
          >
            Enable desktop alerts
          </button>
        )}
        <div className="hidden text-right leading-tight sm:block">
          <div className="text-sm font-medium text-slate-900" data-testid="agent-name">
            {agent.name}
          </div>
          <div className="text-xs text-slate-500 capitalize">{agent.role}</div>
        </div>
        <WorkingHoursControl hours={agent.workingHours} />
        <PresenceMenu agent={agent} />
        <button
          type="button"
          data-testid="logout-button"
          onClick={() => void logout()}
          className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          Log out
        </button>
      </div>
    </header>
  );
}
