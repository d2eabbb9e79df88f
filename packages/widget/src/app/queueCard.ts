import type { QueueInfo } from '@baton/protocol';
import { formatEstimate, formatPosition } from './estimate';
import { formatNextOpen, offlineHeadline } from './offline';

/**
 * The queue card's two lines: who the visitor waits for (or that nobody is available), then their place and the
 * estimate (or when the team is back). Short on purpose: the card sits above the conversation and must not crowd it.
 */
export function queueCardLines(q: QueueInfo | null, now: Date, locale?: string, timeZone?: string): { headline: string; detail: string | null } {
  if (!q) return { headline: 'Waiting for our team', detail: null };
  const place = formatPosition(q.position);
  const { offline } = q;
  if (!offline) return { headline: `Waiting for the ${q.skillName} team`, detail: `${place} · Estimated wait: ${formatEstimate(q)}` };
  // Honest: no estimate when nobody can take the chat.
  const back = offline.reason === 'closed_hours' ? (formatNextOpen(offline, now, locale, timeZone) ?? 'We are closed right now.') : null;
  return { headline: offlineHeadline(q.skillName), detail: `${back ? `${back} ` : ''}${place} and keep your place.` };
}
