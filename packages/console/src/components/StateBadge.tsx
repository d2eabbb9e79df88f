import type { ControlState } from '@baton/protocol';
import { stateLabel } from '../lib/labels';

const TONES: Record<ControlState, string> = {
  bot: 'bg-slate-100 text-slate-700',
  queued: 'bg-amber-100 text-amber-800',
  offered: 'bg-orange-100 text-orange-800',
  human: 'bg-emerald-100 text-emerald-800',
  closed: 'bg-slate-200 text-slate-600',
};

export function StateBadge({ state, testId }: { state: ControlState; testId?: string }) {
  return (
    <span data-testid={testId} data-state={state} className={`rounded-full px-2 py-0.5 text-xs font-medium ${TONES[state]}`}>
      {stateLabel(state)}
    </span>
  );
}
