import type { SupervisorOutcomes } from '@baton/protocol';
import { formatWait } from './format';
import { eventReasonLabel } from './labels';

export interface OutcomeTile {
  id: string;
  label: string;
  value: string;
  detail?: string;
}

const share = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)} %` : '–');

/** The supervisor's "last 24 hours" as tiles: what each number is, its value, and what it is out of. */
export function outcomeTiles(o: SupervisorOutcomes): OutcomeTile[] {
  const reasons = Object.entries(o.reasons)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([r, n]) => `${eventReasonLabel(r)} ${n}`)
    .join(' · ');
  return [
    { id: 'started', label: 'Chats started', value: String(o.started) },
    { id: 'bot-only', label: 'Bot alone', value: String(o.botOnly), detail: `${share(o.botOnly, o.started)} of chats started` },
    { id: 'handed-off', label: 'Handed to people', value: String(o.handedOff), ...(reasons ? { detail: reasons } : {}) },
    { id: 'taken', label: 'Taken by an agent', value: String(o.taken), detail: o.medianWaitSeconds === null ? 'no waits yet' : `median wait ${formatWait(o.medianWaitSeconds * 1000)}` },
    { id: 'resolved', label: 'Resolved', value: String(o.resolved) },
    { id: 'left', label: 'Left the queue', value: String(o.leftQueue), detail: 'before an agent took them' },
    {
      id: 'rating',
      label: 'Rating',
      value: o.averageRating === null ? '–' : `${o.averageRating.toFixed(1)} / 5`,
      detail: o.ratings ? `${o.ratings} ${o.ratings === 1 ? 'rating' : 'ratings'}, ${share(Math.round((o.satisfiedShare ?? 0) * o.ratings), o.ratings)} 4 or 5` : 'no ratings yet',
    },
  ];
}
